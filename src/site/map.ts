/**
 * A schematic tile map of France's 18 regions (13 metropolitan + 5 overseas): one square per region,
 * placed roughly where the region lies. Honest about being schematic (areas are not drawn to scale),
 * it keeps every region equally visible and clickable, overseas included.
 */
import { countBy, filterItems, type ItemFilter } from '../pipeline/analysis/count-by.ts';
import { HEAT_LEVELS, heatLevel } from './heatmap.ts';
import type { Site } from './site.ts';
import { regionUrl } from './urls.ts';
import { cellFilter, countLink, explorerFilterOf } from './count-links.ts';
import { plural } from './format.ts';

export interface Tile {
  code: string;
  /** Official name, used when the region is absent from the consultation. */
  name: string;
  /** Short label written on the tile. */
  short: string;
  /** Column and row on the grid (may be fractional). */
  x: number;
  y: number;
}

/** INSEE region codes and their place on the grid. */
export const TILES: readonly Tile[] = [
  { code: '32', name: 'Hauts-de-France', short: 'HDF', x: 2, y: 0 },
  { code: '53', name: 'Bretagne', short: 'BRE', x: 0, y: 1 },
  { code: '28', name: 'Normandie', short: 'NOR', x: 1, y: 1 },
  { code: '11', name: 'Île-de-France', short: 'IDF', x: 2, y: 1 },
  { code: '44', name: 'Grand Est', short: 'GES', x: 3, y: 1 },
  { code: '52', name: 'Pays de la Loire', short: 'PDL', x: 1, y: 2 },
  { code: '24', name: 'Centre-Val de Loire', short: 'CVL', x: 2, y: 2 },
  { code: '27', name: 'Bourgogne-Franche-Comté', short: 'BFC', x: 3, y: 2 },
  { code: '75', name: 'Nouvelle-Aquitaine', short: 'NAQ', x: 1, y: 3 },
  { code: '84', name: 'Auvergne-Rhône-Alpes', short: 'ARA', x: 2, y: 3 },
  { code: '93', name: "Provence-Alpes-Côte d'Azur", short: 'PACA', x: 3, y: 3 },
  { code: '76', name: 'Occitanie', short: 'OCC', x: 1.5, y: 4 },
  { code: '94', name: 'Corse', short: 'COR', x: 4, y: 4 },
  { code: '01', name: 'Guadeloupe', short: 'GUA', x: 0, y: 5.4 },
  { code: '02', name: 'Martinique', short: 'MAR', x: 1, y: 5.4 },
  { code: '03', name: 'Guyane', short: 'GUY', x: 2, y: 5.4 },
  { code: '04', name: 'La Réunion', short: 'REU', x: 3, y: 5.4 },
  { code: '06', name: 'Mayotte', short: 'MAY', x: 4, y: 5.4 },
];

export interface MapTile extends Tile {
  count: number;
  level: number;
  /** Whether the consultation has the region (a tile without it shows « — »). */
  present: boolean;
  /** The region's page, when the consultation has it. */
  page: string | null;
  /**
   * Where the tile leads: what its number counts. Unfiltered, the region's page (whose total is the
   * tile's); filtered (the needs' map), the explorer on the region and the filter, as the table's
   * count does, since the region's page counts every tag. Null for an absent region or a zero.
   */
  href: string | null;
  /** The link's accessible name after the tile's own text, e.g. « 94 verbatims : Besoins et attentes, Hauts-de-France ». */
  label: string;
}

export function regionTiles(site: Site, filter: ItemFilter = {}): { tiles: MapTile[]; max: number } {
  const counts = new Map(countBy(filterItems(site.synthesis.items, filter), ['region']).map((r) => [r.keys[0], r.items]));
  // The scale is the tiles' own: items without a region (a survey with no region column) have no tile.
  const max = Math.max(0, ...TILES.map((tile) => counts.get(tile.code) ?? 0));
  // Null when the explorer cannot apply the filter: the tiles then link nowhere rather than to a page counting something else.
  const base = explorerFilterOf(filter);
  const tiles = TILES.map((tile): MapTile => {
    const region = site.regionByCode.get(tile.code);
    const name = region?.name ?? tile.name;
    const count = counts.get(tile.code) ?? 0;
    const page = region ? regionUrl(region) : null;
    const common = { ...tile, name, count, level: heatLevel(count, max), present: region !== undefined, page };
    if (!region) return { ...common, href: null, label: `${name} : pas de contribution` };
    if (base !== null && Object.keys(base).length === 0) return { ...common, href: page, label: `${name} : ${plural(count, 'élément')}` };
    const link = base === null ? null : countLink(site, count, cellFilter(base, ['region', tile.code]));
    return { ...common, href: link?.href ?? null, label: link?.label ?? `${name} : ${plural(count, 'élément')}` };
  });
  return { tiles, max };
}

export interface LegendBucket {
  level: number;
  from: number;
  to: number;
}

/** The integer range of each shade: level L holds the counts v with (L−1)·max/5 < v ≤ L·max/5 (see `heatLevel`). */
export function legendBuckets(max: number): LegendBucket[] {
  const buckets: LegendBucket[] = [];
  for (let level = 1; level <= HEAT_LEVELS; level++) {
    const from = Math.floor(((level - 1) * max) / HEAT_LEVELS) + 1;
    const to = Math.floor((level * max) / HEAT_LEVELS);
    if (to >= from) buckets.push({ level, from, to });
  }
  return buckets;
}
