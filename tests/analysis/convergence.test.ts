import { describe, expect, it } from 'vitest';
import { convergence, jensenShannon, MIN_ITEMS_PER_REGION, themeConsensus } from '../../src/pipeline/analysis/convergence.ts';
import { item, many } from './fixtures.ts';

describe('convergence across regions', () => {
  it('is the geometric mean of (mentions + 1) / (items + 2) over counted regions (hand-computed)', () => {
    const items = [
      ...many(3, { region: 'A', themes: ['x'] }),
      ...many(2, { region: 'A', themes: ['y'] }),
      ...many(1, { region: 'B', themes: ['x', 'y'] }),
      ...many(7, { region: 'B', themes: ['y'] }),
      ...many(4, { region: 'C', themes: ['x'] }), // 4 < 5 items: not counted
      ...many(9, { region: 'A', tag: 'working', themes: ['x'] }), // other tag: ignored
    ];
    const [x, y] = ['x', 'y'].map((theme) => themeConsensus(items.filter((i) => i.tag === 'needs'), 'needs', [theme])[0]);
    // A: 3 of 5 mention x → 4/7; B: 1 of 8 → 2/10.
    expect(x?.consensus).toBeCloseTo(Math.sqrt((4 / 7) * (2 / 10)), 12);
    expect(x?.consensus).toBeCloseTo(0.338062, 6);
    expect(x?.regionsCounted).toBe(2);
    expect(x?.regionsMentioning).toBe(2);
    expect(x?.perRegion).toEqual([
      { region: 'A', mentions: 3, items: 5 },
      { region: 'B', mentions: 1, items: 8 },
    ]);
    // y: A 2/5 → 3/7, B 8/8 → 9/10.
    expect(y?.consensus).toBeCloseTo(Math.sqrt((3 / 7) * (9 / 10)), 12);
    expect(MIN_ITEMS_PER_REGION).toBe(5);
  });

  it('ranks a theme every region mentions above one a single region mentions a lot', () => {
    const items = ['A', 'B', 'C'].flatMap((region) => [
      ...many(3, { region, themes: ['everywhere'] }),
      ...many(7, { region, themes: [region === 'A' ? 'local' : 'filler'] }),
    ]);
    const result = convergence(items, ['everywhere', 'local', 'filler', 'autres']);
    const byTheme = new Map(result.themes.filter((t) => t.tag === 'needs').map((t) => [t.theme, t]));
    // everywhere: (4/12)³ → 1/3; local: 8/12 · 1/12 · 1/12 → 1/6, although A's share (70 %) is the highest.
    expect(byTheme.get('everywhere')?.consensus).toBe(0.3333);
    expect(byTheme.get('local')?.consensus).toBe(0.1667);
    expect(result.themes[0]?.theme).toBe('everywhere');
    expect(result.themes.some((t) => t.theme === 'autres')).toBe(false);
    expect(result.themes.every((t) => t.tag === 'needs')).toBe(true); // no broken items: no broken rows
  });

  it('makes no claim below the minimums', () => {
    const oneRegion = convergence(many(20, { region: 'A', themes: ['x'] }), ['x']);
    expect(oneRegion.themes).toEqual([]);
    expect(oneRegion.overall).toBeNull();
    const smallRegions = convergence([...many(4, { region: 'A', themes: ['x'] }), ...many(4, { region: 'B', themes: ['x'] })], ['x']);
    expect(smallRegions.themes).toEqual([]);
    expect(smallRegions.overall).toBeNull();
    expect(convergence([], ['x']).overall).toBeNull();
  });

  it('gives an overall index of 1 − mean JSD to the national distribution (hand-computed)', () => {
    // A only speaks of x, B only of y: national = (½, ½); JSD((1,0), (½,½)) = 0.311278 bits.
    const items = [...many(5, { region: 'A', themes: ['x'] }), ...many(5, { region: 'B', themes: ['y'] })];
    const result = convergence(items, ['x', 'y']);
    expect(result.regions).toMatchObject([
      { region: 'A', needs: 5, items: 5, similarity: 0.6887 },
      { region: 'B', needs: 5, items: 5, similarity: 0.6887 },
    ]);
    expect(result.overall).toBe(0.6887);
    expect(jensenShannon(Float64Array.of(1, 0), Float64Array.of(0.5, 0.5))).toBeCloseTo(0.311278, 6);
  });

  it('is 1 when every region has the same distribution and splits multi-themed items', () => {
    const items = ['A', 'B', 'C'].flatMap((region) => [...many(2, { region, themes: ['x', 'y'] }), ...many(4, { region, themes: ['x'] })]);
    expect(convergence(items, ['x', 'y']).overall).toBe(1);
    expect(jensenShannon(Float64Array.of(1, 0), Float64Array.of(0, 1))).toBe(1);
  });

  it('leaves out items without a region and `autres`', () => {
    const items = [
      ...many(5, { region: 'A', themes: ['x'] }),
      ...many(5, { region: 'B', themes: ['x'] }),
      ...many(5, { region: 'B', themes: ['autres'] }),
      ...many(9, { region: null, themes: ['y'] }),
      item({ region: 'A', tag: 'broken', themes: ['y'] }),
    ];
    const result = convergence(items, ['x', 'y', 'autres']);
    expect(result.overall).toBe(1);
    expect(result.regions.map((r) => [r.region, r.needs, r.items])).toEqual([['A', 5, 5], ['B', 10, 5]]);
  });

  it('lists a region counted by the consensus but with too few themed needs, with no similarity', () => {
    // C has 10 needs, as many as B, but only 4 with a theme: the consensus counts it, the similarity cannot.
    const items = [
      ...many(5, { region: 'A', themes: ['x'] }),
      ...many(5, { region: 'B', themes: ['y'] }),
      ...many(5, { region: 'B', themes: ['autres'] }),
      ...many(4, { region: 'C', themes: ['x'] }),
      ...many(6, { region: 'C', themes: ['autres'] }),
      ...many(3, { region: 'D', themes: ['x'] }), // 3 needs: counted by neither
    ];
    const result = convergence(items, ['x', 'y', 'autres']);
    expect(result.themes.find((t) => t.theme === 'x')?.regionsCounted).toBe(3);
    expect(result.regions).toMatchObject([
      { region: 'A', needs: 5, items: 5, similarity: 0.6887 },
      { region: 'B', needs: 10, items: 5, similarity: 0.6887 },
      { region: 'C', needs: 10, items: 4, similarity: null },
      { region: 'D', needs: 3, items: 3, similarity: null },
    ]);
    // C and D do not weigh on the national distribution nor on the mean: A and B alone, as above.
    expect(result.overall).toBe(0.6887);
  });

  it('keeps the regions and their counts, without similarity, when fewer than two regions can be compared', () => {
    const items = [...many(6, { region: 'A', themes: ['x'] }), ...many(6, { region: 'B', themes: ['autres'] })];
    const result = convergence(items, ['x', 'autres']);
    expect(result.overall).toBeNull();
    expect(result.regions).toMatchObject([
      { region: 'A', needs: 6, items: 6, similarity: null },
      { region: 'B', needs: 6, items: 0, similarity: null },
    ]);
  });
});
