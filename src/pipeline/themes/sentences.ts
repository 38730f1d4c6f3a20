/**
 * Where the sentences of a text begin, counted in the words a WordTable reads from it (the words of
 * `text.toLowerCase().split(WORD_SEPARATOR)`), so that a matcher holding those words' codes can cut
 * its stream by sentence without reading the text's words again.
 *
 * A sentence ends at . ! ? ; … followed by a space (not inside « i-milo.fr » or « 1.5 »), or at a
 * line break (a list's entry). A colon or a comma ends none.
 */

/** Index of each word that begins a sentence after the first; empty for a text of one sentence. */
export function sentenceStarts(text: string): number[] {
  const lower = text.toLowerCase();
  const starts: number[] = [];
  let words = 0;
  let inWord = false;
  let afterMark = false; // the last characters were . ! ? ; …
  let ended = false; // a sentence ended since the last word
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord) {
        if (ended && words > 0) starts.push(words);
        ended = false;
        words++;
        inWord = true;
      }
      afterMark = false;
      continue;
    }
    inWord = false;
    if (c === 0x0a || c === 0x0d || (afterMark && isSpace(c))) ended = true;
    afterMark = c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2026;
  }
  return starts;
}

/** The word characters of WORD_SEPARATOR (src/pipeline/text/words.ts), read on lower-cased text. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xe0 && c <= 0xf6) || (c >= 0xf8 && c <= 0x24f);
}

/** The characters of a regular expression's \s. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
