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
import type { CountableItem } from './count-by.ts';

export const MIN_EMERGING_COUNT = 2;
export const TOP_EMERGING = 20;
/** Words shorter than this are too ambiguous to suggest (« cv » is better written by hand). */
const MIN_WORD_LENGTH = 3;

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

/**
 * Terms as small integers: stem s is term 2s, the pair (a, b) is term 2p+1 where p is the pair's
 * index in an open-addressing table. Counts live in growable typed arrays, and an item's terms are
 * deduplicated with a stamp per term, not a Set per item.
 */
class TermTable {
  readonly other = new Counts();
  readonly themed = new Counts();
  private readonly stamp = new Counts();
  private visits = 0;
  private pairA = new Int32Array(1024);
  private pairB = new Int32Array(1024);
  private slots = new Int32Array(4096).fill(-1);
  private pairs = 0;
  private maxStem = -1;

  /** Number of term ids in use (an upper bound: unused ids have zero counts). */
  get size(): number {
    return Math.max(2 * (this.maxStem + 1), 2 * this.pairs);
  }

  /** Visits the distinct terms of statement s; returns how many there were. New pairs are created only if `create`. */
  visit(corpus: Corpus, s: number, create: boolean, count: (term: number) => void): number {
    const visit = ++this.visits;
    let distinct = 0;
    let previous = -1;
    for (let i = corpus.start[s] as number; i < (corpus.start[s + 1] as number); i++) {
      const word = corpus.words[i] as number;
      if ((corpus.lengthOf[word] as number) < MIN_WORD_LENGTH) continue;
      const stem = corpus.stemOf[word] as number;
      if (create && stem > this.maxStem) this.maxStem = stem;
      distinct += this.once(2 * stem, visit, count);
      if (previous >= 0 && previous !== stem) {
        const pair = this.pair(previous, stem, create);
        if (pair >= 0) distinct += this.once(2 * pair + 1, visit, count);
        else distinct++; // a pair unseen in `autres` still counts in the themed total
      }
      previous = stem;
    }
    return distinct;
  }

  stemsOf(term: number): number[] {
    if (term % 2 === 0) return [term / 2];
    const pair = (term - 1) / 2;
    return [this.pairA[pair] as number, this.pairB[pair] as number];
  }

  private once(term: number, visit: number, count: (term: number) => void): number {
    if (this.stamp.get(term) === visit) return 0;
    this.stamp.set(term, visit);
    count(term);
    return 1;
  }

  private pair(a: number, b: number, create: boolean): number {
    const mask = this.slots.length - 1;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const found = this.slots[slot] as number;
      if (found < 0) break;
      if (this.pairA[found] === a && this.pairB[found] === b) return found;
      slot = (slot + 1) & mask;
    }
    if (!create) return -1;
    const id = this.pairs++;
    if (id === this.pairA.length) {
      this.pairA = grow(this.pairA);
      this.pairB = grow(this.pairB);
    }
    this.pairA[id] = a;
    this.pairB[id] = b;
    this.slots[slot] = id;
    if (this.pairs * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.pairs; id++) {
      let slot = (Math.imul(this.pairA[id] as number, 0x9e3779b1) ^ Math.imul(this.pairB[id] as number, 0x85ebca6b)) & mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = id;
    }
  }
}

/** Non-negative integer counters indexed by term, growing on demand. */
class Counts {
  private data = new Int32Array(1024);

  get(index: number): number {
    return index < this.data.length ? (this.data[index] as number) : 0;
  }

  set(index: number, value: number): void {
    while (index >= this.data.length) this.data = grow(this.data);
    this.data[index] = value;
  }

  add(index: number): void {
    this.set(index, this.get(index) + 1);
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
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
