/** What a stem tells and its bit in a 32-bit mask, for the strong ideas' second step (merge.ts). */
import { mix32 } from './hash.ts';
import type { ShingleStore } from './shingles.ts';

/**
 * How much a stem tells, log(statements / statements holding it): « pôle emploi » or « manque »,
 * written by thousands, tell less than « rappel » or « SMS ». Counted in a fixed table of 2²⁰
 * counters: a collision can only overcount, so a stem at worst weighs less.
 */
export function stemWeights(store: ShingleStore): (stem: number) => number {
  const mask = (1 << 20) - 1;
  const counts = new Uint32Array(mask + 1);
  const { unigrams } = store;
  for (let i = 0; i < unigrams.length; i++) {
    const slot = mix32(unigrams[i] as number) & mask;
    counts[slot] = (counts[slot] as number) + 1;
  }
  const statements = store.uniStart.length - 1;
  return (stem) => Math.log(statements / Math.max(1, counts[mix32(stem) & mask] as number));
}

/** A stem's bit among 32. */
export function stemBit(stem: number): number {
  return 1 << (mix32(stem) & 31);
}
