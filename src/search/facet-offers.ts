/**
 * A query that names a theme or a region (« ergonomie », « Île-de-France », « La Réunion »): the
 * texts seldom hold these words, the reader means the theme or the region. The search page offers
 * it above the results, with its number of verbatims from the shared `countBy` (the charts' number).
 * Pure, browser-safe.
 */
import { editDistance } from '../pipeline/text/closest.ts';
import type { FacetDimension, Manifest } from './format.ts';

export type OfferedDimension = Extract<FacetDimension, 'theme' | 'region'>;
export const OFFERED_DIMENSIONS: readonly OfferedDimension[] = ['theme', 'region'];

/** More would push the results down for a vague word (« formation » names two themes). */
export const MAX_OFFERS = 3;

/** A query whose longest word is shorter (« la », « de ») names nothing in particular. */
const MIN_WORD = 3;

export interface FacetOffer {
  dimension: OfferedDimension;
  value: string;
  label: string;
  /** Verbatims of the value over the whole consultation. */
  count: number;
  /** Named only with a typo (« ergonimie »): the search's own suggestion, if it has one, comes first. */
  misspelt?: true;
}

/** Words in lower case without accents (« Île-de-France » → ile, de, france). */
export function foldedWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** A word this long may hold one typo (« ergonimie », « Bretgne »): shorter ones are too easily another word. */
const MIN_MISSPELT = 6;

/**
 * Whether every word of the query is a word of the label or its beginning, accents and case aside
 * (« ergo », « saisie ergonomie », « ile de france »), or a whole word of it with one typo (« ergonimie »:
 * the word is in no text, only in the theme's name, so the search has nothing to suggest). The beginning
 * only: « ile » must not name « Accès mobile et nomade ».
 */
export function namesLabel(queryWords: readonly string[], label: string): boolean {
  return labelMatch(queryWords, label) !== null;
}

/** How the query names the label: by its words (or their beginnings), only with a typo, or not at all. */
function labelMatch(queryWords: readonly string[], label: string): 'words' | 'misspelt' | null {
  const labelWords = foldedWords(label);
  const misspelt = (word: string, labelWord: string) =>
    word.length >= MIN_MISSPELT && Math.abs(word.length - labelWord.length) <= 1 && editDistance(word, labelWord) <= 1;
  let typo = false;
  for (const word of queryWords) {
    if (labelWords.some((labelWord) => labelWord.startsWith(word))) continue;
    if (!labelWords.some((labelWord) => misspelt(word, labelWord))) return null;
    typo = true;
  }
  return typo ? 'misspelt' : 'words';
}

/**
 * The themes and regions the query names, with their counts (`counts[dimension]`, by value): a label
 * that is exactly the query first, then the most verbatims; values without verbatims (or without a
 * value, « Non précisé ») are left out. `exactOnly`: only labels the query spells out whole (« Bretagne »),
 * for a query that finds texts: « saisie » or « données » then look for the word, and two themes above
 * the results would push them below a phone's first screen.
 */
export function facetOffers(
  query: string,
  manifest: Pick<Manifest, 'facets'>,
  counts: Readonly<Record<OfferedDimension, ReadonlyMap<string, number>>>,
  exactOnly = false,
): FacetOffer[] {
  const words = foldedWords(query);
  if (!words.some((word) => word.length >= MIN_WORD)) return [];
  const whole = words.join(' ');
  const offers: Array<FacetOffer & { exact: boolean }> = [];
  for (const dimension of OFFERED_DIMENSIONS) {
    for (const [value, label] of manifest.facets[dimension]) {
      const count = counts[dimension].get(value) ?? 0;
      const match = value === '' || count === 0 ? null : labelMatch(words, label);
      if (match === null) continue;
      const exact = foldedWords(label).join(' ') === whole;
      if (exact || !exactOnly) offers.push({ dimension, value, label, count, exact, ...(match === 'misspelt' ? { misspelt: true as const } : {}) });
    }
  }
  return offers
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.count - a.count)
    .slice(0, MAX_OFFERS)
    .map(({ exact: _exact, ...offer }) => offer);
}
