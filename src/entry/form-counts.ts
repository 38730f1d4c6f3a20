/**
 * The form's rule on the numbers typed in /saisie (participants, votes): a number the note cannot hold
 * (« -3 », « 2.5 ») stays in its box, as typed, but is kept out of the note, and the form says
 * so next to that box rather than letting it vanish. Browser-safe, no DOM.
 */
import type { Diagnostic } from '../pipeline/model.ts';
import { readVotes } from '../pipeline/ingest/notes/votes.ts';
import { PROFILE_IDS, SECTION_TAGS, type NoteDraft } from './draft.ts';
import { countKey, votesKey, type FieldKey } from './form-fields.ts';

/** A head count the note can hold: a whole number, 0 or more. */
export function isHeadCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/**
 * A vote count the note writes: a whole number, 0 or more, as `check` reads « (N votes) » (more than
 * MAX_VOTES is written, and `check` says it is implausible). Zero is a count: in dot-voting, an item
 * that was said and got no dot is published and counted as an item, with no weight. An item that was
 * not put to the vote keeps the box empty (weight 1).
 */
export function isVoteCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}

/** What the browser could not read as a number (« - », « 1e »): the form holds it as NaN. */
const UNREADABLE = "Ce champ ne contient pas un nombre que le navigateur sait lire : il n’est pas repris dans la note.";

/** Problems of the draft's numbers, each filed under its own box. */
export function countProblems(draft: NoteDraft, file: string): Array<{ field: FieldKey; diagnostic: Diagnostic }> {
  const at = { file, line: 1, column: 1 };
  const problems: Array<{ field: FieldKey; diagnostic: Diagnostic }> = [];
  const headCount = (field: FieldKey, value: number | null | undefined) => {
    if (value === null || value === undefined || isHeadCount(value)) return;
    const message = Number.isNaN(value) ? UNREADABLE : `Le nombre « ${value} » n’est pas un nombre entier positif ou nul.`;
    problems.push({ field, diagnostic: { code: 'nombre-invalide', severity: 'warning', message, ...at } });
  };
  headCount(countKey('total'), draft.participants.total);
  for (const id of PROFILE_IDS) headCount(countKey(id), draft.participants.profils[id]);
  for (const tag of SECTION_TAGS) {
    draft.items[tag].forEach((item, index) => {
      if (item.votes === null || isVoteCount(item.votes)) return;
      // The pipeline's own sentence, as `check` says it of « (2.5 votes) » or « (-3 votes) ».
      const message = Number.isNaN(item.votes) ? UNREADABLE : (readVotes([String(item.votes)]).problem ?? `Le nombre de votes « ${item.votes} » est ignoré.`);
      problems.push({ field: votesKey(tag, index), diagnostic: { code: 'vote-invalide', severity: 'warning', message, ...at } });
    });
  }
  return problems;
}
