/**
 * The files of the published search index, as the browser downloads them. Built by
 * `buildSearchIndex`, read by `engine.ts`. All JSON; small integers instead of repeated strings.
 *
 * - `manifeste.json`: what every search needs first — shard boundaries and facet labels (a few KB).
 * - `t-<n>.json`: one shard of the inverted index, a contiguous range of the sorted terms.
 * - `d-<n>.json`: display data of `docsPerChunk` consecutive documents (fetched for results shown),
 *   with the questions they answer written once per chunk.
 * - `w-<n>.json`: the words as the texts write them, sorted as written, each with its term: a word
 *   typed in part (« accompagnem ») finds the terms of the words it begins (« accompagnement »).
 * - `r-<n>.json`: the terms alone, as their most usual words, in shards sorted by the terms' reversed
 *   spelling (by their ending), read only to suggest a word for a query that found nothing.
 * - `l-<n>.json`: the whole texts of the documents whose display text is cut (`maxText`), in document order,
 *   read only to copy such a document's citation (`WholeTexts`): no query downloads them.
 * - `facettes.json`: facet values of every document, run-length encoded (documents are numbered in
 *   facet order, so its size grows with the number of distinct combinations, not of items).
 */

/** Facet dimensions offered to readers (a subset of the shared `Dimension`). */
export type FacetDimension = 'tag' | 'theme' | 'region' | 'profile' | 'format';
export const FACET_DIMENSIONS: readonly FacetDimension[] = ['tag', 'theme', 'region', 'profile', 'format'];

/**
 * 7: two words written apart are indexed as one compound when the texts write it hyphenated; the engine reads queries so.
 * 8: a word with an apostrophe that is no elision (« aujourd'hui ») is one word, indexed as a compound.
 * 9: a pair written apart is read whole only when the texts seldom write it apart but as a noun (« peut être »,
 *    a verb phrase in most texts, is two words again); term shards mark those compounds (`Shard.joined`).
 * 10: term shards mark the compounds whose spaced form is a verb phrase (`Shard.verbal`): a query typing another
 *    compound hyphenated finds it written apart too.
 * 11: a document's source is the one its pages show (`readableSource`: « Questionnaire … · réponse n° 98 · Partenaires ·
 *    Auvergne-Rhône-Alpes »), put together in the browser from its parts (`ChunkDoc` file, line, row, column; `Chunk.files`).
 * 12: a document's rank among its answer's items and their number (`ChunkDoc` element, elements), the browser writing
 *    « élément 2 sur 3 » (src/search/doc-source.ts `elementPlace`) where 11 stored the phrase.
 * 13: a text longer than `maxText` is stored cut without a mark, its whole text in a whole-texts file (`ChunkDoc` whole,
 *    `l-<n>.json`): the browser marks the cut « […] » and a citation copies the whole text (12 stored « … » and copied the cut).
 */
export const FORMAT_VERSION = 13;
export const MANIFEST_FILE = 'manifeste.json';
export const FACETS_FILE = 'facettes.json';

export function shardFile(index: number): string {
  return `t-${index}.json`;
}

export function endingShardFile(index: number): string {
  return `r-${index}.json`;
}

export function wordShardFile(index: number): string {
  return `w-${index}.json`;
}

export function chunkFile(index: number): string {
  return `d-${index}.json`;
}

export function wholeTextsFile(index: number): string {
  return `l-${index}.json`;
}

/** A facet value and its French label. */
export type FacetValue = [value: string, label: string];

export interface Manifest {
  version: typeof FORMAT_VERSION;
  /** Hash of every other file: appended to their URLs so a cache never mixes two builds. */
  hash: string;
  /** Number of documents (published items). */
  docs: number;
  docsPerChunk: number;
  /** Shard `i` holds the terms `t` with `bounds[i] <= t < bounds[i + 1]` (code-unit order); `bounds[0]` is `''`. */
  bounds: string[];
  /** Values of each dimension in canonical order; documents refer to them by position. */
  facets: Record<FacetDimension, FacetValue[]>;
  /**
   * `[gap, repeats, gap, repeats…]`: the documents followed by repeats of their answer (gaps give
   * ascending document numbers, the first gap is the first number), and how many follow (see
   * `ChunkDoc`). In the manifest, not the facet table: the ranking needs them before the first results
   * (among results of equal score, the answers given most often come first).
   */
  repeats: number[];
  /**
   * Ending shard `i` (`r-<i>.json`) holds the terms whose reversed spelling `r` has
   * `endingBounds[i] <= r < endingBounds[i + 1]`.
   */
  endingBounds: string[];
  /** Word shard `i` (`w-<i>.json`) holds the words `w` with `wordBounds[i] <= foldWritten(w) < wordBounds[i + 1]`. */
  wordBounds: string[];
}

/**
 * Every word of the texts (compounds and their parts; not stop words), in lower case, sorted by their
 * folded spelling (`foldWritten`, code-unit order), with their term: what a word typed in part begins.
 */
export interface WordShard {
  /** The words, as most texts write them (accents kept: a suggestion is spelled from them). */
  words: string[];
  /**
   * Per word, its term: a number `n` for the first `n` letters of its folded spelling (the stem is most
   * often the word's beginning: « accompagnement » → 9), else the term itself (« application » → `appliqu`).
   */
  terms: Array<number | string>;
  /** Per word: texts writing it (the more usual of two suggestions at equal distance). */
  docs: number[];
}

/**
 * Terms sorted by their ending (reversed spelling), with how many documents hold each: the candidates
 * for a misspelled word whose first letters are wrong (the shard of its beginning cannot hold them).
 */
export interface EndingShard {
  /**
   * Per term, in the order of the terms' reversed spelling: the words (lower case) the most texts
   * write it with, the most usual first, up to three separated by a space (`usualForms`). The term is any of
   * them stemmed (`indexTerm`), which the browser does rather than download the terms too.
   */
  words: string[];
  /** Per term: documents holding it (ties between two candidates go to the most frequent). */
  docs: number[];
}

export interface Shard {
  /** Global index of `terms[0]` (lunr's `_index`; shards hold consecutive indexes). */
  base: number;
  /** Sorted terms. */
  terms: string[];
  /** Per term: lunr's idf × 1000, rounded. */
  idf: number[];
  /**
   * Per term: `[gap, tf, gap, tf…]` where gaps give ascending document numbers (the first gap is
   * the first number) and tf is lunr's BM25 term-frequency part × `TF_SCALE`, rounded (≥ 1).
   */
  postings: number[][];
  /**
   * Positions in `terms` (ascending) of the compounds read whole when written apart (« bien être »,
   * build/joinable.ts): a query's pair of words is joined only then, not for any compound the texts
   * hyphenate (« peut-être »). Absent when none.
   */
  joined?: number[];
  /**
   * Positions in `terms` (ascending) of the compounds not joined whose spaced form is a verb phrase
   * (« peut être »: « il peut être utile »): a query typing the compound hyphenated (« peut-être ») finds
   * it alone; another (« pôle-emploi ») finds the texts writing it apart too. Absent when none.
   */
  verbal?: number[];
}

export const TF_SCALE = 16;

/**
 * Display data of one document: `[text, source, permalink, tag, themes, region, profile, format, weight, repeat, question,
 * file, line, row, column, element, elements]` (facet positions). `source`: `''` when its pages' source line (src/site/item-place.ts
 * `readableSource`) is the one put together from its parts (src/search/doc-source.ts), as almost always; else that line.
 * `repeat` > 0: this answer is given again by the `repeat` documents that follow it (same words up to case, accents and
 * punctuation, same facets); < 0: this document repeats the one `-repeat` places before; 0: a unique answer.
 * `question`: position in its chunk's `questions`, -1 when none is shown (see src/site/verbatim-question.ts).
 * Its place in its file, for the bureau (the source's title, as on its pages) and for its result link's name
 * (result-place.ts): `file`, position in its chunk's `files`; the file's real `line`; `row`, a survey's answer
 * number (0 for a note's line); `column`, what the place says of the column (« , colonne de la question », `''` for none);
 * `element` and `elements`, its rank among the items its answer (or line) gave and their number (1 and 1 alone: the
 * browser writes « élément 2 sur 3 » only for several, as `itemPlace` does).
 * `whole`, only when `text` is cut (longer than `maxText`, cut at a word, no mark): the whole-texts file holding its whole
 * text (`l-<whole>.json`); absent, `text` is whole. Absent for almost every document, so the chunks a query reads do not grow.
 */
export type ChunkDoc = [
  text: string,
  source: string,
  permalink: string,
  tag: number,
  themes: number[],
  region: number,
  profile: number,
  format: number,
  weight: number,
  repeat: number,
  question: number,
  file: number,
  line: number,
  row: number,
  column: string,
  element: number,
  elements: number,
  whole?: number,
];

/**
 * Whole texts of documents whose `ChunkDoc` text is cut, consecutive in document order: `texts[i]` is document `docs[i]`'s
 * (ascending). Fetched only when a reader copies such a document's citation.
 */
export interface WholeTexts {
  docs: number[];
  texts: string[];
}

/**
 * A file documents come from, its source line's first words (its session's title, a workshop's with its date) and 1 for
 * a survey (its source line says who answered and from where): written once per chunk, as questions are.
 */
export type ChunkFile = [path: string, head: string, survey: 0 | 1];

/** A question documents answer: its text, and 1 for a note's heading (« Rubrique »), 0 for a question. */
export type ChunkQuestion = [text: string, heading: 0 | 1];

/**
 * Display data of consecutive documents. A question is shared by thousands of answers: each chunk
 * writes the ones its documents answer once, and the files they come from, and documents point to them. Per chunk rather than one
 * table for the site: results need no other download, and a chunk never holds more questions than
 * documents, however many the consultation has (a Decidim export has one per debate).
 */
export interface Chunk {
  questions: ChunkQuestion[];
  files: ChunkFile[];
  docs: ChunkDoc[];
}

/**
 * Facet values of every document, in document order: groups of documents sharing tag, region,
 * profile, format and weight, then runs of theme sets inside each group.
 */
export interface FacetTable {
  /** Distinct theme sets (positions in `manifest.facets.theme`), the most frequent first. */
  sets: number[][];
  /**
   * `[tag, region, profile, format, weight, [setGap, count, setGap, count…]]`: runs of documents
   * sharing a theme set, sets ascending inside a group (the first gap is the set's number).
   */
  groups: Array<[number, number, number, number, number, number[]]>;
}
