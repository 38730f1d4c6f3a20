/**
 * Emerging themes: among items nothing but `autres` describes, the words and word pairs that set
 * them apart from the themed items, offered as suggestions for data/themes.yml.
 *
 * Terms are stems of content words (stop words removed) and pairs of adjacent ones, counted once per
 * item (document frequency). Score: z of the log-odds ratio with an informative Dirichlet prior
 * (log-odds.ts), `autres` items against themed items, prior α_w = α_0 · (share of w over all items)
 * with α_0 = the number of distinct candidate terms (one pseudo-count per term on average). Kept: at
 * least MIN_EMERGING_COUNT `autres` items and a positive score; the TOP_EMERGING best, each shown
 * in its most frequent written form (accents kept).
 */
import type { EmergingTerm } from '../synthesis-model.ts';
import { STOP_WORDS, stemWord } from '../themes/stem.ts';
import { foldText } from '../text/fold.ts';
import { logOdds, round4 } from './log-odds.ts';
import type { CountableItem } from './count-by.ts';

export const MIN_EMERGING_COUNT = 2;
export const TOP_EMERGING = 20;

const OTHER = 'autres';

type TextItem = Pick<CountableItem, 'themes'> & { text: string };

interface Term {
  other: number;
  themed: number;
  surfaces: Map<string, number>;
}

export function emergingTerms(items: readonly TextItem[]): EmergingTerm[] {
  const terms = new Map<string, Term>();
  let otherTotal = 0;
  for (const item of items) {
    if (!isOther(item)) continue;
    for (const [key, surface] of itemTerms(item.text)) {
      let term = terms.get(key);
      if (!term) terms.set(key, (term = { other: 0, themed: 0, surfaces: new Map() }));
      term.other++;
      term.surfaces.set(surface, (term.surfaces.get(surface) ?? 0) + 1);
      otherTotal++;
    }
  }
  if (terms.size === 0) return [];
  // Themed items are counted only for the candidate terms, so memory follows the `autres` vocabulary.
  let themedTotal = 0;
  for (const item of items) {
    if (isOther(item)) continue;
    for (const [key] of itemTerms(item.text)) {
      themedTotal++;
      const term = terms.get(key);
      if (term) term.themed++;
    }
  }
  const alpha0 = terms.size;
  const allTotal = otherTotal + themedTotal;
  const scored: Array<EmergingTerm & { stems: string[] }> = [];
  for (const [key, term] of terms) {
    if (term.other < MIN_EMERGING_COUNT) continue;
    const { zScore } = logOdds({
      countI: term.other,
      totalI: otherTotal,
      countJ: term.themed,
      totalJ: themedTotal,
      alpha: (alpha0 * (term.other + term.themed)) / allTotal,
      alpha0,
    });
    if (zScore > 0) scored.push({ term: mostFrequent(term.surfaces), count: term.other, score: round4(zScore), stems: key.split(' ') });
  }
  // Ties prefer the longer phrase, so that « mission locale » wins over its echo « mission ».
  scored.sort(
    (a, b) =>
      b.score - a.score || b.count - a.count || b.stems.length - a.stems.length || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
  );
  return withoutEchoes(scored).slice(0, TOP_EMERGING);
}

/**
 * A term sharing a stem with a better-ranked term found in as many items is the same phrase seen
 * again (« mission » after « mission locale », « personne parlé » after « lycée personne »): dropped.
 */
function withoutEchoes(scored: ReadonlyArray<EmergingTerm & { stems: string[] }>): EmergingTerm[] {
  const kept: Array<EmergingTerm & { stems: string[] }> = [];
  for (const candidate of scored) {
    if (kept.length >= TOP_EMERGING) break;
    const echo = kept.some((k) => k.count === candidate.count && k.stems.some((stem) => candidate.stems.includes(stem)));
    if (!echo) kept.push(candidate);
  }
  return kept.map(({ term, count, score }) => ({ term, count, score }));
}

function isOther(item: TextItem): boolean {
  return item.themes.length === 0 || item.themes.every((theme) => theme === OTHER);
}

/** Distinct terms of a text (stem key → written form): content words, and pairs of adjacent ones. */
function itemTerms(text: string): Map<string, string> {
  const words: Array<{ stem: string; surface: string }> = [];
  for (const raw of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    const parts = foldText(raw).split(/[\s']+/);
    for (const part of parts) {
      if (part.length < 3 || STOP_WORDS.has(part) || /^\d+$/.test(part)) continue;
      words.push({ stem: stemWord(part), surface: parts.length === 1 ? raw : part });
    }
  }
  const result = new Map<string, string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as { stem: string; surface: string };
    if (!result.has(word.stem)) result.set(word.stem, word.surface);
    const next = words[i + 1];
    if (next && next.stem !== word.stem) {
      const key = `${word.stem} ${next.stem}`;
      if (!result.has(key)) result.set(key, `${word.surface} ${next.surface}`);
    }
  }
  return result;
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, n] of counts) if (n > bestCount || (n === bestCount && value < best)) [best, bestCount] = [value, n];
  return best;
}
