import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { TAGS } from '../../src/pipeline/model.ts';
import { createSite } from '../../src/site/site.ts';
import { byDimension, byDimensionAndTag, categoryTotal, clientPayload, convergenceChart, readingOrder, scaleCharts } from '../../src/site/charts.ts';
import { motifNote } from '../../src/site/chart-text.ts';
import { heatLevel, heatmap, HEAT_LEVELS } from '../../src/site/heatmap.ts';
import { legendBuckets, regionTiles, TILES } from '../../src/site/map.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const site = createSite(fixtureSynthesis);
const items = fixtureSynthesis.items;

describe('charts read the same counts as the verbatim lists', () => {
  it('themes × tags: every bar equals filterItems(theme, tag)', () => {
    const spec = byDimensionAndTag(site, 'theme', {}, { id: 'x', title: 'X' });
    expect(spec.categories.map((c) => c.key)).toEqual(['saisie-ergonomie', 'lenteurs-disponibilite', 'pilotage-statistiques', 'communication-jeunes', 'autres']);
    for (const [i, category] of spec.categories.entries()) {
      for (const series of spec.series) {
        expect(series.values[i]).toBe(filterItems(items, { theme: category.key, tag: series.key }).length);
      }
      expect(categoryTotal(spec, i)).toBe(filterItems(items, { theme: category.key }).length);
    }
  });

  it('regions × tags within a theme, sorted by total, with region links', () => {
    const spec = byDimensionAndTag(site, 'region', { theme: 'saisie-ergonomie' }, { id: 'r', title: 'R', sortByTotal: true });
    expect(spec.categories[0]).toEqual({ key: '11', label: 'Île-de-France', href: '/regions/ile-de-france/' });
    for (const [i, category] of spec.categories.entries()) {
      for (const series of spec.series) {
        expect(series.values[i]).toBe(filterItems(items, { theme: 'saisie-ergonomie', region: category.key, tag: series.key }).length);
      }
    }
  });

  it('drops tags absent from the selection but keeps each tag its colour', () => {
    const spec = byDimensionAndTag(site, 'theme', { tag: 'broken' }, { id: 'b', title: 'B' });
    expect(spec.series.map((s) => s.key)).toEqual(['broken']);
    expect(spec.seriesColours).toEqual([TAGS.indexOf('broken')]);
  });

  it('describes the chart drawn: the tags left after filtering and the filters applied', () => {
    const all = byDimensionAndTag(site, 'theme', {}, { id: 'a', title: 'A' });
    expect(all.summary).toBe(
      "Barres empilées : nombre d’éléments par thème, répartis entre ce qui fonctionne, ce qui dysfonctionne et les besoins et attentes. Les valeurs exactes sont dans le tableau de données.",
    );
    const broken = byDimensionAndTag(site, 'theme', { tag: 'broken' }, { id: 'b', title: 'B' });
    expect(broken.summary).toBe(
      "Barres : nombre d’éléments par thème, tous étiquetés « Ce qui dysfonctionne ». Les valeurs exactes sont dans le tableau de données.",
    );
    expect(broken.summary).not.toMatch(/empilées|répartis|fonctionne,/);
    const inRegion = byDimensionAndTag(site, 'theme', { region: '11', profile: 'jeune' }, { id: 'r', title: 'R' });
    expect(inRegion.summary).toMatch(/^Barres empilées : nombre d’éléments par thème \(sélection : région Île-de-France, profil « Jeunes »\), répartis entre /);
    const needs = byDimension(site, 'theme', { tag: 'needs' }, { id: 'n', title: 'N' });
    expect(needs.summary).toBe("Barres : nombre d’éléments par thème (sélection : étiquette « Besoins et attentes »). Les valeurs exactes sont dans le tableau de données.");
  });

  it('names the motif of each series drawn, and only those', () => {
    const two = { series: [{ label: 'Fonctionne' }, { label: 'Besoins' }], looks: [TAGS.indexOf('working'), TAGS.indexOf('needs')] };
    expect(motifNote(two.series, two.looks)).toBe('Chaque série a sa couleur et son motif (Fonctionne : uni ; Besoins : points) ; les valeurs exactes sont dans le tableau.');
    const all = byDimensionAndTag(site, 'theme', {}, { id: 'a', title: 'A' });
    expect(motifNote(all.series, all.seriesColours)).toContain('(Fonctionne : uni ; Dysfonctionne : hachures ; Besoins : points)');
  });

  it('one bar per tag, zeros included, in the canonical order', () => {
    const spec = byDimension(site, 'tag', { theme: 'lenteurs-disponibilite' }, { id: 't', title: 'T' });
    expect(spec.categories.map((c) => c.key)).toEqual(['working', 'broken', 'needs']);
    expect(spec.series[0]?.values).toEqual([0, 2, 0]);
    expect(spec.categoryColours).toEqual([0, 1, 2]);
  });

  it('other dimensions from the most frequent, with a limit', () => {
    const spec = byDimension(site, 'theme', {}, { id: 'th', title: 'Th', limit: 2 });
    // Ties (3 items each) are broken by weight: pilotage (7 votes) before communication (5).
    expect(spec.categories.map((c) => c.key)).toEqual(['saisie-ergonomie', 'pilotage-statistiques']);
    expect(spec.series[0]?.values).toEqual([6, 3]);
  });

  it('convergence and survey scales', () => {
    const conv = convergenceChart(site, 'needs', { id: 'c', title: 'C' });
    expect(conv.unit).toBe('percent');
    expect(conv.series[0]?.values).toEqual([0.41, 0.3]);
    expect(conv.extraColumns?.[0]?.values).toEqual(['2 sur 3', '1 sur 3']);
    // The denominator counts only the regions with enough items of the tag, not all of them.
    expect(conv.extraColumns?.[0]?.label).toBe("Régions qui l’évoquent, parmi les régions qui comptent au moins 1 besoin");
    const [scale] = scaleCharts(site);
    expect(scale?.categories.map((c) => c.label)).toEqual(['1', '2', '3', '4', '5', 'Sans réponse']);
    expect(scale?.series[0]?.values).toEqual([3, 5, 8, 4, 1, 2]);
  });

  it('sends the client only what it draws, as JSON', () => {
    const spec = byDimensionAndTag(site, 'theme', {}, { id: 'x', title: 'X' });
    const payload = JSON.parse(clientPayload(spec)) as { labels: string[]; series: Array<{ values: number[] }> };
    expect(payload.labels).toEqual(spec.categories.map((c) => c.label));
    expect(payload.series.map((s) => s.values)).toEqual(spec.series.map((s) => s.values));
  });

  it('orders regions by name and themes as the taxonomy', () => {
    expect(readingOrder(site, 'region', ['75', '11', '32'])).toEqual(['32', '11', '75']);
    expect(readingOrder(site, 'theme', ['autres', 'communication-jeunes', 'saisie-ergonomie'])).toEqual(['saisie-ergonomie', 'communication-jeunes', 'autres']);
  });
});

describe('heatmap and map', () => {
  it('heat levels: 0 for empty cells, the maximum at the top level', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(10, 10)).toBe(HEAT_LEVELS);
  });

  it('the legend buckets partition 1…max and agree with heatLevel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), (max) => {
        const buckets = legendBuckets(max);
        let next = 1;
        for (const bucket of buckets) {
          expect(bucket.from).toBe(next);
          for (const v of [bucket.from, bucket.to]) expect(heatLevel(v, max)).toBe(bucket.level);
          next = bucket.to + 1;
        }
        expect(next - 1).toBe(max);
      }),
    );
  });

  it('a regions × themes table counts like filterItems', () => {
    const map = heatmap(site, 'theme', 'region', {}, { id: 'h', title: 'H', rowLabel: 'Thème' });
    for (const [r, row] of map.rows.entries()) {
      for (const [c, column] of map.columns.entries()) {
        expect(map.values[r]?.[c]).toBe(filterItems(items, { theme: row.key, region: column.key }).length);
      }
    }
    expect(map.columns.at(-1)?.label).toBe('Sans région');
  });

  it('has the 18 regions once each, on distinct tiles', () => {
    expect(new Set(TILES.map((t) => t.code)).size).toBe(18);
    const places = TILES.map((t) => `${t.x},${t.y}`);
    expect(new Set(places).size).toBe(18);
  });

  it('links only the regions of the consultation, with their counts', () => {
    const { tiles, max } = regionTiles(site);
    const idf = tiles.find((t) => t.code === '11');
    expect(idf).toMatchObject({ count: 6, level: HEAT_LEVELS, href: '/regions/ile-de-france/' });
    expect(max).toBe(6);
    expect(tiles.find((t) => t.code === '53')).toMatchObject({ count: 0, href: null, name: 'Bretagne' });
  });

  it('scales the shades on the regions alone: items without a region have no tile', () => {
    const unplaced = items.find((item) => item.region === null);
    expect(unplaced).toBeDefined();
    const many = Array.from({ length: 40 }, (_, i) => ({ ...(unplaced as (typeof items)[number]), id: `sans-region-${i}` }));
    const { tiles, max } = regionTiles(createSite({ ...fixtureSynthesis, items: [...items, ...many] }));
    expect(max).toBe(6);
    expect(tiles.find((t) => t.code === '11')?.level).toBe(HEAT_LEVELS);
  });
});
