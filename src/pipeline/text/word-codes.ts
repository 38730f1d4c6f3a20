/**
 * What a stage makes of each distinct written word (its stems, its folded words…), as a short run
 * of integers computed once per word id of a WordTable and kept in one pooled array. A text's word
 * ids then become the stage's stream of codes with no per-word lookup but an array read.
 */
import type { WordTable } from './words.ts';
import { doubled } from './grow.ts';

export class WordCodes {
  /** Word id w has the codes `codes[starts[w] … starts[w+1])`. */
  private starts = new Uint32Array(1024);
  private codes = new Int32Array(1024);
  private known = 0;
  private buffer = new Int32Array(256);
  private readonly codesOf: (word: number) => readonly number[];

  /** `codesOf` is called once per word id, in increasing order. */
  constructor(codesOf: (word: number) => readonly number[]) {
    this.codesOf = codesOf;
  }

  /**
   * The codes of the `count` ids of `ids` from `from` (by default `words.ids`, the last scan; or a
   * text of a ScannedTexts over the same table), end to end, without the negative ones if
   * `positive`; valid until the next call.
   */
  stream(words: WordTable, count: number, positive = false, ids: Uint32Array = words.ids, from = 0): Int32Array {
    this.update(words);
    const starts = this.starts;
    const codes = this.codes;
    let buffer = this.buffer;
    let length = 0;
    for (let i = from; i < from + count; i++) {
      const id = ids[i] as number;
      const end = starts[id + 1] as number;
      for (let k = starts[id] as number; k < end; k++) {
        const code = codes[k] as number;
        if (positive && code < 0) continue;
        if (length === buffer.length) buffer = this.buffer = doubled(buffer);
        buffer[length++] = code;
      }
    }
    return buffer.subarray(0, length);
  }

  /**
   * Where the codes of a word id (once `update` or `stream` has seen it) begin and end, read with
   * `code(k)`: no view is made per word in a hot loop.
   */
  startOf(word: number): number {
    return this.starts[word] as number;
  }

  endOf(word: number): number {
    return this.starts[word + 1] as number;
  }

  code(k: number): number {
    return this.codes[k] as number;
  }

  /** Computes the codes of the words the table met since the last call. */
  update(words: WordTable): void {
    for (; this.known < words.size; this.known++) {
      const start = this.starts[this.known] as number;
      const codes = this.codesOf(this.known);
      while (start + codes.length > this.codes.length) this.codes = doubled(this.codes);
      for (let k = 0; k < codes.length; k++) this.codes[start + k] = codes[k] as number;
      if (this.known + 2 > this.starts.length) this.starts = doubled(this.starts);
      this.starts[this.known + 1] = start + codes.length;
    }
  }
}
