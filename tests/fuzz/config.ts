/**
 * Run counts and seed of the property tests. CI runs the base counts with a fixed seed (same cases
 * every run, so a failure is reproducible); `scripts/fuzz-nightly.ts` multiplies the counts
 * (`LIVRE_BLANC_FUZZ_FACTOR`, 50 by default there) and may change the seed (`LIVRE_BLANC_FUZZ_SEED`).
 */
const factor = Number(process.env.LIVRE_BLANC_FUZZ_FACTOR ?? '1');
export const FUZZ_FACTOR = Number.isFinite(factor) && factor > 0 ? factor : 1;
export const FUZZ_SEED = Number(process.env.LIVRE_BLANC_FUZZ_SEED ?? '20261001');

/** fast-check parameters for a property that runs `base` cases in CI. */
export function fuzzParameters(base: number): { numRuns: number; seed: number; endOnFailure: boolean } {
  return { numRuns: Math.max(1, Math.round(base * FUZZ_FACTOR)), seed: FUZZ_SEED, endOnFailure: false };
}

/** Vitest timeout for a property whose CI run takes about `milliseconds`, with room for a slow machine. */
export function fuzzTimeout(milliseconds: number): number {
  return Math.max(30_000, milliseconds * FUZZ_FACTOR * 4);
}
