/** Word splitting shared by indexing, queries and highlighting (no lunr: the explorer bundle stays small). */

/**
 * Compounds often written apart (« prendre un rendez vous », « sur i milo »): read as the hyphenated word,
 * so that « rendez vous » is not « rendez » (stemmed `rend`, the term of « rendus » and « rendent ») and a
 * stop word, whatever the texts write. Other pairs are read whole when the texts write them hyphenated
 * and seldom apart as anything but a compound (`PairJoiner`, build/joinable.ts), their parts being no
 * stop words nor single letters, as these are: « bien être », not the verb phrase « il peut être utile ».
 */
const WRITTEN_APART = String.raw`(?<![\p{L}\p{N}])(?:rendez\s+vous|i\s+milo|e\s+mail)(?![\p{L}\p{N}])`;
/**
 * An apostrophe inside a word that is no elision: « aujourd'hui », « prud'hommes », « presqu'île »,
 * « quelqu'un ». Only a word that is exactly an elided article, pronoun or conjunction (« l' », « d' »,
 * « qu' », « jusqu' »…) ends at its apostrophe; « aujourd'hui » read as « aujourd » and « hui » was two
 * words to the search (« hui » finding « huit », « huile »), and a text holding it, two of a query's.
 */
const NOT_ELIDED = String.raw`(?<=\p{L})(?<!(?<![\p{L}\p{N}])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu))['’]\p{L}+`;
/** Letters and digits, hyphenated compounds whole (« rendez-vous », « i-milo », with a non-breaking hyphen too). */
const WORD = new RegExp(String.raw`${WRITTEN_APART}|[\p{L}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{N}]+|${NOT_ELIDED})*`, 'giu');
/** Between the parts of a compound: a hyphen, an apostrophe that is no elision, or the spaces of one written apart. */
const JOINS = /[-\u2010\u2011\s'’]/;
const APOSTROPHE = /['’]/;
const PART = /[\p{L}\p{N}]+/gu;

/** Words shorter than this are matched exactly, never as a prefix (a 1–2 letter prefix matches half the index). */
export const MIN_PREFIX = 3;

/** One word of a text with its place, for highlighting. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * Whether two words written side by side, spaces only between them, are read as one compound (« bien
 * être » as « bien-être »): the index decides it from the compounds its texts write hyphenated
 * (`pairJoiner`, build/joinable.ts). Absent, only `WRITTEN_APART` is read whole.
 */
export type PairJoiner = (first: string, second: string) => boolean;

const APART = /^[ \t\u00a0\u202f]+$/;

/** Whether what lies between two words is only spaces (a line break or punctuation ends a compound written apart). */
export function isApart(between: string): boolean {
  return APART.test(between);
}

/**
 * Words of a text: runs of letters and digits, a hyphenated compound as one word (« rendez-vous » is
 * not « rendez » and « vous »: its parts are words of their own too, see `wordParts`). An elision's
 * apostrophe separates words, so that « l'application » gives « l » (a stop word) and « application »;
 * another keeps the word whole (« aujourd'hui », `NOT_ELIDED`). With
 * `join`, two plain words it joins are one compound written apart (left to right: « a b c » joins
 * « a b » before trying « b c »).
 */
export function splitWords(text: string, join?: PairJoiner): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const span = { word: match[0], start, end: start + match[0].length };
    const previous = spans.at(-1);
    if (join && previous && joinable(text, previous, span, join)) spans[spans.length - 1] = { word: text.slice(previous.start, span.end), start: previous.start, end: span.end };
    else spans.push(span);
  }
  return spans;
}

/** Two plain words, spaces only between them, that `join` reads as one (never a third word onto a compound). */
function joinable(text: string, first: WordSpan, second: WordSpan, join: PairJoiner): boolean {
  return !isCompound(first.word) && !isCompound(second.word) && isApart(text.slice(first.end, second.start)) && join(first.word, second.word);
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
 * The words a text is indexed under: each word, then, for a hyphenated compound, each of its parts (« i-milo »,
 * « i », « milo »): « milo » finds « i-milo », while « rendez-vous » finds only « rendez-vous ».
 */
export function indexedWords(text: string, join?: PairJoiner): string[] {
  const words: string[] = [];
  for (const span of splitWords(text, join)) {
    words.push(span.word);
    // « hui » of « aujourd'hui » is no word of its own (it would find « huit »): only a hyphen's parts are.
    if (isCompound(span.word) && !APOSTROPHE.test(span.word)) for (const part of wordParts(span)) words.push(part.word);
  }
  return words;
}
