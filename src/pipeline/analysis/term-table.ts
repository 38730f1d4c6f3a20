/**
 * The terms of emerging-theme counting, as small integers: stem s is term 2s, the pair (a, b) is
 * term 2p+1 where p is the pair's index in an open-addressing table. Counts live in growable typed
 * arrays, and an item's terms are deduplicated with a stamp per term, not a Set per item: no string
 * and no object is made per word, which matters at a million items.
 *
 * Memory layout is what costs here (terms are many, touched in random order): what one step reads
 * sits side by side — a term's stamp and its two counts, a pair slot's two stems and its index.
 */
import type { Corpus } from './corpus.ts';
import { doubled } from '../text/grow.ts';
import { canNameTheme } from './emerging-words.ts';
import { CLAUSE_WORDS } from './clause-words.ts';

/** Words shorter than this are too ambiguous to suggest (« cv » is better written by hand). */
export const MIN_WORD_LENGTH = 3;

/** What a word of the corpus does in terms (termWords): passed over, part of terms, or ending a pair. */
export const PASSED = 0;
export const USABLE = 1;
export const ENDS_PAIR = 2;

/**
 * Per word id of the corpus: USABLE when the word takes part in terms — long enough (MIN_WORD_LENGTH)
 * and able to name a theme (emerging-words.ts); ENDS_PAIR when it is long enough but cannot name a
 * theme, or is a clause word (« ni », « lorsque », « pendant »: CLAUSE_WORDS); PASSED, too short,
 * otherwise. Decided once per distinct word, not per occurrence.
 */
export function termWords(corpus: Corpus): Uint8Array {
  const kinds = new Uint8Array(corpus.stemOf.length);
  for (const [word, id] of corpus.wordIds) {
    if (id < 0) continue;
    const long = (corpus.lengthOf[id] as number) >= MIN_WORD_LENGTH;
    if (CLAUSE_WORDS.has(word)) kinds[id] = ENDS_PAIR;
    else if (long) kinds[id] = canNameTheme(word) ? USABLE : ENDS_PAIR;
  }
  return kinds;
}

/** Which count a visit adds to: the `autres` items, or the themed ones. */
export const OTHER = 1;
export const THEMED = 2;

export class TermTable {
  /** Per term: [last statement that counted it, `autres` count, themed count]. */
  private records = new Int32Array(3 * 1024);
  private visits = 0;
  private pairA = new Int32Array(1024);
  private pairB = new Int32Array(1024);
  /** Per slot: [first stem, second stem, pair index or −1 when empty]. */
  private slots = new Int32Array(3 * 4096).fill(-1);
  private pairs = 0;
  private maxStem = -1;

  /** Number of term ids in use (an upper bound: unused ids have zero counts). */
  get size(): number {
    return Math.max(2 * (this.maxStem + 1), 2 * this.pairs);
  }

  /** The `autres` (OTHER) or themed (THEMED) count of a term. */
  count(term: number, which: typeof OTHER | typeof THEMED): number {
    return 3 * term < this.records.length ? (this.records[3 * term + which] as number) : 0;
  }

  /** termWords(corpus): what each word does in terms. */
  private readonly kinds: Uint8Array;

  constructor(kinds: Uint8Array) {
    this.kinds = kinds;
  }

  /**
   * Adds 1 to the `which` count of each distinct term of statement s; returns how many there were
   * (a pair not in the table counts in that total too). New pairs are created only if `create`.
   * A pair is two usable words with nothing between them but words passed over (too short, like
   * stop words): a clause boundary (corpus.breaks: « Le suivi régulier, ça me motive » makes no
   * « régulier motive ») or a word that cannot name a theme (« rapidité, surtout le lundi ») ends it.
   */
  visit(corpus: Corpus, s: number, create: boolean, which: typeof OTHER | typeof THEMED): number {
    const { words, breaks, stemOf } = corpus;
    const kinds = this.kinds;
    const visit = ++this.visits;
    let distinct = 0;
    let previous = -1;
    const end = corpus.start[s + 1] as number;
    for (let i = corpus.start[s] as number; i < end; i++) {
      const word = words[i] as number;
      if (breaks[i] === 1) previous = -1;
      const kind = kinds[word] as number;
      if (kind !== USABLE) {
        if (kind === ENDS_PAIR) previous = -1;
        continue;
      }
      const stem = stemOf[word] as number;
      if (create && stem > this.maxStem) this.maxStem = stem;
      distinct += this.once(2 * stem, visit, which);
      if (previous >= 0 && previous !== stem) {
        const pair = this.pair(previous, stem, create);
        if (pair >= 0) distinct += this.once(2 * pair + 1, visit, which);
        else distinct++; // a pair unseen in `autres` still counts in the themed total
      }
      previous = stem;
    }
    return distinct;
  }

  /** The stem of a word term, or the first stem of a pair term; `secondStem`: the pair's second, −1 for a word. */
  firstStem(term: number): number {
    return term % 2 === 0 ? term / 2 : (this.pairA[(term - 1) / 2] as number);
  }

  secondStem(term: number): number {
    return term % 2 === 0 ? -1 : (this.pairB[(term - 1) / 2] as number);
  }

  stemsOf(term: number): number[] {
    if (term % 2 === 0) return [term / 2];
    const pair = (term - 1) / 2;
    return [this.pairA[pair] as number, this.pairB[pair] as number];
  }

  /** Counts a term once per statement: a stamp per term, not a Set per statement. */
  private once(term: number, visit: number, which: number): number {
    const at = 3 * term;
    while (at >= this.records.length) this.records = doubled(this.records);
    const records = this.records;
    if (records[at] === visit) return 0;
    records[at] = visit;
    records[at + which] = (records[at + which] as number) + 1;
    return 1;
  }

  private pair(a: number, b: number, create: boolean): number {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
    for (;;) {
      const found = slots[3 * slot + 2] as number;
      if (found < 0) break;
      if (slots[3 * slot] === a && slots[3 * slot + 1] === b) return found;
      slot = (slot + 1) & mask;
    }
    if (!create) return -1;
    const id = this.pairs++;
    if (id === this.pairA.length) {
      this.pairA = doubled(this.pairA);
      this.pairB = doubled(this.pairB);
    }
    this.pairA[id] = a;
    this.pairB[id] = b;
    slots[3 * slot] = a;
    slots[3 * slot + 1] = b;
    slots[3 * slot + 2] = id;
    if (this.pairs * 2 > mask + 1) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length / 3 - 1;
    for (let id = 0; id < this.pairs; id++) {
      const a = this.pairA[id] as number;
      const b = this.pairB[id] as number;
      let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
      while ((slots[3 * slot + 2] as number) >= 0) slot = (slot + 1) & mask;
      slots[3 * slot] = a;
      slots[3 * slot + 1] = b;
      slots[3 * slot + 2] = id;
    }
    this.slots = slots;
  }
}
