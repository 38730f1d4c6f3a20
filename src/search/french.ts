/**
 * French text analysis shared by the index builder (build time) and the search client (browser):
 * lunr with lunr-languages' French stemmer, stop words and accent folding (≥ 1.22).
 * The plugins are registered on lunr when this module loads, so nothing can build or query an
 * index before French is in place. Browser-safe: no Node import.
 */
import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js';
import french from 'lunr-languages/lunr.fr.js';
import { indexedWords, isApart, isCompound, splitWords, type PairJoiner } from './words.ts';

/** The part of lunr-languages' French plugin this module uses. */
interface FrenchPlugin {
  accentFoldTerm(term: string): string;
  trimmer: lunr.PipelineFunction;
  stopWordFilter: lunr.PipelineFunction;
  accentFold: lunr.PipelineFunction;
  stemmer: lunr.PipelineFunction;
}

function register(): FrenchPlugin {
  const holder = lunr as unknown as { fr?: FrenchPlugin; stemmerSupport?: unknown };
  // Registering twice would re-register the pipeline functions: lunr warns and nothing is gained.
  if (holder.stemmerSupport === undefined) stemmerSupport(lunr);
  if (holder.fr === undefined) french(lunr);
  if (!holder.fr) throw new Error('lunr-languages: le français n’a pas pu être chargé.');
  return holder.fr;
}

const fr = register();

export { lunr };
export { splitWords, type WordSpan } from './words.ts';

/** A word as written, for prefix matching and suggestions: lower case, accents folded as the index folds them, one kind of hyphen (a compound written apart, « rendez vous », and a word with an apostrophe, « aujourd’hui », get it too). */
export function foldWritten(word: string): string {
  return fr.accentFoldTerm(word.toLowerCase().replace(/[\u2010\u2011\s'’]+/g, '-'));
}

/**
 * Words analysed as another word (keys folded, plurals folded). Familiar abbreviations as the word they
 * shorten: « application » found 11 answers of the demo and « appli » 78, the 67 others writing « appli »;
 * each finds both now. And « sais » (of « savoir »), which the Snowball stemmer cuts like « saisie »
 * and « saisir » (`sais`): « saisie » found « Je ne sais pas ».
 */
const ANALYSED_AS: ReadonlyMap<string, string> = new Map([
  ['appli', 'application'],
  ['info', 'information'],
  ['asso', 'association'],
  ['ordi', 'ordinateur'],
  ['stats', 'statistiques'],
  ['rdv', 'rendez-vous'],
  ['imilo', 'i-milo'],
  ['sais', 'savoir'],
]);

/** Shortest word left by `foldPlural`: « avis », « fois », « mois », « plus » keep their s. */
const MIN_FOLDED = 4;

/**
 * Drops the plural s that the Snowball French stemmer keeps after i, o and u (« applis », « infos »,
 * « vidéos », « assos », « menus » stay as typed, while « appli », « info » lose nothing): without it,
 * « applis mobiles » found none of the answers « appli mobile » finds. Short words keep their s, as
 * they are seldom plurals (« avis », « fois », « mois », « jus »). Runs on the word, before the stemmer
 * (whose stems end in « is » without being plurals: « organis », « dematerialis »), in the index and
 * the query pipelines alike, so that both fold the same way.
 */
export function foldPlural(word: string): string {
  const last = word.length - 1;
  if (last < MIN_FOLDED || word[last] !== 's' || !'iou'.includes(word[last - 1] ?? '')) return word;
  return word.slice(0, last);
}

const pluralFolder: lunr.PipelineFunction = (token) => token.update((text) => foldPlural(text));
const PLURAL_FOLDER = 'pluralFolder-fr';
// Registered so that lunr does not warn when the pipeline is built (and could serialise it). `build`
// loads this module twice in one process (its own search index, then Astro's bundle) while lunr is
// one: registering again printed « Overwriting existing registered function » in the bureau's terminal.
// (lunr's types leave out its registry and the label it sets on a registered function.)
const registry = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, lunr.PipelineFunction> }).registeredFunctions;
if (PLURAL_FOLDER in registry) (pluralFolder as lunr.PipelineFunction & { label?: string }).label = PLURAL_FOLDER;
else lunr.Pipeline.registerFunction(pluralFolder, PLURAL_FOLDER);

/** Pipeline of indexed text: trim, drop stop words, fold accents (lunr.fr's order), fold plurals, stem. */
const indexPipeline = new lunr.Pipeline();
indexPipeline.add(fr.trimmer, fr.stopWordFilter, fr.accentFold, pluralFolder, fr.stemmer);

/** Pipeline of query terms (lunr.fr's search pipeline): as above without the stop-word filter. */
export const searchPipeline = new lunr.Pipeline();
searchPipeline.add(fr.trimmer, fr.accentFold, pluralFolder, fr.stemmer);

const stopWords = new lunr.Pipeline();
stopWords.add(fr.trimmer, fr.stopWordFilter);

function run(pipeline: lunr.Pipeline, word: string): string {
  const [token] = pipeline.run([new lunr.Token(word.toLowerCase(), {})]);
  return token === undefined ? '' : token.toString();
}

/**
 * The term of a word through a pipeline: a compound is its parts' terms joined by « - » (stop words kept
 * inside: « rendez-vous » is `rend-vous`, never `rend`, the term of « rendus » and « rendent »).
 */
function analyse(pipeline: lunr.Pipeline, word: string): string {
  if (isCompound(word)) return foldWritten(word).split('-').map((part) => analyse(searchPipeline, part)).join('-');
  const instead = ANALYSED_AS.get(foldPlural(foldWritten(word)));
  if (instead !== undefined) return analyse(searchPipeline, instead);
  return run(pipeline, word);
}

const NONE: ReadonlySet<string> = new Set();

/** Words already analysed: a consultation has far fewer distinct words than words (lunr's pipeline is slow per call). */
const termOf = new Map<string, string>();
const MAX_REMEMBERED = 200_000;

/** The indexed term of a word (`''` for a stop word): lower case, folded, stemmed. */
export function indexTerm(word: string): string {
  let term = termOf.get(word);
  if (term === undefined) {
    term = analyse(indexPipeline, word);
    if (termOf.size >= MAX_REMEMBERED) termOf.clear();
    termOf.set(word, term);
  }
  return term;
}

/**
 * The term of two words read as one compound (« bien être », « services publics »), `''` when either
 * cannot be a part read whole: a stop word (« de charges », « je m »: a hyphen typed for a dash), a
 * single letter or digit, a compound. The same as `indexTerm` of the hyphenated compound (a test checks
 * it), from the words' own terms, which are remembered: the build asks it of every pair of every text.
 */
export function pairTerm(first: string, second: string): string {
  if ([...first].length < 2 || [...second].length < 2 || isCompound(first) || isCompound(second)) return '';
  const head = indexTerm(first);
  const tail = head === '' ? '' : indexTerm(second);
  return tail === '' ? '' : `${head}-${tail}`;
}

/** Joins two words written apart when their compound is among `joined` (`joinableTerms`, build/joinable.ts). */
export function pairJoiner(joined: ReadonlySet<string>): PairJoiner | undefined {
  if (joined.size === 0) return undefined;
  return (first, second) => {
    const term = pairTerm(first, second);
    return term !== '' && joined.has(term);
  };
}

/**
 * The compounds a query could be read as, two words typed side by side (« bien être »): their terms,
 * which the engine looks up in the index before reading the query (`queryWords`' `joined`).
 */
export function pairTermsOf(query: string): string[] {
  const terms = new Set<string>();
  const spans = splitWords(query);
  for (let i = 1; i < spans.length; i++) {
    const [first, second] = [spans[i - 1], spans[i]];
    if (!first || !second || !isApart(query.slice(first.end, second.start))) continue;
    const term = pairTerm(first.word, second.word);
    if (term !== '') terms.add(term);
  }
  return [...terms];
}

/** A compound of two words joined by a hyphen (« pôle-emploi »), not by an apostrophe (« aujourd’hui »). */
const HYPHENATED_PAIR = /^([\p{L}\p{N}]+)[-\u2010\u2011]([\p{L}\p{N}]+)$/u;

/** The two words of a compound typed hyphenated, and its term, when they could be a pair written apart (`pairTerm`). */
export function hyphenatedPair(word: string): { term: string; parts: [string, string] } | undefined {
  const match = HYPHENATED_PAIR.exec(word);
  if (!match) return undefined;
  const parts: [string, string] = [match[1] ?? '', match[2] ?? ''];
  const term = pairTerm(...parts);
  return term === '' ? undefined : { term, parts };
}

/**
 * The compounds typed hyphenated in a query that could be read as their two words too (« pôle-emploi »):
 * their terms, which the engine looks up in the index (`queryWords`' `apart`).
 */
export function hyphenatedTermsOf(query: string): string[] {
  return [...new Set(splitWords(query).flatMap(({ word }) => hyphenatedPair(word)?.term ?? []))];
}

/**
 * Indexed terms of a text, in order (a compound, then its parts), repeats kept (their count is the term
 * frequency). `joined`: the compounds read whole when written apart (`joinableTerms`, build/joinable.ts).
 */
export function indexTerms(text: string, joined: ReadonlySet<string> = NONE): string[] {
  const terms: string[] = [];
  for (const word of indexedWords(text, pairJoiner(joined))) {
    const term = indexTerm(word);
    if (term !== '') terms.push(term);
  }
  return terms;
}

/** A word of a query, as lunr will see it. */
export interface QueryWord {
  /** The word in lower case, as typed (lunr runs its search pipeline on it). */
  word: string;
  /** Folded and stemmed: the exact term. */
  stem: string;
  /** Folded as written (`foldWritten`): the beginning of the words it matches as a prefix. */
  written: string;
  /**
   * A word the reader has finished, matched by its stem only, never as a prefix: the first of a
   * compound's two words typed hyphenated (`apart`: « pôle » of « pôle-emploi » is not « polémique »).
   */
  whole?: true;
}

/**
 * Words of a query that can match: stop words (« les », « de »…) are dropped, as at indexing, and so
 * are single letters and digits (« a » matched 164 answers of the demo, none of them about « a »).
 * `joined`: the compounds the index reads whole when written apart (`pairTermsOf`, looked up): « bien
 * être » is then the one word « bien-être », as in the texts. `apart`: compounds typed hyphenated read
 * as their two words (`hyphenatedTermsOf`, looked up): « pôle-emploi » is « pôle » and « emploi », which
 * the texts writing it hyphenated hold too (a compound's parts are indexed), as do the far more that
 * write it apart.
 */
export function queryWords(query: string, joined: ReadonlySet<string> = NONE, apart: ReadonlySet<string> = NONE): QueryWord[] {
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  const read = splitWords(query, pairJoiner(joined)).flatMap(({ word }) => {
    const pair = apart.size > 0 ? hyphenatedPair(word) : undefined;
    return pair && apart.has(pair.term) ? [{ word: pair.parts[0], whole: true }, { word: pair.parts[1], whole: false }] : [{ word, whole: false }];
  });
  for (const { word, whole } of read) {
    const lower = word.toLowerCase();
    if ([...lower].length < 2 || (!isCompound(lower) && run(stopWords, lower) === '')) continue;
    const stem = analyse(searchPipeline, lower);
    if (stem === '' || seen.has(lower)) continue;
    seen.add(lower);
    words.push(whole ? { word: lower, stem, written: foldWritten(lower), whole } : { word: lower, stem, written: foldWritten(lower) });
  }
  return words;
}
