/**
 * What the search page says about a query, its filters and the themes or regions it names: pure
 * functions, so that the wording is tested without a browser. The page applies the French typography
 * (no-break spaces) when it writes them.
 */
import { DIMENSION_LABELS } from './ui.ts';
import type { FacetOffer } from './facet-offers.ts';
import type { Manifest } from './format.ts';
import type { PageState } from './page-state.ts';
import { partialSummary } from './partial-text.ts';
import { ignoredLabel, isEmpty, selectionLabel, type Selection, type UnknownValue } from './selection.ts';
import { plural } from '../pipeline/text/plural.ts';
import { MIN_PREFIX, splitWords } from './words.ts';

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

/** What the address got wrong (« La région « atlantide » est inconnue… »), before what the page says next. */
function ignoredPrefix(ignored: readonly UnknownValue[]): string {
  return ignored.length > 0 ? `${ignoredLabel(ignored)} ` : '';
}

/** After the count, when filters are set and keep nothing: which to untick. */
function filteredOutHint(state: PageState, manifest: Manifest | undefined): string {
  return state.shown.length === 0 && manifest && !isEmpty(state.selection)
    ? ` Décochez un filtre pour les voir (${selectionLabel(state.selection, manifest)}), ou retirez-les tous.`
    : '';
}

/**
 * The status after a search: how many results for which words, how many the filters keep; with none, why
 * and what to try (the themes or regions the query names, when it names some); with none but texts holding
 * some of the words, what those listed instead are (partial-text.ts).
 */
export function summary(state: PageState, manifest: Manifest | undefined): string {
  const said = ignoredPrefix(state.ignored);
  const quoted = `« ${shownQuery(state.query)} »`;
  if (state.hits.length === 0 && state.partial) {
    const kept = isEmpty(state.selection) ? undefined : state.shown.length;
    const offers = state.offers.length > 0 ? ` ${offersSentence(state.offers)}` : '';
    const answer = partialSummary(state.partial.words, state.partial.outcome, kept, shownQuery(state.query));
    return `${said}${answer}${filteredOutHint(state, manifest)}${offers}`;
  }
  if (state.hits.length === 0) {
    // A theme's or a region's name is seldom in the texts: the reader meant it, and the links say where it is.
    if (state.offers.length > 0) return `${said}Aucun résultat pour ${quoted} dans les textes. ${offersSentence(state.offers)}`;
    return `${said}Aucun résultat pour ${quoted}. ${noResultAdvice(state.searchedWords)}`;
  }
  if (isEmpty(state.selection)) return `${said}${plural(state.hits.length, 'résultat')} pour ${quoted}.`;
  // « aucun », as the texts holding some of the words say it (partial-text.ts), not « 0 résultat retenu ».
  const filtered = state.shown.length === 0 ? '(aucun retenu par les filtres)' : `(${plural(state.shown.length, 'résultat retenu', 'résultats retenus')} par les filtres)`;
  return `${said}${plural(state.hits.length, 'résultat')} pour ${quoted} ${filtered}.${filteredOutHint(state, manifest)}`;
}

/** The status once « Vouliez-vous dire … ? » is shown: the status is the live region, the suggestion is announced with it. */
export function suggestionStatus(state: PageState, manifest: Manifest | undefined, corrected: string): string {
  return `${summary(state, manifest)} Vouliez-vous dire « ${corrected} » ?`;
}

/** The status once « Retirer tous les filtres » is pressed. */
export function filtersRemovedStatus(state: PageState, manifest: Manifest | undefined): string {
  return `Tous les filtres sont retirés. ${summary(state, manifest)}`;
}

/** Before « Retirer tous les filtres », when the filters leave out every result (`partial`: every text listed instead). */
export function filteredOutText(selection: Selection, manifest: Manifest, partial = false): string {
  return `Décochez un filtre pour voir ${partial ? 'ces textes' : 'ces résultats'} (${selectionLabel(selection, manifest)}). `;
}

/** Filters without words (« ?theme=saisie-ergonomie »): `count` verbatims they keep, named by `label`. */
export function filtersOnlyStatus(count: number, label: string, ignored: readonly UnknownValue[]): string {
  const said = ignoredPrefix(ignored);
  if (count === 0) return `${said}Aucun mot cherché, et aucun verbatim pour ${label}.`;
  return `${said}Aucun mot cherché. Filtres : ${label} (${plural(count, 'verbatim')}). Tapez des mots pour chercher parmi eux, ou voyez-les dans l’explorateur.`;
}

/** The link to the explorer with the filters, after filters without words. */
export function explorerLinkText(count: number): string {
  return `Voir ${count === 1 ? 'ce verbatim' : `ces ${plural(count, 'verbatim')}`} dans l’explorateur`;
}

/**
 * Whether every word of a query is shorter than `MIN_PREFIX` letters (« m », « mo », « de la »): a word
 * being typed, most likely, which the search matches exactly only, never as the start of a word.
 */
export function isShortQuery(query: string): boolean {
  const words = splitWords(query);
  return words.length > 0 && words.every(({ word }) => [...word].length < MIN_PREFIX);
}

/**
 * For a short query (`isShortQuery`) that finds nothing: neither « trop courants » (« m » is no common
 * word) nor « aucun résultat » (« mo » is the start of many).
 */
export const SHORT_QUERY_STATUS = `Tapez au moins ${MIN_PREFIX} lettres : le début d’un mot suffit alors (« compos » trouve « composants »).`;

export const COMMON_WORDS_STATUS = 'Ces mots sont trop courants pour être cherchés (« le », « des »…) : essayez un mot plus précis.';

export const LOAD_FAILED_STATUS = 'La recherche n’a pas pu charger son index. Rechargez la page, ou parcourez les thèmes, les régions et les ateliers.';
