/**
 * Bringing the results into view on a phone, where the filters (or the on-screen keyboard) push them
 * below the screen: the label of the « Voir les N verbatims » control and how far to scroll. Pure
 * functions, so that the choice is tested without a browser.
 */
import { plural } from '../pipeline/text/plural.ts';

/** What the list holds: verbatims (the explorer), results, or texts holding some of the words (partial-text.ts). */
export type JumpNoun = 'verbatim' | 'résultat' | 'texte';

/** « Voir les 95 verbatims », « Voir le résultat », « Voir la liste : aucun verbatim ». */
export function jumpLabel(count: number, noun: JumpNoun): string {
  if (count === 0) return `Voir la liste\u00a0: aucun ${noun}`;
  if (count === 1) return `Voir le ${noun}`;
  return `Voir les ${plural(count, noun)}`;
}

/** Positions in CSS pixels, relative to the visible viewport (as `getBoundingClientRect` gives them). */
export interface RevealLayout {
  /**
   * Tops of what may come first on the screen, best first: the search field (its value is the query) or the
   * status, then the status, then the results' heading (where the focus goes).
   */
  tops: readonly number[];
  /** Bottom of what must show: the start of the first result, or the status when nothing is listed. */
  bottom: number;
  /** Height of the visible viewport (the on-screen keyboard left out). */
  viewport: number;
}

/** Room kept above what is scrolled to the top of the screen. */
export const REVEAL_MARGIN = 8;
/** How much of the first result must show: its first lines, enough to recognise it. */
export const FIRST_RESULT_SHOWN = 96;

/**
 * How far to scroll (a `scrollBy` delta, 0 when nothing needs to move) so that `bottom` is on screen, with
 * the first of `tops` that still leaves room for it at the top of the screen (the last one when none does).
 */
export function revealScroll({ tops, bottom, viewport }: RevealLayout): number {
  const [best] = tops;
  if (best === undefined) return 0;
  if (best >= 0 && bottom <= viewport) return 0;
  const top = tops.find((candidate) => bottom - candidate + REVEAL_MARGIN <= viewport) ?? tops[tops.length - 1] ?? best;
  return top - REVEAL_MARGIN;
}
