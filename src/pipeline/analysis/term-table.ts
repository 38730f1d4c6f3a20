/**
 * The terms of emerging-theme counting, as small integers: stem s is term 2s, the pair (a, b) is
 * term 2p+1 where p is the pair's index in an open-addressing table. Counts live in growable typed
 * arrays, and an item's terms are deduplicated with a stamp per term, not a Set per item: no string
 * and no object is made per word, which matters at a million items.
 */
import type { Corpus } from './corpus.ts';

/** Words shorter than this are too ambiguous to suggest (« cv » is better written by hand). */
export const MIN_WORD_LENGTH = 3;

export class TermTable {
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
