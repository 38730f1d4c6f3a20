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
  const uni = new Growable();
  const bi = new Growable();
  const stems: number[] = [];
  const pairs: number[] = [];
  for (let s = 0; s < count; s++) {
    stems.length = 0;
    pairs.length = 0;
    for (let i = corpus.start[s] as number; i < (corpus.start[s + 1] as number); i++) {
      stems.push(corpus.stemHash[corpus.stemOf[corpus.words[i] as number] as number] as number);
    }
    for (let i = 1; i < stems.length; i++) pairs.push(combine(stems[i - 1] as number, stems[i] as number));
    uni.pushSortedDistinct(stems);
    bi.pushSortedDistinct(pairs);
    uniStart[s + 1] = uni.length;
    biStart[s + 1] = bi.length;
  }
  return { uniStart, unigrams: uni.view(), biStart, bigrams: bi.view() };
}

function isCorpus(input: Corpus | readonly string[]): input is Corpus {
  return !Array.isArray(input);
}

/** Size of the intersection of two sorted, distinct runs of the same pool. */
export function intersectSorted(pool: Uint32Array, aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  let i = aStart;
  let j = bStart;
  let shared = 0;
  while (i < aEnd && j < bEnd) {
    const a = pool[i] as number;
    const b = pool[j] as number;
    if (a === b) {
      shared++;
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return shared;
}

/** Shared unigrams and Jaccard similarity of all shingles of two statements. */
export function similarity(store: ShingleStore, a: number, b: number): { sharedStems: number; jaccard: number } {
  const { uniStart, unigrams, biStart, bigrams } = store;
  const ua = uniStart[a] as number, ua2 = uniStart[a + 1] as number;
  const ub = uniStart[b] as number, ub2 = uniStart[b + 1] as number;
  const ba = biStart[a] as number, ba2 = biStart[a + 1] as number;
  const bb = biStart[b] as number, bb2 = biStart[b + 1] as number;
  const sharedStems = intersectSorted(unigrams, ua, ua2, ub, ub2);
  const sharedBigrams = intersectSorted(bigrams, ba, ba2, bb, bb2);
  const union = ua2 - ua + (ub2 - ub) + (ba2 - ba) + (bb2 - bb) - sharedStems - sharedBigrams;
  return { sharedStems, jaccard: union === 0 ? 0 : (sharedStems + sharedBigrams) / union };
}

/** An append-only Uint32 buffer that doubles when full. */
class Growable {
  private data = new Uint32Array(1024);
  length = 0;

  pushSortedDistinct(values: number[]): void {
    values.sort((x, y) => x - y);
    let previous = -1;
    for (const value of values) {
      if (value === previous) continue;
      previous = value;
      if (this.length === this.data.length) {
        const bigger = new Uint32Array(this.data.length * 2);
        bigger.set(this.data);
        this.data = bigger;
      }
      this.data[this.length++] = value;
    }
  }

  view(): Uint32Array {
    return this.data.subarray(0, this.length);
  }
}
