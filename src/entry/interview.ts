/**
 * The questions `livre-blanc new` asks, in French, in order, with their validation. Written against
 * a small `Prompter` so that the flow is testable without a terminal; the command binds it to
 * @inquirer/prompts.
 */
import { TAG_LABELS } from '../pipeline/model.ts';
import { parseDate } from '../pipeline/ingest/notes/front-matter-values.ts';
import { REGION_CHOICES, departmentChoices, validateCount, validateDate, type Choice } from './choices.ts';
import {
  FORMAT_LABELS,
  PROFILE_IDS,
  PROFILE_LABELS,
  SECTION_TAGS,
  WORKSHOP_FORMATS,
  emptyDraft,
  type NoteDraft,
  type ProfileId,
} from './draft.ts';
import { parseItemLine } from './item-line.ts';
import { regionMatches } from './region-search.ts';

export { REGION_CHOICES, departmentChoices, validateCount, validateDate, type Choice };

/** The five kinds of question the flow needs; `validate` returns true or a French error. */
export interface Prompter {
  select<T extends string>(question: { message: string; choices: Choice<T>[]; default?: T }): Promise<T>;
  /** A list narrowed by what is typed: `source` gives the choices for a term, and a line to say above them. */
  search<T extends string>(question: { message: string; source: (term: string) => { note: string | null; choices: Choice<T>[] } }): Promise<T>;
  checkbox<T extends string>(question: { message: string; choices: Choice<T>[] }): Promise<T[]>;
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default: boolean }): Promise<boolean>;
}

/** Asks « one per line, an empty line to finish » until an empty answer. */
async function askList(prompter: Prompter, message: string, end = 'vide pour terminer'): Promise<string[]> {
  const values: string[] = [];
  for (;;) {
    const value = (await prompter.input({ message: `${message} n° ${values.length + 1} (${end}) :` })).trim();
    if (!value) return values;
    values.push(value);
  }
}

export async function interview(prompter: Prompter): Promise<NoteDraft> {
  const draft = emptyDraft();
  draft.region = await prompter.search({ message: 'Région de l’atelier (tapez son nom, « PACA », ou un département) :', source: regionMatches });
  // Place and date are recommended, not required (as on the /saisie/ form and in `check`): an
  // ambassador who does not have them at hand still writes the note, and `check` reminds them.
  draft.lieu = (await prompter.input({ message: "Lieu de l’atelier (ville, ou « visio » ; vide si inconnu) :" })).trim();
  const date = await prompter.input({
    message: "Date de l’atelier (2026-09-12, 12/09/2026 ou 12 septembre 2026 ; vide si inconnue) :",
    validate: (value) => (value.trim() === '' ? true : validateDate(value)),
  });
  const parsed = parseDate(date.trim());
  draft.date = 'date' in parsed ? parsed.date : date.trim();
  draft.format = await prompter.select({
    message: "Format de l’atelier :",
    choices: WORKSHOP_FORMATS.map((format) => ({ name: FORMAT_LABELS[format], value: format })),
  });
  draft.jeunes = await prompter.confirm({ message: 'Est-ce un atelier avec des jeunes ?', default: false });
  const departments = departmentChoices(draft.region);
  if (departments.length === 1 && departments[0]) draft.departements = [departments[0].value];
  else if (departments.length > 1) {
    draft.departements = await prompter.checkbox({ message: 'Départements représentés (Espace pour cocher) :', choices: departments });
  }
  draft.structures = await askList(prompter, 'Structure représentée');
  draft.ambassadeurs = await askList(prompter, 'Ambassadeur ou ambassadrice (prénom, initiale)');
  const total = await prompter.input({ message: 'Nombre total de participants (vide si inconnu) :', validate: (v) => validateCount(v, true) });
  draft.participants.total = total.trim() ? Number(total) : null;
  const profiles = await prompter.checkbox<ProfileId>({
    message: 'Profils présents (Espace pour cocher, Entrée pour valider) :',
    choices: PROFILE_IDS.map((id) => ({ name: PROFILE_LABELS[id], value: id, checked: draft.jeunes && id === 'jeune' })),
  });
  for (const id of profiles) {
    const count = await prompter.input({ message: `Nombre de participants « ${PROFILE_LABELS[id]} » :`, validate: (v) => validateCount(v, false) });
    draft.participants.profils[id] = Number(count);
  }
  // No « enter this part now? » question first: an ambassador following the guide typed the first
  // item there. An empty first line leaves the part empty.
  for (const [index, tag] of SECTION_TAGS.entries()) {
    const next = index + 1 < SECTION_TAGS.length ? 'vide pour passer à la partie suivante' : 'vide pour terminer la note';
    const lines = await askList(prompter, `Élément de « ${TAG_LABELS[tag]} »`, next);
    draft.items[tag] = lines.map(parseItemLine);
  }
  return draft;
}
