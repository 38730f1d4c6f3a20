/**
 * Statements as sets of shingles: the stems of their content words (unigrams) and of adjacent
 * content words (bigrams), stop words removed. Short statements say the same thing with different
 * small words; stems of size 1–2 keep what they share. All sets live in two pooled typed arrays
 * (one entry per shingle, sorted per statement) so a million statements cost a few tens of MB.
 */
import type { Corpus } from '../corpus.ts';
import { tokenizeCorpus } from '../corpus.ts';
import { combine } from './hash.ts';

export interface ShingleStore {
  /** Statement s has unigrams `unigrams[uniStart[s] … uniStart[s+1])`, sorted ascending, distinct. */
  uniStart: Uint32Array;
  unigrams: Uint32Array;
  biStart: Uint32Array;
  bigrams: Uint32Array;
}

/** Shingles of every statement of a corpus (or of texts, tokenised here). */
export function buildShingles(input: Corpus | readonly string[]): ShingleStore {
  const corpus = isCorpus(input) ? input : tokenizeCorpus(input);
  const count = corpus.start.length - 1;
  const uniStart = new Uint32Array(count + 1);
  const biStart = new Uint32Array(count + 1);
  // A statement has at most as many distinct stems, and pairs, as content words: sized once, no doubling.
  const uni = new Growable(corpus.words.length);
  const bi = new Growable(corpus.words.length);
  let stems = new Uint32Array(64);
  let pairs = new Uint32Array(64);
  for (let s = 0; s < count; s++) {
    const from = corpus.start[s] as number;
    const n = (corpus.start[s + 1] as number) - from;
    if (n > stems.length) {
      stems = new Uint32Array(2 * n);
      pairs = new Uint32Array(2 * n);
    }
    for (let i = 0; i < n; i++) stems[i] = corpus.stemHash[corpus.stemOf[corpus.words[from + i] as number] as number] as number;
    for (let i = 1; i < n; i++) pairs[i - 1] = combine(stems[i - 1] as number, stems[i] as number);
    uni.pushSortedDistinct(stems, n);
    bi.pushSortedDistinct(pairs, Math.max(0, n - 1));
    uniStart[s + 1] = uni.length;
    biStart[s + 1] = bi.length;
  }
  return { uniStart, unigrams: uni.view(), biStart, bigrams: bi.view() };
}

/**
 * The shingles of some statements only (`members`, ascending), renumbered 0 … members.length−1:
 * the statements left after exact duplicates are a third of a million, and the pair checks read
 * their sets at random places, better in a store of their own than spread over all of them.
 */
export function subsetStore(store: ShingleStore, members: readonly number[]): ShingleStore {
  const [uniStart, unigrams] = subsetRuns(store.uniStart, store.unigrams, members);
  const [biStart, bigrams] = subsetRuns(store.biStart, store.bigrams, members);
  return { uniStart, unigrams, biStart, bigrams };
}

/** Runs `pool[start[s] … start[s+1])` of the members, end to end, and where each begins. */
function subsetRuns(start: Uint32Array, pool: Uint32Array, members: readonly number[]): [Uint32Array, Uint32Array] {
  const subStart = new Uint32Array(members.length + 1);
  let total = 0;
  members.forEach((s, m) => {
    total += (start[s + 1] as number) - (start[s] as number);
    subStart[m + 1] = total;
  });
  const subPool = new Uint32Array(total);
  members.forEach((s, m) => subPool.set(pool.subarray(start[s] as number, start[s + 1] as number), subStart[m] as number));
  return [subStart, subPool];
}

function isCorpus(input: Corpus | readonly string[]): input is Corpus {
  return !Array.isArray(input);
}

/** Size of the intersection of two sorted, distinct runs of the same pool. */
export function intersectSorted(pool: Uint32Array, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  let i = aStart;
  let j = bStart;
  let shared = 0;
  // Without branches on the values (which are random): each step advances the smaller side, or both.
  while (i < aEnd && j < bEnd) {
    const a = pool[i] as number;
    const b = pool[j] as number;
    shared += +(a === b);
    i += +(a <= b);
    j += +(b <= a);
  }
  return shared;
}

/**
 * Whether two statements share at least `minSharedStems` stems and reach `threshold` of Jaccard
 * similarity over all their shingles. The bigrams are intersected only when the stems leave it
 * possible: with every bigram shared the Jaccard would be at its highest, so a pair below the
 * threshold even then is out (the same answer as computing it, with less work).
 */
export function isClose(store: ShingleStore, a: number, b: number, threshold: number, minSharedStems: number): boolean {
  const { uniStart, unigrams, biStart, bigrams } = store;
  const ua = uniStart[a] as number, ua2 = uniStart[a + 1] as number;
  const ub = uniStart[b] as number, ub2 = uniStart[b + 1] as number;
  const ba = biStart[a] as number, ba2 = biStart[a + 1] as number;
  const bb = biStart[b] as number, bb2 = biStart[b + 1] as number;
  const sharedStems = intersectSorted(unigrams, ua, ua2, ub, ub2);
  if (sharedStems < minSharedStems) return false;
  const all = ua2 - ua + (ub2 - ub) + (ba2 - ba) + (bb2 - bb);
  const most = Math.min(ba2 - ba, bb2 - bb);
  const least = all - sharedStems - most; // the smallest the union can be
  if (least > 0 && (sharedStems + most) / least < threshold) return false;
  const sharedBigrams = intersectSorted(bigrams, ba, ba2, bb, bb2);
  const union = all - sharedStems - sharedBigrams;
  return (union === 0 ? 0 : (sharedStems + sharedBigrams) / union) >= threshold;
}

/**
 * Whether statement `member` says what statement `label` says: it holds at least `share` of the
 * label's shingles, and `minSharedStems` of its stems (all of them when the label has fewer).
 * Measured on the label's side, not as a Jaccard: a member may add a second subject (« Prévoir une
 * vraie formation au changement. La saisie… ») and still be about the idea.
 */
export function covers(store: ShingleStore, member: number, label: number, share: number, minSharedStems: number): boolean {
  const { uniStart, unigrams, biStart, bigrams } = store;
  const ul = uniStart[label] as number, ul2 = uniStart[label + 1] as number;
  const bl = biStart[label] as number, bl2 = biStart[label + 1] as number;
  const sharedStems = intersectSorted(unigrams, uniStart[member] as number, uniStart[member + 1] as number, ul, ul2);
  if (sharedStems < Math.min(minSharedStems, ul2 - ul)) return false;
  const sharedBigrams = intersectSorted(bigrams, biStart[member] as number, biStart[member + 1] as number, bl, bl2);
  return sharedStems + sharedBigrams >= share * (ul2 - ul + (bl2 - bl));
}

/** An append-only Uint32 buffer that doubles when full. */
class Growable {
  private data: Uint32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Uint32Array(Math.max(16, capacity));
  }

  /** Appends `values[0 … n)` sorted ascending, without repeats (reorders `values`). */
  pushSortedDistinct(values: Uint32Array, n: number): void {
    sortPrefix(values, n);
    if (this.length + n > this.data.length) {
      const bigger = new Uint32Array(Math.max(this.data.length * 2, this.length + n));
      bigger.set(this.data);
      this.data = bigger;
    }
    for (let i = 0; i < n; i++) {
      const value = values[i] as number;
      if (i > 0 && value === values[i - 1]) continue;
      this.data[this.length++] = value;
    }
  }

  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Sorts `values[0 … n)` ascending in place: insertion sort for the short runs most statements are. */
function sortPrefix(values: Uint32Array, n: number): void {
  if (n > 32) {
    values.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const value = values[i] as number;
    let j = i - 1;
    while (j >= 0 && (values[j] as number) > value) {
      values[j + 1] = values[j] as number;
      j--;
    }
    values[j + 1] = value;
  }
}
