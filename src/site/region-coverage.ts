/**
 * What the region views (home page, map, its table) cover, and what they leave out. The map can only
 * show items that have a region: a survey without a region column leaves its answers off every tile,
 * and the page must say how many rather than let the tiles pass for the whole consultation. And a
 * region is « représentée » when at least one published item comes from it — the definition every
 * count of regions uses (home page, `<Figure stat="regions">`, the map's shades) — not merely when a
 * session was held there: a workshop whose notes were all set aside represents nobody.
 */
import { countBy, filterItems, type ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { Region, Session } from '../pipeline/model.ts';
import { formatInteger, formatPercent, joinFrench, noun, plural } from './format.ts';
import type { Site } from './site.ts';

export interface RegionCoverage {
  /** Published items of the selection. */
  total: number;
  /** Regions with at least one published item of the selection, in the site's (French) order. */
  represented: Region[];
  /** Published items of the selection with no region: on no tile of the map. */
  unlocated: number;
  /**
   * Regions of the consultation without any published item at all (not only of the selection): a
   * session was held there, but everything it noted was set aside. Each with its own sessions.
   */
  unpublished: Array<{ region: Region; sessions: Session[] }>;
}

export function regionCoverage(site: Site, filter: ItemFilter = {}): RegionCoverage {
  const { counts } = site.synthesis;
  // Unfiltered, the Synthesis' own counts (`countBy` at synthesis time) spare a pass over the items.
  // (`''` selects the items without a value: a filter; an empty list selects nothing out, as in `filterItems`.)
  const whole = Object.values(filter).every((value) => value === undefined || (typeof value !== 'string' && value.length === 0));
  const selected = whole ? null : filterItems(site.synthesis.items, filter);
  const rows = selected ? countBy(selected, ['region']) : counts.byRegion;
  const byRegion = new Map(rows.map((row) => [row.keys[0] ?? '', row.items]));
  const published = new Set(counts.byRegion.filter((row) => row.items > 0).map((row) => row.keys[0] ?? ''));
  return {
    total: selected ? selected.length : counts.total.items,
    represented: site.regions.filter((region) => (byRegion.get(region.code) ?? 0) > 0),
    unlocated: byRegion.get('') ?? 0,
    unpublished: site.regions
      .filter((region) => !published.has(region.code))
      .map((region) => ({ region, sessions: site.sessions.filter((s) => s.region === region.code) })),
  };
}

/** `part` of `total` as a percentage, never « 0 % » for a part that exists nor « 100 % » for one that is not the whole. */
function share(part: number, total: number): string {
  const ratio = total === 0 ? 0 : part / total;
  if (ratio > 0 && ratio < 0.005) return 'moins de 1 %';
  return ratio < 1 && ratio >= 0.995 ? 'plus de 99 %' : formatPercent(ratio);
}

/** « 1 804 éléments sans région (53 %) » — the part of the selection the map cannot place. */
export function unlocatedPhrase({ unlocated, total }: Pick<RegionCoverage, 'unlocated' | 'total'>): string {
  return `${plural(unlocated, 'élément')} sans région (${share(unlocated, total)})`;
}

/**
 * How many items convergence rests on, after « Seuls les éléments dont la région est connue y entrent »:
 * « : ici 120 ; les 1 804 éléments sans région (94 %) restent hors du calcul », « : ici, aucun ; … » on
 * a survey without a region column (was « ici 0 »), « (ici, tous) » when every item has a region.
 */
export function convergenceScopeClause(coverage: Pick<RegionCoverage, 'unlocated' | 'total'>): string {
  const { unlocated, total } = coverage;
  if (unlocated === 0) return ' (ici, tous)';
  const located = total - unlocated;
  const left = unlocated === 1 ? `${unlocatedPhrase(coverage)} reste` : `les ${unlocatedPhrase(coverage)} restent`;
  return ` : ici, ${located === 0 ? 'aucun' : formatInteger(located)} ; ${left} hors du calcul`;
}

/**
 * « 1 804 éléments sans région (53 %) ne figurent pas sur la carte : des réponses d'enquête qui
 * n'indiquent pas de région. », or null when every item has a region. (A workshop note always has
 * one, from its folder or its header: only survey answers can lack it.)
 */
export function unlocatedNotice(coverage: Pick<RegionCoverage, 'unlocated' | 'total'>): string | null {
  if (coverage.unlocated === 0) return null;
  const many = coverage.unlocated > 1;
  return (
    `${unlocatedPhrase(coverage)} ne ${many ? 'figurent' : 'figure'} pas sur la carte : ` +
    `${many ? "des réponses d’enquête qui n’indiquent" : "une réponse d’enquête qui n’indique"} pas de région.`
  );
}

/** « 1 atelier », « 2 sessions »: a region's own sessions, named by kind when they share it. */
function sessionsPhrase(sessions: readonly Session[]): string {
  if (sessions.length > 0 && sessions.every((s) => s.kind === 'workshop')) return plural(sessions.length, 'atelier');
  if (sessions.length > 0 && sessions.every((s) => s.kind === 'survey')) return plural(sessions.length, 'enquête');
  return plural(sessions.length, 'session');
}

/**
 * « Occitanie (1 atelier) n'a aucun élément publié : tout ce qui y a été noté a été écarté. […] », one
 * sentence for all such regions, or null when there are none.
 */
export function unpublishedNotice(unpublished: RegionCoverage['unpublished']): string | null {
  if (unpublished.length === 0) return null;
  const names = joinFrench(unpublished.map(({ region, sessions }) => `${region.name} (${sessionsPhrase(sessions)})`));
  return unpublished.length === 1
    ? `${names} n’a aucun élément publié : tout ce qui y a été noté a été écarté. Elle ne compte pas parmi les régions représentées.`
    : `${names} n’ont aucun élément publié : tout ce qui y a été noté a été écarté. Elles ne comptent pas parmi les régions représentées.`;
}

/** « 2 régions représentées »: regions with at least one published item. */
export function representedLabel(count: number): string {
  return noun(count, 'région représentée', 'régions représentées');
}
