import { describe, expect, it } from 'vitest';
import { countBy, filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { FACETS_FILE, type FacetTable } from '../../src/search/format.ts';
import { applySelection, facetCounts, ignoredLabel, readState, resolveValue, selectionLabel, toggle, unknownLabel, writeState } from '../../src/search/selection.ts';
import { expandFacets } from '../../src/search/store.ts';
import { generateItems } from '../../scripts/generate-consultation.ts';
import { testContext } from './fixtures.ts';

const items = generateItems(2500, { seed: 21 });
const { files, manifest } = buildSearchIndex(items, testContext(items));
const facetItems = expandFacets(JSON.parse(files.get(FACETS_FILE) ?? '{}') as FacetTable, manifest);

describe('facet selections', () => {
  it('reads the explorer links of the site and names unknown values instead of applying them', () => {
    const state = readState('?theme=saisie-ergonomie&tag=broken&region=53&region=zz&format=<script>&page=3', manifest);
    expect(state).toEqual({
      query: '',
      selection: { tag: ['broken'], theme: ['saisie-ergonomie'], region: ['53'] },
      page: 3,
      unknown: [
        { dimension: 'region', value: 'zz' },
        { dimension: 'format', value: '<script>' },
      ],
    });
    expect(unknownLabel(state.unknown ?? [])).toBe('Région inconnue : zz. Format inconnu : <script>.');
    expect(writeState(state)).toBe('?tag=broken&theme=saisie-ergonomie&region=53&page=3');
    const { unknown: _dropped, ...known } = state;
    expect(readState(writeState(state), manifest)).toEqual(known);
    expect(writeState({ query: ' ', selection: {}, page: 1 })).toBe('');
  });

  it('says on the search page which values of the address it searches without', () => {
    const one = readState('?q=saisie&region=atlantide', manifest);
    expect(ignoredLabel(one.unknown ?? [])).toBe('Région inconnue : atlantide. Ce filtre est ignoré.');
    const two = readState('?region=atlantide&tag=foo&theme=saisie-ergonomie', manifest);
    expect(ignoredLabel(two.unknown ?? [])).toBe('Étiquette inconnue : foo. Région inconnue : atlantide. Ces filtres sont ignorés.');
    expect(two.selection).toEqual({ theme: ['saisie-ergonomie'] });
    expect(ignoredLabel(readState('?region=53', manifest).unknown ?? [])).toBe('');
  });

  it('accepts a region by its code, its name or its page slug, and a theme by its id or its label', () => {
    const named = {
      ...manifest,
      facets: {
        ...manifest.facets,
        region: [['53', 'Bretagne'], ['11', 'Île-de-France'], ['', 'Sans région']] as Array<[string, string]>,
        theme: [['saisie-ergonomie', 'Saisie et ergonomie']] as Array<[string, string]>,
      },
    };
    for (const written of ['53', 'bretagne', 'Bretagne', 'BRETAGNE']) expect(readState(`?region=${written}`, named).selection).toEqual({ region: ['53'] });
    for (const written of ['ile-de-france', 'Île-de-France', 'ile de france']) expect(resolveValue(named, 'region', written)).toBe('11');
    expect(readState('?theme=Saisie%20et%20ergonomie', named).selection).toEqual({ theme: ['saisie-ergonomie'] });
    expect(readState('?theme=saisie-ergonomie', named).selection).toEqual({ theme: ['saisie-ergonomie'] });
    const wrong = readState('?region=bretagn', named);
    expect(wrong.selection).toEqual({});
    expect(unknownLabel(wrong.unknown ?? [])).toBe('Région inconnue : bretagn.');
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
