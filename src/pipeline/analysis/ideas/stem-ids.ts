/** Dense ids for the stems the strong ideas' second step meets (merge.ts). */
import { mix32 } from './hash.ts';

/**
 * Dense ids 0, 1, 2… for 32-bit stems, in an open-addressing table of typed arrays that doubles as
 * it fills: sized by the stems met (thousands), not the entries (a million), it stays in cache.
 */
export class StemIds {
  private keys = new Uint32Array(1024);
  private ids = new Int32Array(1024).fill(-1);
  private mask = 1023;
  private size = 0;

  /** The stem's id; a new one when `add` and the stem is new, else −1 for a stem never added. */
  idOf(stem: number, add: boolean): number {
    let slot = mix32(stem) & this.mask;
    while (this.ids[slot] !== -1 && this.keys[slot] !== stem) slot = (slot + 1) & this.mask;
    if (this.ids[slot] !== -1 || !add) return this.ids[slot] as number;
    this.keys[slot] = stem;
    this.ids[slot] = this.size;
    if (2 * ++this.size > this.mask) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    this.mask = this.keys.length - 1;
    for (let old = 0; old < keys.length; old++) {
      if (ids[old] === -1) continue;
      let slot = mix32(keys[old] as number) & this.mask;
      while (this.ids[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[old] as number;
      this.ids[slot] = ids[old] as number;
    }
  }
}
