/**
 * Convergence across regions: are expectations the same everywhere?
 *
 * Per theme and tag, a group-aware consensus in the spirit of Pol.is, with regions as the groups:
 *
 *   consensus(θ, t) = ( ∏_{r counted} (m_rθ + 1) / (n_r + 2) )^(1 / R)
 *
 * where n_r is the number of items of tag t in region r, m_rθ those of them with theme θ, and R the
 * number of regions counted. (m+1)/(n+2) is the Laplace-smoothed share of the region that mentions
 * the theme, so one region that never mentions it pulls the product down without zeroing it. Pol.is
 * multiplies the groups' probabilities; the R-th root (a geometric mean) keeps the value a share in
 * [0,1] that stays comparable when regions are added, where the raw product would shrink with every
 * new region. A theme scores high only if every region mentions it: a high share in one region
 * cannot make up for silence in the others, unlike an arithmetic mean.
 *
 * Only regions with at least MIN_ITEMS_PER_REGION items of the tag are counted (below that a share
 * is noise), and no consensus is claimed for a tag with fewer than MIN_REGIONS counted regions (no
 * row at all, rather than a figure computed on one region).
 *
 * Overall index of how alike the regions' needs are:
 *
 *   overall = 1 − (1/R) Σ_r JSD(P_r ‖ P)
 *
 * where P_r is region r's distribution of needs over the themes (an item with k themes gives 1/k to
 * each; `autres` left out), P the national distribution (the counted regions pooled), and JSD the
 * Jensen–Shannon divergence in bits, which lies in [0,1]; so does the index (1 = identical
 * distributions). Regions weigh equally, as groups do in Pol.is. Each region's 1 − JSD is published
 * too, to show which regions depart from the national picture. The minimum of MIN_ITEMS_PER_REGION
 * applies here to the themed needs (a share of 1/k per theme needs a theme): a region counted by the
 * consensus may have too few of them, and is then published with its counts and no similarity.
 */
import type { Tag } from '../model.ts';
import type { Convergence, RegionShare, RegionSimilarity, ThemeConvergence } from '../synthesis-model.ts';
import { countColumns, CountColumns, type CountableItem } from './count-by.ts';
import { round4 } from './log-odds.ts';
import { mapInto } from '../typed-from.ts';
import { jensenShannon } from './jensen-shannon.ts';
import { chanceLevel, seedOf, type ThemedPool } from './chance-similarity.ts';

export { jensenShannon };

/** Below 5 items of a tag, one statement more or less moves a region's share by 20 points or more. */
export const MIN_ITEMS_PER_REGION = 5;
/** A consensus across regions needs at least two regions. */
export const MIN_REGIONS = 2;
/** The tags convergence is computed for, in the order they are published. */
export const CONVERGENCE_TAGS: readonly Tag[] = ['needs', 'broken'];

const OTHER = 'autres';

/** `columns`, when given, must be the items read into columns (analyse shares one between its parts). */
export function convergence(
  items: readonly CountableItem[],
  themeIds: readonly string[],
  columns = new CountColumns(items),
): Convergence {
  const themes = themeIds.filter((id) => id !== OTHER);
  const rows: ThemeConvergence[] = [];
  for (const tag of CONVERGENCE_TAGS) rows.push(...consensusOf(columns, withTag(columns, tag), tag, themes));
  const regions = similaritiesOf(columns, withTag(columns, 'needs'), themes);
  const compared = regions.flatMap((r) => (r.similarity === null ? [] : [r.similarity]));
  const overall = compared.length >= MIN_REGIONS ? compared.reduce((sum, s) => sum + s, 0) / compared.length : null;
  const chances = regions.flatMap((r) => (r.chance === null ? [] : [r.chance]));
  const overallChance = overall === null ? null : chances.reduce((sum, s) => sum + s, 0) / chances.length;
  return {
    minItemsPerRegion: MIN_ITEMS_PER_REGION,
    minRegions: MIN_REGIONS,
    themes: rows.map((row) => ({ ...row, consensus: round4(row.consensus) })),
    overall: overall === null ? null : round4(overall),
    overallChance: overallChance === null ? null : round4(overallChance),
    regions: regions.map((r) => ({
      ...r,
      similarity: r.similarity === null ? null : round4(r.similarity),
      chance: r.chance === null ? null : round4(r.chance),
    })),
  };
}

/** The items of one tag, as a mask (what `filterItems(items, { tag })` keeps). */
function withTag(columns: CountColumns, tag: Tag): Uint8Array {
  const { values, ids } = columns.column('tag');
  const wanted = values.indexOf(tag);
  return mapInto(new Uint8Array(ids.length), ids, (id) => (id === wanted ? 1 : 0));
}

/**
 * Consensus of each theme for items of one tag (unrounded), sorted by consensus (highest first), then
 * theme id; empty with fewer than MIN_REGIONS counted regions.
 */
export function themeConsensus(items: readonly CountableItem[], tag: Tag, themes: readonly string[]): ThemeConvergence[] {
  return consensusOf(new CountColumns(items), undefined, tag, themes);
}

function consensusOf(columns: CountColumns, mask: Uint8Array | undefined, tag: Tag, themes: readonly string[]): ThemeConvergence[] {
  const counted = countedRegions(columns, mask);
  if (counted.length < MIN_REGIONS) return [];
  const mentions = new Map<string, number>();
  for (const row of countColumns(columns, ['theme', 'region'], mask)) mentions.set(`${row.keys[0]}\u0000${row.keys[1]}`, row.items);

  const result = themes.map((theme): ThemeConvergence => {
    const perRegion: RegionShare[] = counted.map(({ region, items: n }) => ({
      region,
      mentions: mentions.get(`${theme}\u0000${region}`) ?? 0,
      items: n,
    }));
    let logSum = 0;
    for (const share of perRegion) logSum += Math.log((share.mentions + 1) / (share.items + 2));
    return {
      theme,
      tag,
      consensus: Math.exp(logSum / perRegion.length),
      regionsMentioning: perRegion.filter((share) => share.mentions > 0).length,
      regionsCounted: perRegion.length,
      perRegion,
    };
  });
  return result.sort((a, b) => b.consensus - a.consensus || (a.theme < b.theme ? -1 : 1));
}

/** Regions with a known code and at least the minimum number of items, sorted by code. */
function countedRegions(columns: CountColumns, mask: Uint8Array | undefined): Array<{ region: string; items: number }> {
  return countColumns(columns, ['region'], mask)
    .filter((row) => row.keys[0] !== '' && row.items >= MIN_ITEMS_PER_REGION)
    .map((row) => ({ region: row.keys[0] as string, items: row.items }));
}

/**
 * Each region with needs, and 1 − JSD between its theme distribution and the pooled one when it has
 * enough themed needs. Items with only `autres` count in `needs` but have no theme profile to compare:
 * the minimum applies to the themed ones (`items`), so a region with 10 needs of which 4 are themed
 * stays listed, with a null similarity, rather than vanishing beside the consensus that counts it.
 */
export function regionSimilarities(items: readonly CountableItem[], themes: readonly string[]): RegionSimilarity[] {
  return similaritiesOf(new CountColumns(items), undefined, themes);
}

interface RegionMass {
  needs: number;
  items: number;
  dist: Float64Array;
  /** The region's themed needs, as theme positions per item (pooled for the chance level). */
  positions: number[];
  ends: number[];
}

function similaritiesOf(columns: CountColumns, mask: Uint8Array | undefined, themes: readonly string[]): RegionSimilarity[] {
  const index = new Map(themes.map((theme, i) => [theme, i]));
  const { values, start, ids } = columns.themes();
  const positionOf = Int32Array.from(values, (theme) => index.get(theme) ?? -1);
  const regions = columns.column('region');
  const located = columns.located();
  const byRegion: Array<RegionMass | undefined> = [];
  const known: number[] = [];
  for (let i = 0; i < located.length; i++) {
    if ((mask !== undefined && mask[i] !== 1) || located[i] === 0) continue;
    const region = regions.ids[i] as number;
    const entry = (byRegion[region] ??= { needs: 0, items: 0, dist: new Float64Array(themes.length), positions: [], ends: [] });
    entry.needs++;
    // The item's distinct themes in the order written, as `new Set(item.themes)` gives them.
    known.length = 0;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      const at = positionOf[ids[k] as number] as number;
      if (at >= 0) known.push(at);
    }
    if (known.length === 0) continue;
    entry.items++;
    for (const at of known) {
      (entry.dist[at] as number) += 1 / known.length;
      entry.positions.push(at);
    }
    entry.ends.push(entry.positions.length);
  }
  const all: Array<[string, RegionMass]> = [];
  byRegion.forEach((entry, region) => {
    if (entry) all.push([regions.values[region] as string, entry]);
  });
  all.sort(([a], [b]) => (a < b ? -1 : 1));
  const counted = all.filter(([, e]) => e.items >= MIN_ITEMS_PER_REGION);
  const national = new Float64Array(themes.length);
  let total = 0;
  for (const [, entry] of counted) {
    for (let i = 0; i < themes.length; i++) national[i] = (national[i] as number) + (entry.dist[i] as number);
    total += entry.items;
  }
  const p = normalise(national, total);
  const compared = counted.length >= MIN_REGIONS;
  const pool = compared ? pooled(counted.map(([, entry]) => entry)) : null;
  return all.map(([region, entry]): RegionSimilarity => {
    if (pool === null || entry.items < MIN_ITEMS_PER_REGION) return { region, needs: entry.needs, items: entry.items, similarity: null, chance: null, beyondChance: null };
    const similarity = 1 - jensenShannon(normalise(entry.dist, entry.items), p);
    const chance = chanceLevel(pool, p, entry.items, seedOf(region));
    return { region, needs: entry.needs, items: entry.items, similarity, chance: chance.mean, beyondChance: similarity < chance.low };
  });
}

/** The compared regions' themed needs in one pool, region after region (the order is part of the seeded draws). */
function pooled(entries: readonly RegionMass[]): ThemedPool {
  let items = 0;
  let positions = 0;
  for (const entry of entries) {
    items += entry.items;
    positions += entry.positions.length;
  }
  const pool: ThemedPool = { start: new Uint32Array(items + 1), positions: new Uint16Array(positions) };
  let item = 0;
  let at = 0;
  for (const entry of entries) {
    pool.positions.set(entry.positions, at);
    for (const end of entry.ends) pool.start[++item] = at + end;
    at += entry.positions.length;
  }
  return pool;
}

function normalise(values: Float64Array, total: number): Float64Array {
  return values.map((v) => v / total);
}
