import { describe, expect, it } from 'vitest';
import { distinctiveThemes, MIN_DISTINCTIVE_COUNT } from '../../src/pipeline/analysis/distinctive.ts';
import { logOdds } from '../../src/pipeline/analysis/log-odds.ts';
import { many } from './fixtures.ts';

function region(code: string, agenda: number, saisie: number, dossier: number) {
  return [
    ...many(agenda, { region: code, themes: ['agenda'] }),
    ...many(saisie, { region: code, themes: ['saisie'] }),
    ...many(dossier, { region: code, themes: ['dossier'] }),
  ];
}

describe('distinctive themes per region', () => {
  it('finds the theme one region clearly over-mentions, and nothing else', () => {
    const items = [region('A', 20, 10, 10), region('B', 4, 16, 20), region('C', 4, 16, 20), region('D', 4, 16, 20)].flat();
    const result = distinctiveThemes(items);
    expect(result).toHaveLength(1);
    const [found] = result;
    expect(found).toMatchObject({ region: 'A', theme: 'agenda', count: 20 });
    // Hand-computed: α0 = 10 × 3 themes = 30, α = 30 × 32/160 = 6;
    // δ = ln(26/44) − ln(18/132) = 1.4663; σ² = 1/26 + 1/18; z = 4.7806.
    expect(found?.logOdds).toBeCloseTo(Math.log(26 / 44) - Math.log(18 / 132), 3);
    expect(found?.zScore).toBeCloseTo((Math.log(26 / 44) - Math.log(18 / 132)) / Math.sqrt(1 / 26 + 1 / 18), 3);
  });

  it('makes no claim under the minimum count, for `autres`, or with a single region', () => {
    expect(MIN_DISTINCTIVE_COUNT).toBe(5);
    const base = [region('B', 10, 10, 10), region('C', 10, 10, 10), region('D', 10, 10, 10)].flat();
    const rare = [...base, ...many(4, { region: 'E', themes: ['rare'] })];
    expect(distinctiveThemes(rare)).toEqual([]);
    const other = [...base, ...many(30, { region: 'E', themes: ['autres'] })];
    expect(distinctiveThemes(other)).toEqual([]);
    expect(distinctiveThemes(region('A', 30, 1, 1))).toEqual([]);
    expect(distinctiveThemes([])).toEqual([]);
  });

  it('keeps at most five per region, highest z first, sorted by region', () => {
    const themes = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];
    const items = [
      ...themes.flatMap((theme, i) => many(10 + i, { region: 'A', themes: [theme] })),
      ...['B', 'C', 'D', 'E'].flatMap((code) => [...many(60, { region: code, themes: ['base'] }), ...themes.flatMap((theme) => many(1, { region: code, themes: [theme] }))]),
    ];
    const result = distinctiveThemes(items);
    expect(result.map((r) => r.region)).toEqual(['A', 'A', 'A', 'A', 'A', 'B', 'C', 'D', 'E']);
    const a = result.filter((r) => r.region === 'A');
    expect(a.map((r) => r.theme)).toEqual(['t7', 't6', 't5', 't4', 't3']);
    expect([...a].sort((x, y) => y.zScore - x.zScore)).toEqual(a);
  });

  it('shrinks rare counts toward the prior (Monroe et al. 2008)', () => {
    const weak = logOdds({ countI: 2, totalI: 10, countJ: 0, totalJ: 100, alpha: 1, alpha0: 30 });
    const strong = logOdds({ countI: 20, totalI: 100, countJ: 0, totalJ: 1000, alpha: 1, alpha0: 30 });
    expect(strong.zScore).toBeGreaterThan(weak.zScore);
  });
});
