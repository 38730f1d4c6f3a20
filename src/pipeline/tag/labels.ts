/** Writing and reading tag sets as text: `working;broken;needs` (that order) or `none`. */
import { TAGS, type Tag } from '../model.ts';
import { foldText } from '../text/fold.ts';

/** A label of the evaluation: the three tags plus `none` (non-answer). */
export type Label = Tag | 'none';
export const LABELS: readonly Label[] = [...TAGS, 'none'];

/** `working;needs`, or `none` for a non-answer. */
export function formatTags(tags: readonly Tag[], none: boolean): string {
  if (none || tags.length === 0) return 'none';
  return TAGS.filter((tag) => tags.includes(tag)).join(';');
}

const ALIASES: ReadonlyMap<string, Label> = new Map([
  ['working', 'working'],
  ['broken', 'broken'],
  ['needs', 'needs'],
  ['none', 'none'],
  ['fonctionne', 'working'],
  ['ce qui fonctionne', 'working'],
  ['positif', 'working'],
  ['dysfonctionne', 'broken'],
  ['ce qui dysfonctionne', 'broken'],
  ['negatif', 'broken'],
  ['besoin', 'needs'],
  ['besoins', 'needs'],
  ['besoins et attentes', 'needs'],
  ['attentes', 'needs'],
  ['aucun', 'none'],
  ['aucune', 'none'],
  ['non reponse', 'none'],
]);

/** Parses `working;broken`, `none`, or French names; separators `;`, `,`, `|`. Null when a label is unknown. */
export function parseLabels(text: string): Set<Label> | null {
  const labels = new Set<Label>();
  for (const part of text.split(/[;,|+]/)) {
    const folded = foldText(part);
    if (folded === '') continue;
    const label = ALIASES.get(folded);
    if (label === undefined) return null;
    labels.add(label);
  }
  // `none` with a tag is contradictory: the tags win.
  if (labels.size > 1) labels.delete('none');
  return labels;
}

/** The labels of a tagging: its tags, or `none`. */
export function labelsOf(tags: readonly Tag[], none: boolean): Set<Label> {
  return none || tags.length === 0 ? new Set<Label>(['none']) : new Set<Label>(tags);
}
