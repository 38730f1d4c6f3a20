import { describe, expect, it } from 'vitest';
import { chanceLevel, drawCount, seedOf, type ThemedPool } from '../../src/pipeline/analysis/chance-similarity.ts';
import { convergence } from '../../src/pipeline/analysis/convergence.ts';
import { many } from './fixtures.ts';

const THEMES = Array.from({ length: 16 }, (_, i) => `t${i}`);

/** A pool of one-theme items, `counts[i]` of theme i. */
function poolOf(counts: readonly number[]): ThemedPool {
  const total = counts.reduce((a, b) => a + b, 0);
  const positions = new Uint16Array(total);
  let at = 0;
  counts.forEach((count, theme) => positions.fill(theme, at, (at += count)));
  return { start: Uint32Array.from({ length: total + 1 }, (_, i) => i), positions };
}

describe('similarity by chance', () => {
  it('is far below 1 for a small sample of the very distribution it is compared with, and near 1 for a large one', () => {
    const pool = poolOf(THEMES.map(() => 10));
    const national = new Float64Array(16).fill(1 / 16);
    const small = chanceLevel(pool, national, 8, 1);
    const large = chanceLevel(pool, national, 400, 1);
    // Small deviations: E[JSD] ≈ (K − 1) / (8 n ln 2) bits — 0.68 at n = 400 is ~0.993; 8 draws from 16 themes are much further.
    expect(large.mean).toBeCloseTo(1 - 15 / (8 * 400 * Math.LN2), 2);
    expect(small.mean).toBeLessThan(0.75);
    expect(small.mean).toBeGreaterThan(0.4);
    expect(small.low).toBeLessThan(small.mean);
  });

  it('gives the same figures for the same seed, and other draws for another', () => {
    const pool = poolOf([30, 20, 10, 5, 5]);
    const national = Float64Array.from([30, 20, 10, 5, 5], (c) => c / 70);
    expect(chanceLevel(pool, national, 12, seedOf('84'))).toEqual(chanceLevel(pool, national, 12, seedOf('84')));
    expect(chanceLevel(pool, national, 12, seedOf('84')).mean).not.toBe(chanceLevel(pool, national, 12, seedOf('93')).mean);
  });

  it('splits an item with several themes as the similarity does', () => {
    // Every item speaks of both themes: every draw is exactly the national (½, ½) distribution.
    const pool: ThemedPool = { start: Uint32Array.of(0, 2, 4), positions: Uint16Array.of(0, 1, 0, 1) };
    expect(chanceLevel(pool, Float64Array.of(0.5, 0.5), 5, 7)).toEqual({ mean: 1, low: 1 });
  });

  it('draws fewer times for big regions, never fewer than 20', () => {
    expect(drawCount(8)).toBe(200);
    expect(drawCount(1_000)).toBe(200);
    expect(drawCount(10_000)).toBe(20);
    expect(drawCount(50_000)).toBe(20);
    expect(drawCount(2_000)).toBe(100);
  });
});

describe('regions beyond chance', () => {
  it('is calibrated: regions drawn from the same mix score their chance level, and about 5 % of them are singled out', () => {
    // Sixty regions of 8 needs, each need on one of four themes at random (a fixed LCG: the same test every run).
    let state = 12345;
    const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
    const regions = Array.from({ length: 60 }, (_, r) => `R${String(r).padStart(2, '0')}`);
    const alike = regions.flatMap((region) => Array.from({ length: 8 }, () => many(1, { region, themes: [THEMES[Math.floor(random() * 4)] as string] })).flat());
    const result = convergence(alike, THEMES);
    const compared = result.regions.filter((r) => r.similarity !== null);
    expect(compared).toHaveLength(60);
    // Every one of them is far from 100 %, by chance alone; the chance level says so.
    expect(result.overall).toBeLessThan(0.95);
    expect(Math.abs((result.overall ?? 0) - (result.overallChance ?? 0))).toBeLessThan(0.03);
    const singledOut = compared.filter((r) => r.beyondChance).length;
    expect(singledOut).toBeLessThanOrEqual(8);
  });

  it('singles out a region that speaks of what the others never mention', () => {
    const alike = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].flatMap((region) => ['t0', 't1', 't2', 't3'].flatMap((theme) => many(2, { region, themes: [theme] })));
    const result = convergence([...alike, ...many(10, { region: 'Z', themes: ['t9'] })], THEMES);
    const byRegion = new Map(result.regions.map((r) => [r.region, r]));
    expect(byRegion.get('Z')?.beyondChance).toBe(true);
    expect(byRegion.get('Z')?.similarity).toBeLessThan(byRegion.get('Z')?.chance ?? 0);
    expect(byRegion.get('A')?.beyondChance).toBe(false);
    expect(result.overallChance).toBe(
      Math.round((result.regions.reduce((sum, r) => sum + (r.chance ?? 0), 0) / result.regions.length) * 1e4) / 1e4,
    );
  });

  it('has no chance level where there is no similarity', () => {
    const result = convergence([...many(6, { region: 'A', themes: ['t0'] }), ...many(4, { region: 'B', themes: ['t1'] })], THEMES);
    expect(result.regions.map((r) => [r.region, r.chance, r.beyondChance])).toEqual([
      ['A', null, null],
      ['B', null, null],
    ]);
    expect(result.overallChance).toBeNull();
  });
});
