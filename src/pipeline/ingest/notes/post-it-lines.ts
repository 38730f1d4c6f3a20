/**
 * A paragraph of short lines, each an idea typed without its dash (post-its copied one per line under
 * « ## Irritants »). Markdown joins them into one paragraph, which would be one glued item (after a
 * list) or set aside (with no list). They are told from a paragraph wrapped by hand at each line break:
 * - a line goes on below it when the next opens in lower case, or it ends on a comma, a colon or a word
 *   that links to what follows (« et », « de »…);
 * - a short line, well before the paragraph's margin, followed by a line opening with a capital, is
 *   one idea, its line break meant;
 * - a line that reaches the margin, in a paragraph whose lines reach it (wrapped at ~70 columns), is
 *   wrapped when it does not end a sentence; ending one, it may be either.
 * An idea goes on over several lines only when no line reaches a margin. When lines of both kinds meet
 * beside a margin, or a long line ends a sentence, the paragraph is kept whole and the reading said
 * to be unsure.
 */
import type { TextLine } from './text-lines.ts';

/** Longer than this, a line is prose rather than an idea on a post-it. */
const MAX_LINE = 100;
/** Narrower than this, a paragraph's longest line is no margin: nobody wraps prose so short. */
const MIN_MARGIN = 60;
/** A line this close to the longest (as a share of it) reaches the margin. */
const NEAR_MARGIN = 0.85;
/** Of two lines, one longer than this may be a paragraph wrapped as much as two ideas. */
const SHORT_LINE = 40;
/** A line that opens as a sentence: a capital, a digit or an opening quote. */
const OPENS = /^[\p{Lu}\d«"“]/u;
/** A line that goes on below it: a comma, a colon, a dash, or a word that links to what follows. */
const GOES_ON = /(?:[,;:(\-–—]|\b(?:et|ou|de|des|du|la|le|les|un|une|à|en|pour|avec|par|que|qui|dans|sur|mais))\s*$/iu;
/** A line that ends a sentence, closing quote or bracket after the mark included. */
const ENDS_SENTENCE = /[.!?…][»"”)\]]?\s*$/u;

/** How two lines meet: one text (`join`, `wrap`), two ideas (`split`), or either (`unsure`). */
type Break = 'join' | 'split' | 'wrap' | 'unsure';

export type PostItReading =
  /** Ideas, each of one line or more. */
  | { read: 'items'; items: ReadonlyArray<readonly TextLine[]> }
  /** One text, as Markdown reads it; `unsure`: some lines read as ideas of their own, others not. */
  | { read: 'whole'; unsure: boolean };

const WHOLE: PostItReading = { read: 'whole', unsure: false };

export function readPostIts(lines: readonly TextLine[]): PostItReading {
  if (lines.length < 2) return WHOLE;
  const texts = lines.map((line) => line.text.trim());
  if (texts.some((text) => text.length > MAX_LINE)) return WHOLE;
  const width = Math.max(...texts.map((text) => text.length));
  // A margin shows in two lines reaching it, the last apart (a paragraph's last line stops anywhere).
  const atMargin = texts.slice(0, -1).filter((text) => text.length >= NEAR_MARGIN * width).length;
  const margin = width >= MIN_MARGIN && atMargin >= 2 ? width : null;
  const breaks = texts.slice(1).map((next, index) => breakBetween(texts[index] ?? '', next, margin, lines.length));

  if (!breaks.includes('split')) return { read: 'whole', unsure: margin === null && breaks.includes('unsure') };
  // Ideas of several lines only among short ones: beside a margin, a short line may as well end a paragraph.
  if (margin !== null || breaks.some((kind) => kind !== 'split' && kind !== 'join')) return { read: 'whole', unsure: true };
  const items: TextLine[][] = [];
  lines.forEach((line, index) => {
    if (index === 0 || breaks[index - 1] === 'split') items.push([line]);
    else items.at(-1)?.push(line);
  });
  return { read: 'items', items };
}

function breakBetween(line: string, next: string, margin: number | null, count: number): Break {
  if (!OPENS.test(next) || GOES_ON.test(line)) return 'join';
  if (margin === null) return count === 2 && line.length > SHORT_LINE ? 'unsure' : 'split';
  // The next line's first word would have fitted well before the margin: the break was meant.
  const firstWord = next.split(/\s/, 1)[0] ?? '';
  if (line.length + 1 + firstWord.length < NEAR_MARGIN * margin) return 'split';
  return ENDS_SENTENCE.test(line) ? 'unsure' : 'wrap';
}
