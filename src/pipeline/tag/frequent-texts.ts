/**
 * The texts a warning quotes as examples of what it set aside: the most frequent ones, so that
 * « RAS », « Non concerné », « Néant » stand for thousands of answers rather than whichever came
 * first in the file (survey exports are often sorted by topic, not by answer).
 */
import { formatInteger } from '../text/plural.ts';

export interface FrequentText {
  /** As first written, spaces folded. */
  text: string;
  count: number;
}

/** Case, spaces and closing punctuation folded: « RAS », « ras. » and « Ras ! » are one answer. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\s.!?…]+$/u, '').trim().toLowerCase();
}

/** The `max` most frequent texts, most frequent first; ties in order of first appearance. */
export function frequentTexts(texts: readonly string[], max: number): FrequentText[] {
  const seen = new Map<string, FrequentText>();
  for (const text of texts) {
    const key = fold(text);
    const entry = seen.get(key);
    if (entry) entry.count++;
    else seen.set(key, { text: text.replace(/\s+/g, ' ').trim(), count: 1 });
  }
  // Map order is first appearance, and the sort is stable.
  return [...seen.values()].sort((a, b) => b.count - a.count).slice(0, max);
}

/** « « RAS » (845 fois) », or « « RAS » » for a text written once. */
export function quoteWithCount({ text, count }: FrequentText, shorten: (text: string) => string): string {
  return count > 1 ? `« ${shorten(text)} » (${formatInteger(count)} fois)` : `« ${shorten(text)} »`;
}
