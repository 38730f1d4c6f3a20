import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import type { Dimension } from '../../src/pipeline/synthesis-model.ts';
import { countBy, DIMENSIONS, filterItems, type ItemFilter } from '../../src/pipeline/analysis/count-by.ts';
import { buildCounts } from '../../src/pipeline/analysis/counts.ts';
import { item } from './fixtures.ts';

const arbitraryItem = fc
  .record({
    tag: fc.constantFrom('working', 'broken', 'needs' as const),
    themes: fc.uniqueArray(fc.constantFrom('saisie', 'agenda', 'autres', 'pilotage', 'dossier'), { minLength: 1, maxLength: 3 }),
    region: fc.option(fc.constantFrom('11', '84', '93', '75'), { nil: null }),
    department: fc.option(fc.constantFrom('75', '69', '13'), { nil: null }),
    profile: fc.option(fc.constantFrom('conseiller', 'jeune', 'direction'), { nil: null }),
    format: fc.constantFrom('presentiel', 'distanciel', 'hybride', 'enquete' as const),
    sessionId: fc.constantFrom('s1', 's2', 's3'),
    weight: fc.integer({ min: 1, max: 20 }),
  })
  .map((init) => item(init));

const dimensionList = fc.uniqueArray(fc.constantFrom(...DIMENSIONS), { minLength: 1, maxLength: 3 });

describe('countBy and filterItems', () => {
  it('every count equals the items a filter on its keys lists (the chart = verbatims invariant)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 60 }), dimensionList, (items, dims) => {
        for (const row of countBy(items, dims)) {
          const filter: ItemFilter = {};
          dims.forEach((dim, i) => (filter[dim] = row.keys[i] as string));
          const listed = filterItems(items, filter);
          expect(listed.length).toBe(row.items);
          expect(listed.reduce((n, i) => n + i.weight, 0)).toBe(row.weight);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds for every row of the published byThemeTag', () => {
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 80 }), (items) => {
        const counts = buildCounts(items);
        for (const row of counts.byThemeTag) {
          expect(filterItems(items, { theme: row.keys[0] as string, tag: row.keys[1] as string }).length).toBe(row.items);
        }
        // Single-valued dimensions partition the items; themes count an item once per theme.
        const sum = (rows: typeof counts.byTag) => rows.reduce((n, r) => n + r.items, 0);
        expect(sum(counts.byTag)).toBe(items.length);
        expect(sum(counts.byRegion)).toBe(items.length);
        expect(sum(counts.byTheme)).toBe(items.reduce((n, i) => n + new Set(i.themes).size, 0));
        expect(counts.total).toEqual({ items: items.length, weight: items.reduce((n, i) => n + i.weight, 0) });
      }),
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(fc.array(arbitraryItem, { maxLength: 40 }), dimensionList, fc.nat(), (items, dims, seed) => {
        const shuffled = [...items].sort((a, b) => ((a.id.charCodeAt(5) * (seed + 7)) % 13) - ((b.id.charCodeAt(5) * (seed + 7)) % 13));
        expect(countBy(shuffled, dims)).toEqual(countBy(items, dims));
      }),
    );
  });

  it('counts a multi-themed item once in each theme, and a repeated theme once', () => {
    const items = [item({ themes: ['a', 'b'] }), item({ themes: ['a', 'a'] })];
    expect(countBy(items, ['theme'])).toEqual([
      { keys: ['a'], items: 2, weight: 2 },
      { keys: ['b'], items: 1, weight: 1 },
    ]);
  });

  it('sorts keys canonically: tags in their order, `autres` and missing values last', () => {
    const items = [
      item({ tag: 'needs', themes: ['autres'], region: null }),
      item({ tag: 'working', themes: ['zeta'], region: '84' }),
      item({ tag: 'broken', themes: ['alpha'], region: '11' }),
    ];
    expect(countBy(items, ['tag']).map((r) => r.keys[0])).toEqual(['working', 'broken', 'needs']);
    expect(countBy(items, ['theme']).map((r) => r.keys[0])).toEqual(['alpha', 'zeta', 'autres']);
    expect(countBy(items, ['region']).map((r) => r.keys[0])).toEqual(['11', '84', '']);
  });

  it('weights by dot-votes', () => {
    const items = [item({ tag: 'needs', weight: 12 }), item({ tag: 'needs', weight: 1 }), item({ tag: 'broken', weight: 3 })];
    expect(countBy(items, ['tag'])).toEqual([
      { keys: ['broken'], items: 1, weight: 3 },
      { keys: ['needs'], items: 2, weight: 13 },
    ]);
  });

  it('filters on lists, on missing values with "", and treats an empty list as no constraint', () => {
    const items: FeedbackItem[] = [item({ region: '11' }), item({ region: '84' }), item({ region: null })];
    expect(filterItems(items, { region: ['11', '84'] })).toHaveLength(2);
    expect(filterItems(items, { region: '' })).toEqual([items[2]]);
    expect(filterItems(items, { region: [] })).toHaveLength(3);
    expect(filterItems(items, { session: 's-11', region: '84' })).toHaveLength(0);
    const dims: Dimension[] = ['session'];
    expect(countBy(items, dims).map((r) => r.keys[0])).toEqual(['s-11', 's-84', 's-x']);
  });
});
