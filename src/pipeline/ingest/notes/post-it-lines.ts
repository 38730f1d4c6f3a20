/**
 * A paragraph of short lines, each an idea typed without its dash (post-its copied one per line under
 * « ## Irritants »). Markdown joins them into one paragraph, which would be one glued item (after a
 * list) or set aside (with no list). They are told from a sentence wrapped over lines by their shape:
 * each line is short, each after the first opens as a sentence does, and none ends as if it went on.
 */
import type { TextLine } from './text-lines.ts';

/** Longer than this, a line is prose wrapped by hand rather than an idea on a post-it. */
const MAX_LINE = 100;
/** A line that opens as a sentence: a capital, a digit or an opening quote. */
const OPENS = /^[\p{Lu}\d«"“]/u;
/** A line that goes on below it: a comma, a colon, a dash, or a word that links to what follows. */
const GOES_ON = /(?:[,;:(\-–—]|\b(?:et|ou|de|des|du|la|le|les|un|une|à|en|pour|avec|par|que|qui|dans|sur|mais))\s*$/iu;

/** The lines as separate ideas, or null when the paragraph reads as one text. */
export function postItLines(lines: readonly TextLine[]): readonly TextLine[] | null {
  if (lines.length < 2) return null;
  const separate = lines.every(
    (line, index) => line.text.trim().length <= MAX_LINE && !GOES_ON.test(line.text) && (index === 0 || OPENS.test(line.text.trim())),
  );
  return separate ? lines : null;
}
