/**
 * What a region's similarity would be by chance alone.
 *
 * 1 − JSD between a small sample and the distribution it was drawn from is well below 1: with 16
 * themes, 8 needs drawn at random from the network resemble it at ~68 % on average, 100 needs at
 * ~97 %. A small region then reads as « different » when it is only small (on a uniform synthetic
 * consultation of 1,000 items, every region looked 69–95 % alike, against 98 % at 10,000). So each
 * region is compared with samples of the same size drawn from the network's themed needs (with
 * replacement, each item keeping its own themes, split 1/k as in the similarity): the mean of
 * their similarities is the chance level, and a region departs from the network only when its
 * similarity is below the 5th percentile of the draws. The draws are seeded by the region code, so
 * the same input gives the same bytes.
 */
import { jensenShannon } from './jensen-shannon.ts';

/** The themed needs pooled over the compared regions: item i has theme positions `positions[start[i] … start[i+1])`. */
export interface ThemedPool {
  start: Uint32Array;
  positions: Uint16Array;
}

export interface ChanceLevel {
  /** Mean 1 − JSD of same-size random samples of the pool. */
  mean: number;
  /** 5th percentile of those similarities: below it, a region departs from the network beyond chance. */
  low: number;
}

/** Enough draws for a stable mean and 5th percentile; fewer for big regions, whose draws barely vary. */
export function drawCount(size: number): number {
  return size <= 1_000 ? 200 : Math.max(20, Math.round(200_000 / size));
}

export function chanceLevel(pool: ThemedPool, national: Float64Array, size: number, seed: number): ChanceLevel {
  const pooled = pool.start.length - 1;
  const draws = drawCount(size);
  const similarities = new Float64Array(draws);
  const sample = new Float64Array(national.length);
  // mulberry32 (Tommy Ettinger), inlined: its state in a local stays an unboxed integer, where a
  // closure's state above 2³⁰ is a heap number allocated at every draw (~30× slower at a million items).
  let state = seed | 0;
  for (let d = 0; d < draws; d++) {
    sample.fill(0);
    for (let n = 0; n < size; n++) {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const item = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * pooled);
      const from = pool.start[item] as number;
      const to = pool.start[item + 1] as number;
      for (let k = from; k < to; k++) (sample[pool.positions[k] as number] as number) += 1 / (to - from);
    }
    for (let i = 0; i < sample.length; i++) sample[i] = (sample[i] as number) / size;
    similarities[d] = 1 - jensenShannon(sample, national);
  }
  similarities.sort();
  let sum = 0;
  for (const s of similarities) sum += s;
  return { mean: sum / draws, low: similarities[Math.floor(0.05 * draws)] as number };
}

/** A region code as a 32-bit seed (FNV-1a). */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
