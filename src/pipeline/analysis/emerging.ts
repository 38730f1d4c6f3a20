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
  /** Written forms seen in `autres` items, with their counts. */
  surfaces: Map<string, number>;
}

/** Stems as small integers, so that a pair of stems is a number key rather than a new string. */
const PAIR = 2 ** 22;

export function emergingTerms(items: readonly TextItem[]): EmergingTerm[] {
  const reader = new TermReader();
  const terms = new Map<number, Term>();
  let otherTotal = 0;
  for (const item of items) {
    if (!isOther(item)) continue;
    reader.read(item.text, (key, surface) => {
      let term = terms.get(key);
      if (!term) terms.set(key, (term = { other: 0, themed: 0, surfaces: new Map() }));
      term.other++;
      const written = surface();
      term.surfaces.set(written, (term.surfaces.get(written) ?? 0) + 1);
      otherTotal++;
    });
  }
  if (terms.size === 0) return [];
  // Themed items are counted only for the candidate terms, so memory follows the `autres` vocabulary.
  let themedTotal = 0;
  for (const item of items) {
    if (isOther(item)) continue;
    reader.read(item.text, (key) => {
      themedTotal++;
      const term = terms.get(key);
      if (term) term.themed++;
    });
  }
  const alpha0 = terms.size;
  const allTotal = otherTotal + themedTotal;
  const scored: Array<EmergingTerm & { stems: number[] }> = [];
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
    const stems = key < PAIR ? [key] : [Math.floor(key / PAIR) - 1, key % PAIR];
    if (zScore > 0) scored.push({ term: mostFrequent(term.surfaces), count: term.other, score: round4(zScore), stems });
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
function withoutEchoes(scored: ReadonlyArray<EmergingTerm & { stems: number[] }>): EmergingTerm[] {
  const kept: Array<EmergingTerm & { stems: number[] }> = [];
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

interface Word {
  stem: number;
  surface: string;
}

/** Reads the distinct terms of texts (content words and pairs of adjacent ones), with memoised word analysis. */
class TermReader {
  private readonly stems = new Map<string, number>();
  private readonly words = new Map<string, Word[]>();
  private readonly seen = new Set<number>();

  /** Calls `visit` once per distinct term of the text; `surface()` builds its written form on demand. */
  read(text: string, visit: (key: number, surface: () => string) => void): void {
    const sequence: Word[] = [];
    for (const raw of text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (raw !== '') for (const word of this.analyse(raw)) sequence.push(word);
    }
    this.seen.clear();
    for (let i = 0; i < sequence.length; i++) {
      const word = sequence[i] as Word;
      if (!this.seen.has(word.stem)) {
        this.seen.add(word.stem);
        visit(word.stem, () => word.surface);
      }
      const next = sequence[i + 1];
      if (next && next.stem !== word.stem) {
        const key = (word.stem + 1) * PAIR + next.stem;
        if (!this.seen.has(key)) {
          this.seen.add(key);
          visit(key, () => `${word.surface} ${next.surface}`);
        }
      }
    }
  }

  /** Content words of one written word (an elided or compound word can give several). */
  private analyse(raw: string): Word[] {
    let words = this.words.get(raw);
    if (words === undefined) {
      words = [];
      const parts = foldText(raw).split(/[\s']+/);
      for (const part of parts) {
        if (part.length < 3 || STOP_WORDS.has(part) || /^\d+$/.test(part)) continue;
        const stem = stemWord(part);
        let id = this.stems.get(stem);
        if (id === undefined) this.stems.set(stem, (id = this.stems.size));
        words.push({ stem: id, surface: parts.length === 1 ? raw : part });
      }
      if (this.words.size < 1_000_000) this.words.set(raw, words);
    }
    return words;
  }
}

function mostFrequent(counts: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [value, n] of counts) if (n > bestCount || (n === bestCount && value < best)) [best, bestCount] = [value, n];
  return best;
}
