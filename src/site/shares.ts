/**
 * Shares of one whole printed side by side — the three tags' chapters, the regions of a ranking — add
 * up to 100 %: each rounded alone, 621, 731 and 825 of 2 177 read 29 % + 34 % + 38 % = 101 %. Every
 * place that prints a part of a split takes its percentage from `wholePercents`.
 */
import { countBy, DIMENSIONS, type CountableItem, type ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { Dimension } from '../pipeline/synthesis-model.ts';
import { formatPercent } from './format.ts';

/**
 * Whole percentages of `counts`' total that add up to exactly 100 (largest remainder): each part is
 * rounded down, then the points left go to the largest remainders (ties: the larger part, then the
 * first). All zeros when the total is 0.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 100) / total);
  const percents = exact.map(Math.floor);
  const left = 100 - percents.reduce((sum, percent) => sum + percent, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value), count: counts[index] as number }))
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
  for (const { index } of order.slice(0, left)) percents[index] = (percents[index] as number) + 1;
  return percents;
}

/** « 29 % »: a whole percentage of `wholePercents`, printed as every percentage of the site. */
export function formatWholePercent(percent: number): string {
  return formatPercent(percent / 100);
}

/**
 * The printed share of the items a filter selects among `items`, as one part of the split of `items`
 * along the filter's dimensions (the three tags, the regions × profiles…), so that the parts printed
 * apart add up to 100 %. Null when the filter does not cut the items into parts: a theme (an item
 * may have several), a list of values, or no filter at all.
 */
export function splitShareText(items: readonly CountableItem[], filter: ItemFilter): string | null {
  const dimensions: Dimension[] = DIMENSIONS.filter((dimension) => filter[dimension] !== undefined);
  if (dimensions.length === 0 || dimensions.includes('theme')) return null;
  const wanted = dimensions.map((dimension) => filter[dimension]);
  if (!wanted.every((value): value is string => typeof value === 'string')) return null;
  const rows = countBy(items, dimensions);
  const percents = wholePercents(rows.map((row) => row.items));
  const index = rows.findIndex((row) => row.keys.every((key, i) => key === wanted[i]));
  return formatWholePercent(index < 0 ? 0 : (percents[index] as number));
}
