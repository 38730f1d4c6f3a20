/** A map tile leads to what its number counts: the region's page unfiltered, the explorer on a filtered map. */
import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/site/site.ts';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { regionTiles } from '../../src/site/map.ts';
import { explorerUrl } from '../../src/site/urls.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const site = createSite(fixtureSynthesis);

describe('regionTiles links', () => {
  it('links an unfiltered tile to the region page, whose total is the tile’s', () => {
    const idf = regionTiles(site).tiles.find((t) => t.code === '11');
    expect(idf).toMatchObject({ count: 6, href: '/regions/ile-de-france/', page: '/regions/ile-de-france/', present: true });
    expect(filterItems(fixtureSynthesis.items, { region: '11' })).toHaveLength(6);
  });

  it('links a tile of the needs’ map to the explorer on the region and the tag, not to the page counting every tag', () => {
    const idf = regionTiles(site, { tag: 'needs' }).tiles.find((t) => t.code === '11');
    expect(idf?.count).toBe(3);
    expect(idf?.href).toBe(explorerUrl({ tag: 'needs', region: '11' }));
    expect(idf?.page).toBe('/regions/ile-de-france/');
    expect(idf?.label.replace(/\s/g, ' ')).toBe('3 verbatims : Besoins et attentes, Île-de-France');
    expect(filterItems(fixtureSynthesis.items, { tag: 'needs', region: '11' })).toHaveLength(3);
  });

  it('gives a zero of a present region no link, and an absent region neither link nor count', () => {
    const { tiles } = regionTiles(site, { tag: 'needs', theme: 'communication-jeunes' });
    expect(tiles.find((t) => t.code === '11')).toMatchObject({ count: 0, present: true, href: null });
    expect(tiles.find((t) => t.code === '75')).toMatchObject({ count: 1, href: explorerUrl({ tag: 'needs', theme: 'communication-jeunes', region: '75' }) });
    expect(tiles.find((t) => t.code === '53')).toMatchObject({ present: false, href: null, page: null });
  });
});
