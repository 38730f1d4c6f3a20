/**
 * Emerging themes: among items nothing but `autres` describes, the words and word pairs that set
 * them apart from the themed items, offered as suggestions for data/themes.yml.
 *
 * Terms are stems of content words of three letters or more (stop words removed) and pairs of
 * adjacent ones, counted once per item (document frequency). Score: z of the log-odds ratio with an
 * informative Dirichlet prior (log-odds.ts), `autres` items against themed items, prior
 * α_w = α_0 · (share of w over all items) with α_0 = the number of distinct `autres` terms (one
 * pseudo-count per term on average). Kept: at least MIN_EMERGING_COUNT `autres` items and a
 * positive score; a term that only echoes a better one is dropped; the TOP_EMERGING best, each
 * shown in its most frequent written form (accents kept).
 */
import type { EmergingTerm } from '../synthesis-model.ts';
import { foldWord, writtenWords } from '../themes/stem.ts';
import { logOdds, round4 } from './log-odds.ts';
import { tokenizeCorpus, type Corpus } from './corpus.ts';
import { MIN_WORD_LENGTH, TermTable } from './term-table.ts';
import type { CountableItem } from './count-by.ts';

export const MIN_EMERGING_COUNT = 2;
export const TOP_EMERGING = 20;

const OTHER = 'autres';

type TextItem = Pick<CountableItem, 'themes'> & { text: string };

/** `corpus`, when given, must be the tokenised texts of `items` in the same order. */
export function emergingTerms(items: readonly TextItem[], corpus?: Corpus): EmergingTerm[] {
  const words = corpus ?? tokenizeCorpus(items.map((item) => item.text));
  const terms = new TermTable();
  let otherTotal = 0;
  let distinctOther = 0;
  items.forEach((item, s) => {
    if (!isOther(item)) return;
    otherTotal += terms.visit(words, s, true, (t) => {
      if (terms.other.get(t) === 0) distinctOther++;
      terms.other.add(t);
    });
  });
  if (otherTotal === 0) return [];
  let themedTotal = 0;
  items.forEach((item, s) => {
    // Themed items are counted only for the `autres` terms, so memory follows the `autres` vocabulary.
    if (!isOther(item)) themedTotal += terms.visit(words, s, false, (t) => terms.themed.add(t));
  });

  const alpha0 = distinctOther;
  const allTotal = otherTotal + themedTotal;
  const scored: Scored[] = [];
  for (let term = 0; term < terms.size; term++) {
    const other = terms.other.get(term);
    if (other < MIN_EMERGING_COUNT) continue;
    const themed = terms.themed.get(term);
    const { zScore } = logOdds({
      countI: other,
      totalI: otherTotal,
      countJ: themed,
      totalJ: themedTotal,
      alpha: (alpha0 * (other + themed)) / allTotal,
      alpha0,
    });
    if (zScore > 0) {
      const stems = terms.stemsOf(term);
      scored.push({ term, stems, text: stems.map((stem) => words.stems[stem]).join(' '), count: other, score: round4(zScore) });
    }
  }
  // Ties prefer the longer phrase, so that « mission locale » wins over its echo « mission »; then
  // the stems' text, which does not depend on the order items came in.
  scored.sort(
    (a, b) =>
      b.score - a.score || b.count - a.count || b.stems.length - a.stems.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  );
  const chosen = withoutEchoes(scored);
  const surfaces = writtenForms(items, words, chosen);
  return chosen.map((c) => ({
    term: surfaces.get(stemKey(c.stems)) ?? c.text,
    count: c.count,
    score: c.score,
  }));
}

interface Scored {
  term: number;
  stems: number[];
  /** The stems as text, for ordering ties. */
  text: string;
  count: number;
  score: number;
}

/**
 * A term sharing a stem with a better-ranked term found in as many items is the same phrase seen
 * again (« mission » after « mission locale », « personne parlé » after « lycée personne »): dropped.
 */
function withoutEchoes(scored: readonly Scored[]): Scored[] {
  const kept: Scored[] = [];
  for (const candidate of scored) {
    if (kept.length >= TOP_EMERGING) break;
    const echo = kept.some((k) => k.count === candidate.count && k.stems.some((stem) => candidate.stems.includes(stem)));
    if (!echo) kept.push(candidate);
  }
  return kept;
}

function isOther(item: TextItem): boolean {
  return item.themes.length === 0 || item.themes.every((theme) => theme === OTHER);
}

function stemKey(stems: readonly number[]): string {
  return stems.join(' ');
}

/** Most frequent written form (lower case, accents kept) of each chosen term, read again from the `autres` items. */
function writtenForms(items: readonly TextItem[], corpus: Corpus, chosen: readonly Scored[]): Map<string, string> {
  const wanted = new Set(chosen.map((c) => stemKey(c.stems)));
  const wantedStems = new Set(chosen.flatMap((c) => c.stems));
  const seen = new Map<string, Map<string, number>>();
  const note = (key: string, written: string) => {
    if (!wanted.has(key)) return;
    const forms = seen.get(key) ?? new Map<string, number>();
    forms.set(written, (forms.get(written) ?? 0) + 1);
    seen.set(key, forms);
  };
  for (const item of items) {
    if (!isOther(item)) continue;
    let previous: { stem: number; written: string } | null = null;
    for (const raw of writtenWords(item.text.normalize('NFC'))) {
      const parts = foldWord(raw);
      for (const part of parts) {
        const word = corpus.wordIds.get(part);
        if (word === undefined || word < 0 || (corpus.lengthOf[word] as number) < MIN_WORD_LENGTH) continue;
        const stem = corpus.stemOf[word] as number;
        // Only the chosen terms' words are written out: no string is built for the others.
        const current = wantedStems.has(stem) ? { stem, written: parts.length === 1 ? raw : part } : null;
        if (current) {
          note(String(stem), current.written);
          if (previous && previous.stem !== stem) note(`${previous.stem} ${stem}`, `${previous.written} ${current.written}`);
        }
        previous = current;
      }
    }
  }
  const result = new Map<string, string>();
  for (const [key, forms] of seen) {
    let best = '';
    let bestCount = -1;
    for (const [form, n] of forms) if (n > bestCount || (n === bestCount && form < best)) [best, bestCount] = [form, n];
    result.set(key, best);
  }
  return result;
}
