/**
 * What the search page says when no text holds every word of a query of several and it lists, instead,
 * the texts holding some of them (`SearchOutcome.partial`): pure functions, so that the wording is
 * tested without a browser. The count of results stays that of texts with every word (none): the texts
 * listed are named for what they are, with how many hold each word. The page applies the French
 * typography (no-break spaces) when it writes them.
 */
import type { QueryWord } from './french.ts';
import type { PartialOutcome } from './outcome.ts';
import { formatInteger, plural } from '../pipeline/text/plural.ts';

/** « « application » et « mobile » », « « a », « b » et « c » ». */
function quotedList(words: readonly string[]): string {
  const quoted = words.map((word) => `« ${word} »`);
  return quoted.length < 2 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} et ${quoted.at(-1) ?? ''}`;
}

/** « « application » (1 584), « mobile » (64) »: how many texts hold each word, a word in none said so. */
function wordCounts(words: readonly QueryWord[], counts: readonly number[]): string {
  return words.map((word, w) => {
    const count = counts[w] ?? 0;
    return `« ${word.word} » (${count === 0 ? 'dans aucun texte' : formatInteger(count)})`;
  }).join(', ');
}

/**
 * Up to this many words, the status names each with how many texts hold it; past it, read out, that list
 * would be a paragraph: the query is quoted instead (shortened, as the page quotes it).
 */
export const MAX_COUNTED_WORDS = 4;

/**
 * The status after a query of several words that no text holds all of, the list showing texts with
 * some of them: « Aucun résultat ne contient à la fois « application » et « mobile ». Ci-dessous,
 * 1 648 textes qui contiennent l’un des deux : « application » (1 584), « mobile » (64). »
 * `kept`: how many of those the filters keep, when filters are set. `quoted`: the query as the page
 * quotes it, said instead of the words past `MAX_COUNTED_WORDS` of them.
 */
export function partialSummary(words: readonly QueryWord[], partial: PartialOutcome, kept?: number, quoted?: string): string {
  const total = partial.hits.length;
  const found = words.filter((_, w) => (partial.counts[w] ?? 0) > 0);
  // « Les plus complets d'abord » means something only when the texts listed hold different numbers of the words.
  const ranked = new Set(partial.hits.map((hit) => hit.words)).size > 1 ? ', les plus complets d’abord' : '';
  const holding =
    found.length === 1
      ? `${total === 1 ? 'le texte qui contient' : 'textes qui contiennent'} « ${found[0]?.word ?? ''} »`
      : words.length === 2
        ? `${total === 1 ? 'le texte qui contient' : 'textes qui contiennent'} l’un des deux`
        : `${total === 1 ? 'le texte qui en contient' : 'textes qui en contiennent'} une partie${ranked}`;
  const shown = total === 1 ? holding : `${formatInteger(total)} ${holding}`;
  // After the words' counts, which are over every text: « (3 retenus …) : « agenda » (26) » read as if they were filtered.
  const filtered = kept === undefined ? '' : kept === 0 ? ' ; aucun n’est retenu par les filtres' : ` ; ${plural(kept, 'retenu', 'retenus')} par les filtres`;
  if (quoted !== undefined && words.length > MAX_COUNTED_WORDS) {
    return `Aucun résultat ne contient tous les mots de « ${quoted} ». Ci-dessous, ${shown}${filtered}.`;
  }
  const none = words.length === 2
    ? `Aucun résultat ne contient à la fois ${quotedList(words.map((word) => word.word))}.`
    : `Aucun résultat ne contient tous les mots ${quotedList(words.map((word) => word.word))}.`;
  return `${none} Ci-dessous, ${shown} : ${wordCounts(words, partial.counts)}${filtered}.`;
}

/**
 * The heading above that list, so that it is never taken for results holding every word: « Textes qui
 * contiennent « application » ou « mobile » », « Textes qui contiennent une partie des mots ». `counts`
 * (`PartialOutcome.counts`): with one word alone in some text (« agenda mobilee »), the list is its texts.
 */
export function partialHeading(words: readonly QueryWord[], counts?: readonly number[]): string {
  const found = counts ? words.filter((_, w) => (counts[w] ?? 0) > 0) : words;
  if (found.length === 1) return `Textes qui contiennent « ${found[0]?.word ?? ''} »`;
  if (words.length === 2) return `Textes qui contiennent « ${words[0]?.word ?? ''} » ou « ${words[1]?.word ?? ''} », pas les deux`;
  return 'Textes qui contiennent une partie des mots cherchés, pas tous';
}

/**
 * The list's controls while it shows those texts: they are not results (the status counts none), so
 * « Afficher plus de résultats » and « Aller aux résultats » would say otherwise.
 */
export const PARTIAL_MORE = 'Afficher plus de textes';
export const PARTIAL_SKIP = 'Aller aux textes trouvés';

/**
 * The filters while those texts are listed: « Affiner les résultats » would name results the status says
 * there are none of, and « Voir les N verbatims » below them on a phone would name them otherwise than
 * the status and the heading (« textes »).
 */
export const PARTIAL_FILTERS_TITLE = 'Affiner ces textes';
export const PARTIAL_NOUN = 'texte';
