/**
 * Distinctive themes per region: themes a region mentions more than the rest of the country, by the
 * log-odds ratio with an informative Dirichlet prior (see log-odds.ts). Group i is the region, group
 * j the other regions together (the national counts minus the region's), and the prior is the
 * national share of each theme scaled to α_0 = 10 pseudo-mentions per theme. Counts are theme
 * mentions (an item counts once in each of its themes), all tags together.
 *
 * Kept: z > 1.96 (95 %) and at least MIN_DISTINCTIVE_COUNT items of the region with the theme;
 * `autres` is never reported; at most TOP_PER_REGION per region, highest z first.
 */
import type { DistinctiveTheme } from '../synthesis-model.ts';
import { countColumns, CountColumns, type CountableItem } from './count-by.ts';
import { logOdds, round4 } from './log-odds.ts';

export const MIN_DISTINCTIVE_COUNT = 5;
export const Z_THRESHOLD = 1.96;
export const TOP_PER_REGION = 5;
export const PRIOR_PER_THEME = 10;

const OTHER = 'autres';

/** `columns`, when given, must be the items read into columns (analyse shares one between its parts). */
export function distinctiveThemes(items: readonly CountableItem[], columns = new CountColumns(items)): DistinctiveTheme[] {
  const located = columns.located();
  const national = new Map<string, number>();
  let nationalTotal = 0;
  for (const row of countColumns(columns, ['theme'], located)) {
    national.set(row.keys[0] as string, row.items);
    nationalTotal += row.items;
  }
  if (national.size === 0) return [];
  const alpha0 = PRIOR_PER_THEME * national.size;

  const byRegion = new Map<string, Map<string, number>>();
  for (const row of countColumns(columns, ['region', 'theme'], located)) {
    const [region, theme] = row.keys as [string, string];
    const counts = byRegion.get(region) ?? new Map<string, number>();
    counts.set(theme, row.items);
    byRegion.set(region, counts);
  }

  const result: DistinctiveTheme[] = [];
  for (const [region, counts] of byRegion) {
    let regionTotal = 0;
    for (const n of counts.values()) regionTotal += n;
    const otherTotal = nationalTotal - regionTotal;
    if (otherTotal <= 0) continue; // one region only: nothing to compare with
    const found: DistinctiveTheme[] = [];
    for (const [theme, count] of counts) {
      if (theme === OTHER || count < MIN_DISTINCTIVE_COUNT) continue;
      const nationalCount = national.get(theme) ?? 0;
      const { logOdds: lo, zScore } = logOdds({
        countI: count,
        totalI: regionTotal,
        countJ: nationalCount - count,
        totalJ: otherTotal,
        alpha: (alpha0 * nationalCount) / nationalTotal,
        alpha0,
      });
      if (zScore > Z_THRESHOLD) found.push({ region, theme, count, logOdds: round4(lo), zScore: round4(zScore) });
    }
    found.sort((a, b) => b.zScore - a.zScore || (a.theme < b.theme ? -1 : 1));
    result.push(...found.slice(0, TOP_PER_REGION));
  }
  return result.sort((a, b) => (a.region < b.region ? -1 : a.region > b.region ? 1 : b.zScore - a.zScore));
}
