import { describe, expect, it } from 'vitest';
import { countBy, filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { FACETS_FILE, type FacetTable } from '../../src/search/format.ts';
import { applySelection, facetCounts, readState, selectionLabel, toggle, writeState } from '../../src/search/selection.ts';
import { expandFacets } from '../../src/search/store.ts';
import { generateItems } from '../../scripts/generate-consultation.ts';
import { testContext } from './fixtures.ts';

const items = generateItems(2500, { seed: 21 });
const { files, manifest } = buildSearchIndex(items, testContext(items));
const facetItems = expandFacets(JSON.parse(files.get(FACETS_FILE) ?? '{}') as FacetTable, manifest);

describe('facet selections', () => {
  it('reads the explorer links of the site and ignores unknown values', () => {
    const state = readState('?theme=saisie-ergonomie&tag=broken&region=53&region=zz&format=<script>&page=3', manifest);
    expect(state).toEqual({ query: '', selection: { tag: ['broken'], theme: ['saisie-ergonomie'], region: ['53'] }, page: 3 });
    expect(writeState(state)).toBe('?tag=broken&theme=saisie-ergonomie&region=53&page=3');
    expect(readState(writeState(state), manifest)).toEqual(state);
    expect(writeState({ query: ' ', selection: {}, page: 1 })).toBe('');
  });

  it('counts each facet value like the charts (filterItems/countBy on the items)', () => {
    const selection = { theme: ['saisie-ergonomie'] };
    const counts = facetCounts(facetItems, selection);
    for (const row of countBy(filterItems(items, { theme: 'saisie-ergonomie' }), ['tag'])) {
      expect(counts.tag.get(row.keys[0] ?? '')).toBe(row.items);
    }
    // Ticking a theme leaves the other themes' counts (disjunctive facets).
    expect(counts.theme).toEqual(new Map(countBy(items, ['theme']).map((row) => [row.keys[0], row.items])));
    const both = toggle(toggle(selection, 'tag', 'broken', true), 'region', '53', true);
    expect(applySelection(facetItems, both)).toHaveLength(filterItems(items, { theme: 'saisie-ergonomie', tag: 'broken', region: '53' }).length);
    expect(toggle(both, 'region', '53', false)).toEqual({ theme: ['saisie-ergonomie'], tag: ['broken'] });
  });
});

describe('filters on values no item has', () => {
  const few = generateItems(40, { seed: 3 }).map((item) => ({ ...item, region: item.region === '76' ? '11' : item.region }));
  const index = buildSearchIndex(few, { ...testContext(few), knownValues: { region: ['76'], theme: ['theme-sans-element'] } });
  const known = index.manifest;
  const knownItems = expandFacets(JSON.parse(index.files.get(FACETS_FILE) ?? '{}') as FacetTable, known);

  it('keeps a known region or theme without items in the manifest, so that a link to it is applied, not dropped', () => {
    expect(known.facets.region.map(([value]) => value)).toContain('76');
    expect(readState('?region=76', known).selection).toEqual({ region: ['76'] });
    expect(readState('?theme=theme-sans-element', known).selection).toEqual({ theme: ['theme-sans-element'] });
    expect(applySelection(knownItems, { region: ['76'] })).toEqual([]);
    expect(knownItems).toHaveLength(few.length);
    // Without it, the filter was dropped and every item listed.
    const plain = buildSearchIndex(few, testContext(few)).manifest;
    expect(readState('?region=76', plain).selection).toEqual({});
  });

  it('names the applied filters in French for an empty list', () => {
    const state = readState('?region=76&tag=working&tag=needs', known);
    expect(selectionLabel(state.selection, known)).toBe('tag:working ou tag:needs, région:76');
  });
});
