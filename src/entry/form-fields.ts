/**
 * The fields of the /saisie form as the live check knows them: the key a problem is filed under, its
 * French name (the summary's link text) and its place on the page (the summary follows the page).
 * Browser-safe, no DOM.
 */
import { TAG_LABELS, type Tag } from '../pipeline/model.ts';
import { PROFILE_IDS, PROFILE_LABELS, SECTION_TAGS, type ProfileId } from './draft.ts';

/**
 * Key of the form field a problem belongs to: a workshop field (`region`, `date`…), `contexte`,
 * `item:<tag>:<index>`, `section:<tag>`, `elements` (the three parts as a whole) or `note`; and, for a
 * number the note cannot hold, its own box: `participants:total`, `participants:<profile>`, `votes:<tag>:<index>`.
 */
export type FieldKey = string;

/** The workshop's fields, top to bottom as the form shows them. */
const WORKSHOP_FIELDS: ReadonlyArray<[key: FieldKey, label: string]> = [
  ['region', 'Région'],
  ['lieu', 'Lieu'],
  ['date', 'Date'],
  ['titre', 'Titre'],
  ['format', 'Format'],
  ['profil', 'Atelier avec des jeunes'],
  ['departements', 'Départements'],
  ['structures', 'Structures'],
  ['ambassadeurs', 'Ambassadeurs'],
  ['participants', 'Participants'],
  ['contexte', 'Contexte'],
];
const LABELS = new Map(WORKSHOP_FIELDS);
const RANKS = new Map(WORKSHOP_FIELDS.map(([key], index) => [key, index]));

const ITEM = /^item:(working|broken|needs):(\d+)$/;
const VOTES = /^votes:(working|broken|needs):(\d+)$/;
const SECTION = /^section:(working|broken|needs)$/;
const COUNT = /^participants:(\w+)$/;

export function itemKey(tag: Tag, index: number): FieldKey {
  return `item:${tag}:${index}`;
}

/** The « Votes » box of an item. */
export function votesKey(tag: Tag, index: number): FieldKey {
  return `votes:${tag}:${index}`;
}

export function parseVotesKey(key: FieldKey): { tag: Tag; index: number } | null {
  const match = VOTES.exec(key);
  return match ? { tag: match[1] as Tag, index: Number(match[2]) } : null;
}

/** One box of « Nombre de participants »: its total or a profile. */
export type CountBox = 'total' | ProfileId;
const COUNT_BOXES: readonly CountBox[] = ['total', ...PROFILE_IDS];

export function countKey(box: CountBox): FieldKey {
  return `participants:${box}`;
}

export function parseCountKey(key: FieldKey): CountBox | null {
  const box = COUNT.exec(key)?.[1];
  return COUNT_BOXES.find((known) => known === box) ?? null;
}

export function parseItemKey(key: FieldKey): { tag: Tag; index: number } | null {
  const match = ITEM.exec(key);
  return match ? { tag: match[1] as Tag, index: Number(match[2]) } : null;
}

export function parseSectionKey(key: FieldKey): Tag | null {
  return (SECTION.exec(key)?.[1] as Tag | undefined) ?? null;
}

/** « Région », « Élément 2 de « Ce qui fonctionne » », « « Besoins et attentes » », « Éléments », « Note ». */
export function fieldLabel(key: FieldKey): string {
  const label = LABELS.get(key);
  if (label) return label;
  const item = parseItemKey(key);
  if (item) return `Élément ${item.index + 1} de « ${TAG_LABELS[item.tag]} »`;
  const votes = parseVotesKey(key);
  if (votes) return `Votes de l’élément ${votes.index + 1} de « ${TAG_LABELS[votes.tag]} »`;
  // The words of `new`'s questions (interview.ts).
  const box = parseCountKey(key);
  if (box) return box === 'total' ? 'Nombre total de participants' : `Nombre de participants « ${PROFILE_LABELS[box]} »`;
  const section = parseSectionKey(key);
  if (section) return `« ${TAG_LABELS[section]} »`;
  return key === 'elements' ? 'Éléments' : 'Note';
}

/** Orders keys as the page does: the workshop's fields, then the three parts and their items, then the note. */
export function compareFields(a: FieldKey, b: FieldKey): number {
  const [a1, a2, a3, a4] = rank(a);
  const [b1, b2, b3, b4] = rank(b);
  return a1 - b1 || a2 - b2 || a3 - b3 || a4 - b4;
}

function rank(key: FieldKey): [number, number, number, number] {
  const field = RANKS.get(key);
  if (field !== undefined) return [0, field, 0, 0];
  // The boxes of « Nombre de participants » after the problems of the whole (total ≠ profiles), in the page's order.
  const box = parseCountKey(key);
  if (box) return [0, RANKS.get('participants') ?? 0, 1 + COUNT_BOXES.indexOf(box), 0];
  if (key === 'elements') return [1, 0, 0, 0];
  const section = parseSectionKey(key);
  if (section) return [2, SECTION_TAGS.indexOf(section), -1, 0];
  const item = parseItemKey(key);
  if (item) return [2, SECTION_TAGS.indexOf(item.tag), item.index, 0];
  // An item's votes box follows its text box.
  const votes = parseVotesKey(key);
  if (votes) return [2, SECTION_TAGS.indexOf(votes.tag), votes.index, 1];
  return [3, 0, 0, 0];
}
