/** Word splitting shared by indexing, queries and highlighting (no lunr: the explorer bundle stays small). */

const WORD = /[\p{L}\p{N}]+/gu;

/** One word of a text with its place, for highlighting. */
export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/**
 * Words of a text: runs of letters and digits. Apostrophes and hyphens separate words, so that
 * « l'application » gives « l » (a stop word) and « application ».
 */
export function splitWords(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    spans.push({ word: match[0], start, end: start + match[0].length });
  }
  return spans;
}
