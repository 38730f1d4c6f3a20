/**
 * Written words interned to small integer ids, read straight from the text's character codes.
 *
 * The words are exactly those of `text.toLowerCase().split(WORD_SEPARATOR)` (empty runs dropped):
 * the text is lower-cased natively, then read once, and no substring and no Map key is made per
 * occurrence: each word is hashed as it is read and found in an open-addressing table, and only a
 * word never seen before becomes a string. At a million statements this is most of the tokenising
 * time and garbage. A table lives as long as one stage's call (its size follows the vocabulary).
 */
import { doubled } from './grow.ts';

/** What separates written words after lower-casing: anything but ASCII letters, digits and Latin letters with diacritics. */
export const WORD_SEPARATOR = /[^a-z0-9\u00e0-\u00f6\u00f8-\u00ff\u0100-\u024f]+/;

/** Per code unit below U+0250: itself when it is a word character, 0 when it separates (all above separate). */
const WORD_CHARS = new Uint16Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xe0 && c <= 0xf6) || c >= 0xf8;
  WORD_CHARS[c] = word ? c : 0;
}

/**
 * Per code unit below U+2030: 1 when it ends a clause or a list entry (, ; : . ! ? ( ) [ ] « » " “ ” „ …
 * / – — and line breaks). Apostrophes and hyphens join words and are not among them.
 */
const CLAUSE_MARKS = new Uint8Array(0x2030);
for (const c of ',;:.!?()[]{}«»"/\n\r\u2013\u2014\u201c\u201d\u201e\u2026') CLAUSE_MARKS[c.charCodeAt(0)] = 1;

const FNV_OFFSET = 0x811c9dc5;

export class WordTable {
  /** Word ids of the last `scan`, in text order. */
  ids = new Uint32Array(256);
  /** Per word of the last `scan`: 1 when a clause mark (CLAUSE_MARKS) stands between it and the word before. */
  breaks = new Uint8Array(256);
  /**
   * Whether the last text scanned was, once lower-cased, all below U+0300 (Latin letters and
   * punctuation, no combining mark): normalising such a text to NFC would read the same words
   * (tests/themes/words.test.ts checks every character this rests on).
   */
  latin = true;
  private readonly words: string[] = [];
  private hashes = new Uint32Array(1024);
  /** Open addressing, two entries per slot: the word id (−1: empty) and its hash, side by side. */
  private slots = new Int32Array(4096).fill(-1);
  private chars = new Uint16Array(64);
  /** The words' characters, end to end: word id has `pool[starts[id] … starts[id+1])`. */
  private pool = new Uint16Array(8192);
  private poolLength = 0;
  private starts = new Uint32Array(1024);

  /** Number of distinct words met so far; ids are 0 … size−1, in order of first appearance. */
  get size(): number {
    return this.words.length;
  }

  /** The word (lower case, accents kept) of an id. */
  word(id: number): string {
    return this.words[id] as string;
  }

  /** Reads the words of a text into `ids`; returns how many there are. */
  scan(written: string): number {
    // Locals, not fields, in these loops: they run once per character of the corpus.
    const text = written.toLowerCase();
    const n = text.length;
    let chars = this.chars;
    let count = 0;
    let latin = true;
    let mark = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i++);
      if (c >= 0x300) latin = false;
      let l = c < 0x250 ? (WORD_CHARS[c] as number) : 0;
      if (l === 0) {
        if (c < 0x2030) mark |= CLAUSE_MARKS[c] as number;
        continue;
      }
      // A word: read to its end in an inner loop (fewer mispredicted branches than one loop for all).
      let length = 0;
      let hash = FNV_OFFSET;
      for (;;) {
        if (length === chars.length) chars = this.chars = doubled(chars);
        chars[length++] = l;
        hash = Math.imul(hash ^ l, 0x01000193);
        if (i === n) break;
        c = text.charCodeAt(i++);
        if (c >= 0x300) latin = false;
        l = c < 0x250 ? (WORD_CHARS[c] as number) : 0;
        if (l === 0) break;
      }
      if (count === this.ids.length) {
        this.ids = doubled(this.ids);
        this.breaks = doubled(this.breaks);
      }
      this.breaks[count] = mark;
      this.ids[count++] = this.intern(chars, length, hash >>> 0);
      // The character that ended the word, when it is a separator, may itself end a clause.
      mark = l === 0 && c < 0x2030 ? (CLAUSE_MARKS[c] as number) : 0;
    }
    this.latin = latin;
    return count;
  }

  /** Id of the word `chars[0 … length)`, added if new. */
  private intern(chars: Uint16Array, length: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (;;) {
      const id = slots[2 * slot] as number;
      if (id < 0) break;
      // The slot keeps the hash beside the id: a probe reads one place in memory, not two.
      if (slots[2 * slot + 1] === (hash | 0) && this.same(id, chars, length)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.words.length;
    this.words.push(stringOf(chars, length));
    if (id + 1 >= this.hashes.length) {
      this.hashes = doubled(this.hashes);
      this.starts = doubled(this.starts);
    }
    this.hashes[id] = hash;
    while (this.poolLength + length > this.pool.length) this.pool = doubled(this.pool);
    this.pool.set(chars.subarray(0, length), this.poolLength);
    this.starts[id] = this.poolLength;
    this.poolLength += length;
    this.starts[id + 1] = this.poolLength;
    slots[2 * slot] = id;
    slots[2 * slot + 1] = hash;
    if (this.words.length * 4 > slots.length) this.rehash();
    return id;
  }

  /** Whether word `id` is `chars[0 … length)`: compared in the pool, contiguous, rather than in scattered strings. */
  private same(id: number, chars: Uint16Array, length: number): boolean {
    const start = this.starts[id] as number;
    if ((this.starts[id + 1] as number) - start !== length) return false;
    const pool = this.pool;
    for (let i = 0; i < length; i++) if (pool[start + i] !== chars[i]) return false;
    return true;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = (slots.length >> 1) - 1;
    for (let id = 0; id < this.words.length; id++) {
      const hash = this.hashes[id] as number;
      let slot = hash & mask;
      while ((slots[2 * slot] as number) >= 0) slot = (slot + 1) & mask;
      slots[2 * slot] = id;
      slots[2 * slot + 1] = hash;
    }
    this.slots = slots;
  }
}

function stringOf(chars: Uint16Array, length: number): string {
  // `apply` takes any array-like (TypeScript wants an array); in slices, as fromCharCode takes its
  // characters as arguments and a huge word would overflow the stack.
  if (length <= 4096) return String.fromCharCode.apply(null, chars.subarray(0, length) as unknown as number[]);
  let word = '';
  for (let i = 0; i < length; i += 4096) word += stringOf(chars.subarray(i, Math.min(length, i + 4096)), Math.min(4096, length - i));
  return word;
}
