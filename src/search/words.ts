/** Word splitting shared by indexing, queries and highlighting (no lunr: the explorer bundle stays small). */

/**
 * Compounds often written apart (« prendre un rendez vous », « sur i milo »): read as the hyphenated word,
 * so that « rendez vous » is not « rendez » (stemmed `rend`, the term of « rendus » and « rendent ») and a
 * stop word. Only these: « peut être » is as often a verb (« il peut être utile ») as « peut-être ».
 */
const WRITTEN_APART = String.raw`(?<![\p{L}\p{N}])(?:rendez\s+vous|i\s+milo|e\s+mail)(?![\p{L}\p{N}])`;
/** Letters and digits, hyphenated compounds whole (« rendez-vous », « i-milo », with a non-breaking hyphen too). */
const WORD = new RegExp(String.raw`${WRITTEN_APART}|[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+)*`, 'giu');
/** Between the parts of a compound: a hyphen, or the spaces of one written apart. */
const JOINS = /[-\u2010\u2011\s]/;
const PART = /[\p{L}\p{N}]+/gu;

/** One word of a text with its place, for highlighting. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * Words of a text: runs of letters and digits, a hyphenated compound as one word (« rendez-vous » is
 * not « rendez » and « vous »: its parts are words of their own too, see `wordParts`). Apostrophes
 * separate words, so that « l'application » gives « l » (a stop word) and « application ».
 */
export function splitWords(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    spans.push({ word: match[0], start, end: start + match[0].length });
  }
  return spans;
}

/** Whether a word of `splitWords` is a hyphenated compound. */
export function isCompound(word: string): boolean {
  return JOINS.test(word);
}

/** The parts of a compound with their places (a plain word is its only part). */
export function wordParts(span: WordSpan): WordSpan[] {
  if (!isCompound(span.word)) return [span];
  return [...span.word.matchAll(PART)].map((part) => ({ word: part[0], start: span.start + part.index, end: span.start + part.index + part[0].length }));
}

/**
 * The words a text is indexed under: each word, then, for a compound, each of its parts (« i-milo »,
 * « i », « milo »): « milo » finds « i-milo », while « rendez-vous » finds only « rendez-vous ».
 */
export function indexedWords(text: string): string[] {
  const words: string[] = [];
  for (const span of splitWords(text)) {
    words.push(span.word);
    if (isCompound(span.word)) for (const part of wordParts(span)) words.push(part.word);
  }
  return words;
}
