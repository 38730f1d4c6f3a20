/**
 * What the search page says about a query, its filters and the themes or regions it names: pure
 * functions, so that the wording is tested without a browser. The page applies the French typography
 * (no-break spaces) when it writes them.
 */
import { DIMENSION_LABELS } from './ui.ts';
import type { FacetOffer } from './facet-offers.ts';
import { plural } from '../pipeline/text/plural.ts';

/** Longer, a query read back in the status would be a paragraph: its beginning is enough to recognise it. */
export const SHOWN_QUERY_LENGTH = 60;

/**
 * A query as the status quotes it, between « »: without its own quotation marks (« "double saisie" »
 * would show two pairs; the search ignores them anyway), spaces collapsed, and cut after
 * `SHOWN_QUERY_LENGTH` characters with « … ».
 */
export function shownQuery(query: string): string {
  const plain = query.replace(/["“”«»„]/g, ' ').replace(/\s+/g, ' ').trim();
  return plain.length > SHOWN_QUERY_LENGTH ? `${plain.slice(0, SHOWN_QUERY_LENGTH).trimEnd()}…` : plain;
}

/** From this many words, a query that finds nothing is likely too long: every word must be in the text. */
export const MANY_WORDS = 3;

/** The advice after « Aucun résultat pour … ». `words`: the words searched (common words left out). */
export function noResultAdvice(words: number): string {
  return words >= MANY_WORDS
    ? 'Essayez avec moins de mots : un résultat contient tous les mots cherchés.'
    : 'Essayez un autre mot ou seulement son début.';
}

/** « Thème « Saisie et ergonomie » : voir ses 399 verbatims » — one link's text, which names where it leads. */
export function offerText(offer: FacetOffer): string {
  const verbatims = offer.count === 1 ? 'voir son verbatim' : `voir ses ${plural(offer.count, 'verbatim')}`;
  return `${DIMENSION_LABELS[offer.dimension]} « ${offer.label} » : ${verbatims}`;
}

/**
 * For the status, after a query that found nothing but names themes or regions: « Voir plutôt le thème
 * « Saisie et ergonomie » (399 verbatims), lien ci-dessous. »
 */
export function offersSentence(offers: readonly FacetOffer[]): string {
  if (offers.length === 0) return '';
  const named = offers.map((offer) => `${offer.dimension === 'theme' ? 'le thème' : 'la région'} « ${offer.label} » (${plural(offer.count, 'verbatim')})`);
  return `Voir plutôt ${named.join(', ')}, ${offers.length > 1 ? 'liens' : 'lien'} ci-dessous.`;
}
