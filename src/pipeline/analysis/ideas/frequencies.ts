/**
 * Counts of 32-bit values in an open-addressing table of typed arrays, emptied in O(1) by a
 * generation number: the biggest ideas have thousands of members, and a Map of boxed numbers per
 * idea was hundreds of MB of garbage at a million statements.
 */
import { mix32, tableSize } from './hash.ts';

/** Counts of 32-bit values; a slot is in use only if stamped with the current generation. */
export class Frequencies {
  private keys = new Uint32Array(16);
  private counts = new Int32Array(16);
  private stamps = new Uint32Array(16);
  private generation = 0;
  private mask = 15;

  /**
   * Empties the table, made big enough for `capacity` distinct values. Only the first slots it
   * needs are used: after one big idea, probing the whole table for each small one was a cache
   * miss per value (a hundred thousand small groups at a million statements).
   */
  reset(capacity: number): void {
    const size = tableSize(capacity);
    if (size > this.keys.length) {
      this.keys = new Uint32Array(size);
      this.counts = new Int32Array(size);
      this.stamps = new Uint32Array(size);
      this.generation = 0;
    }
    this.mask = size - 1;
    this.generation++;
  }

  /** Counts one more `value`; returns its count. */
  add(value: number): number {
    const slot = this.slot(value);
    if (this.stamps[slot] !== this.generation) {
      this.stamps[slot] = this.generation;
      this.keys[slot] = value;
      this.counts[slot] = 0;
    }
    return (this.counts[slot] = (this.counts[slot] as number) + 1);
  }

  get(value: number): number {
    const slot = this.slot(value);
    return this.stamps[slot] === this.generation ? (this.counts[slot] as number) : 0;
  }

  private slot(value: number): number {
    let slot = mix32(value) & this.mask;
    while (this.stamps[slot] === this.generation && this.keys[slot] !== value) slot = (slot + 1) & this.mask;
    return slot;
  }
}
