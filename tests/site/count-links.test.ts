import { describe, expect, it } from 'vitest';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { createSite } from '../../src/site/site.ts';
import { byDimension, byDimensionAndTag, convergenceChart, scaleCharts } from '../../src/site/charts.ts';
import { cellFilter, countLink, explorerFilterOf } from '../../src/site/count-links.ts';
import { explorerUrl } from '../../src/site/urls.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const site = createSite(fixtureSynthesis);

/** The explorer's query as a filter, as `readState` reads it. */
function filterOf(href: string): Record<string, string> {
  return Object.fromEntries(new URL(href, 'https://exemple.fr').searchParams);
}

describe('each count of a table links to the verbatims it counts', () => {
  it('names what opens: the number, then the filter’s values in French', () => {
    const filter = cellFilter({ tag: 'broken' }, ['theme', 'saisie-ergonomie'], ['region', '11']);
    const link = countLink(site, 30, filter);
    expect(link?.label).toBe('30 verbatims : Ce qui dysfonctionne, Saisie et ergonomie, Île-de-France');
    expect(link?.href).toBe('/verbatims/?tag=broken&theme=saisie-ergonomie&region=11');
    expect(countLink(site, 1, { theme: 'autres' })?.label).toBe('1 verbatim : Autres');
    expect(countLink(site, 1234, { format: 'distanciel', profile: 'jeune' })?.label).toBe(`1${'\u202f'}234 verbatims : Jeunes, À distance`);
  });

  it('links no zero: there is nothing to open', () => {
    expect(countLink(site, 0, { theme: 'saisie-ergonomie' })).toBeNull();
  });

  it('selects a missing value too (items without a region), as filterItems does', () => {
    expect(explorerUrl({ region: '' })).toBe('/verbatims/?region=');
    expect(countLink(site, 1, { region: '' })?.label).toBe('1 verbatim : Sans région');
  });

  it('leaves the counts of a filter the explorer cannot apply without links', () => {
    expect(explorerFilterOf({ tag: 'needs', region: '11' })).toEqual({ tag: 'needs', region: '11' });
    expect(explorerFilterOf({ tag: ['needs'], theme: [] })).toEqual({ tag: 'needs' });
    expect(explorerFilterOf({ tag: ['needs', 'broken'] })).toBeNull();
    expect(explorerFilterOf({ department: '75' })).toBeNull();
    expect(explorerFilterOf({ session: 'atelier-idf-paris' })).toBeNull();
  });

  it('a chart’s cell links to exactly the items of its bar', () => {
    const spec = byDimensionAndTag(site, 'region', { theme: 'saisie-ergonomie' }, { id: 'r', title: 'R' });
    expect(spec.counted).toEqual({ filter: { theme: 'saisie-ergonomie' }, category: 'region', series: 'tag' });
    for (const [i, category] of spec.categories.entries()) {
      for (const series of spec.series) {
        const count = series.values[i] ?? 0;
        const link = countLink(site, count, cellFilter(spec.counted!.filter, [spec.counted!.category, category.key], ['tag', series.key]));
        if (count === 0) expect(link).toBeNull();
        else expect(filterItems(fixtureSynthesis.items, filterOf(link!.href)).length).toBe(count);
      }
    }
    expect(byDimension(site, 'tag', { region: '75' }, { id: 't', title: 'T' }).counted).toEqual({ filter: { region: '75' }, category: 'tag' });
  });

  it('a score or the answers to a closed question link nowhere', () => {
    expect(convergenceChart(site, 'needs', { id: 'c', title: 'C' }).counted).toBeUndefined();
    expect(scaleCharts(site)[0]?.counted).toBeUndefined();
  });
});
