/**
 * The fields of the /saisie form as the live check knows them: the key a problem is filed under, its
 * French name (the summary's link text) and its place on the page (the summary follows the page).
 * Browser-safe, no DOM.
 */
import { TAG_LABELS, type Tag } from '../pipeline/model.ts';
import { SECTION_TAGS } from './draft.ts';

/**
 * Key of the form field a problem belongs to: a workshop field (`region`, `date`…), `contexte`,
 * `item:<tag>:<index>`, `section:<tag>`, `elements` (the three parts as a whole) or `note`.
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
const SECTION = /^section:(working|broken|needs)$/;

export function itemKey(tag: Tag, index: number): FieldKey {
  return `item:${tag}:${index}`;
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
  const section = parseSectionKey(key);
  if (section) return `« ${TAG_LABELS[section]} »`;
  return key === 'elements' ? 'Éléments' : 'Note';
}

/** Orders keys as the page does: the workshop's fields, then the three parts and their items, then the note. */
export function compareFields(a: FieldKey, b: FieldKey): number {
  const [a1, a2, a3] = rank(a);
  const [b1, b2, b3] = rank(b);
  return a1 - b1 || a2 - b2 || a3 - b3;
}

function rank(key: FieldKey): [number, number, number] {
  const field = RANKS.get(key);
  if (field !== undefined) return [0, field, 0];
  if (key === 'elements') return [1, 0, 0];
  const section = parseSectionKey(key);
  if (section) return [2, SECTION_TAGS.indexOf(section), -1];
  const item = parseItemKey(key);
  if (item) return [2, SECTION_TAGS.indexOf(item.tag), item.index];
  return [3, 0, 0];
}
