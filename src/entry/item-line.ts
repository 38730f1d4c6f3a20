/**
 * One item typed on one line, in the note's own shorthand: « Texte de l'élément #saisie (12 votes) ».
 * Theme tags and vote counts are read by the note parser's own `extractMarkers`, so what the form and
 * `new` show is exactly what `check` will read.
 */
import { extractMarkers } from '../pipeline/ingest/notes/item-text.ts';
import type { DraftItem } from './draft.ts';
import { singleLine } from './markdown-escape.ts';

/** An item from one typed line. */
export function parseItemLine(line: string): DraftItem {
  return normalizeItem({ text: line, themes: [], votes: null });
}

/**
 * The item as the note parser will read it: `#tags` in the text join `themes` (after the text's own),
 * a `(N votes)` in the text becomes `votes`. A vote count the parser would reject (`(2,5 votes)`, or a
 * second count) is left in the text, so that `check` reports it instead of it vanishing here.
 */
export function normalizeItem(item: DraftItem): DraftItem {
  const markers = extractMarkers(singleLine(item.text));
  const typedVotes = markers.votes.map((v) => (/^\d+$/.test(v) ? Number(v) : NaN));
  // Two counts (typed in the text and given apart) or a malformed one: the parser must see and report it.
  const votesValid =
    typedVotes.length === 0 || (typedVotes.length === 1 && item.votes === null && Number.isInteger(typedVotes[0]) && (typedVotes[0] ?? 0) > 0);
  if (!votesValid) return { text: singleLine(item.text), themes: unique(item.themes), votes: item.votes };
  return {
    text: markers.text,
    themes: unique([...markers.hashtags, ...item.themes]),
    votes: item.votes ?? typedVotes[0] ?? null,
  };
}

/** The shorthand of an item, as `parseItemLine` reads it back. */
export function formatItemLine(item: DraftItem): string {
  const tags = item.themes.map((theme) => ` #${theme}`).join('');
  return `${item.text}${tags}${item.votes !== null ? ` (${votes(item.votes)})` : ''}`;
}

/** « 1 vote », « 12 votes ». */
export function votes(count: number): string {
  return `${count} vote${count > 1 ? 's' : ''}`;
}

function unique(values: readonly string[]): string[] {
  return values.filter((value, index) => value && values.indexOf(value) === index);
}
