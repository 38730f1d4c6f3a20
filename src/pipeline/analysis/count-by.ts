/**
 * The single source of every number: charts, verbatim lists, search facets and exports all count
 * with `countBy` and list with `filterItems`, so a bar for (theme X, tag Y) always equals
 * `filterItems(items, { theme: X, tag: Y }).length`.
 *
 * Browser-safe: pure TypeScript, no Node import (the site's verbatim explorer imports it).
 * Items are counted once per cell; `theme` is multi-label, so an item counts once in each of its
 * themes (the sum of a theme breakdown can exceed the number of items). A missing value (no region,
 * no profile…) is the key `''`, and the filter value `''` selects exactly those items.
 */
import type { FeedbackItem } from '../model.ts';
import { SESSION_FORMATS, TAGS } from '../model.ts';
import type { CountRow, Dimension } from '../synthesis-model.ts';
import { CountColumns } from './count-columns.ts';
import { scalarValue } from './count-read.ts';

export { CountColumns };

/** The fields counting reads: lighter objects (e.g. in the browser) can be counted too. */
export type CountableItem = Pick<
  FeedbackItem,
  'tag' | 'themes' | 'region' | 'department' | 'profile' | 'format' | 'sessionId' | 'weight'
>;

/**
 * A selection: for each dimension given, one value or a list (the item must match one of them).
 * An empty list means "no constraint", as a facet with nothing ticked does.
 */
export type ItemFilter = Partial<Record<Dimension, string | readonly string[]>>;

export const DIMENSIONS: readonly Dimension[] = ['tag', 'theme', 'region', 'department', 'profile', 'format', 'session'];

/** The values of one dimension for an item: one value, except `theme` (each distinct theme once). */
export function dimensionValues(item: CountableItem, dimension: Dimension): readonly string[] {
  switch (dimension) {
    case 'tag':
      return [item.tag];
    case 'theme':
      return item.themes.length <= 1 ? item.themes : [...new Set(item.themes)];
    case 'region':
      return [item.region ?? ''];
    case 'department':
      return [item.department ?? ''];
    case 'profile':
      return [item.profile ?? ''];
    case 'format':
      return [item.format];
    case 'session':
      return [item.sessionId];
  }
}

/** Items matching every dimension of the filter, in their original order. */
export function filterItems<T extends CountableItem>(items: readonly T[], filter: ItemFilter): T[] {
  const tests: Array<{ dimension: Dimension; values: Set<string> }> = [];
  for (const dimension of DIMENSIONS) {
    const wanted = filter[dimension];
    if (wanted === undefined) continue;
    const values = new Set(typeof wanted === 'string' ? [wanted] : wanted);
    if (values.size > 0) tests.push({ dimension, values });
  }
  // Read the fields directly (no array of values per item and per test: a million items, many filters).
  return items.filter((item) =>
    tests.every(({ dimension, values }) =>
      dimension === 'theme' ? item.themes.some((value) => values.has(value)) : values.has(scalarValue(item, dimension)),
    ),
  );
}

/**
 * Cross-count along the dimensions, in their order: one row per combination of values that occurs.
 * Rows are sorted by their keys (tags and formats in their canonical order, `autres` and `''` last),
 * so the result never depends on the order of the items.
 */
export function countBy(items: readonly CountableItem[], dimensions: readonly Dimension[]): CountRow[] {
  return countColumns(new CountColumns(items), dimensions);
}

/**
 * `countBy` on items already read into columns (the analysis counts the same items many times),
 * restricted to the items i with `mask[i] = 1` when a mask is given.
 */
export function countColumns(columns: CountColumns, dimensions: readonly Dimension[], mask?: Uint8Array): CountRow[] {
  const rows =
    columns.count(dimensions, mask) ??
    countGeneric(mask ? columns.items.filter((_, i) => mask[i] === 1) : columns.items, dimensions);
  return rows.sort((a, b) => compareKeys(a.keys, b.keys, dimensions));
}

/** The general way, for what columns cannot number (`theme` twice, too many combinations): a map level per dimension. */
function countGeneric(items: readonly CountableItem[], dimensions: readonly Dimension[]): CountRow[] {
  const rows: CountRow[] = [];
  const root: Cells = new Map();
  for (const item of items) {
    for (const keys of combinations(dimensions.map((dimension) => dimensionValues(item, dimension)))) {
      let cells = root;
      for (let i = 0; i < keys.length - 1; i++) {
        const key = keys[i] as string;
        let next = cells.get(key) as Cells | undefined;
        if (!next) cells.set(key, (next = new Map()));
        cells = next;
      }
      const last = keys.length > 0 ? (keys[keys.length - 1] as string) : '';
      const row = cells.get(last) as CountRow | undefined;
      if (row) {
        row.items += 1;
        row.weight += item.weight;
      } else {
        const created = { keys, items: 1, weight: item.weight };
        cells.set(last, created);
        rows.push(created);
      }
    }
  }
  return rows;
}

/** Values of one dimension → the next level, or the row at the last one. */
interface Cells extends Map<string, Cells | CountRow> {}

/** Items and weight of a list (the `total` of a view). */
export function totals(items: readonly CountableItem[]): { items: number; weight: number } {
  let weight = 0;
  for (const item of items) weight += item.weight;
  return { items: items.length, weight };
}

/** Rows ordered by items, then weight, descending (ties keep the key order): for "top N" lists. */
export function byCountDescending(rows: readonly CountRow[]): CountRow[] {
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => b.row.items - a.row.items || b.row.weight - a.row.weight || a.index - b.index)
    .map(({ row }) => row);
}

function combinations(lists: ReadonlyArray<readonly string[]>): string[][] {
  let result: string[][] = [[]];
  for (const list of lists) {
    const next: string[][] = [];
    for (const prefix of result) for (const value of list) next.push([...prefix, value]);
    result = next;
  }
  return result;
}

const TAG_RANK = new Map<string, number>(TAGS.map((tag, i) => [tag, i]));
const FORMAT_RANK = new Map<string, number>(SESSION_FORMATS.map((format, i) => [format, i]));

/** Canonical order of one dimension's values. */
export function compareValues(dimension: Dimension, a: string, b: string): number {
  if (a === b) return 0;
  if (a === '' || b === '') return a === '' ? 1 : -1;
  const ranks = dimension === 'tag' ? TAG_RANK : dimension === 'format' ? FORMAT_RANK : null;
  if (ranks) {
    const diff = (ranks.get(a) ?? ranks.size) - (ranks.get(b) ?? ranks.size);
    if (diff !== 0) return diff;
  }
  if (dimension === 'theme' && (a === 'autres' || b === 'autres')) return a === 'autres' ? 1 : -1;
  return a < b ? -1 : 1;
}

function compareKeys(a: readonly string[], b: readonly string[], dimensions: readonly Dimension[]): number {
  for (let i = 0; i < dimensions.length; i++) {
    const diff = compareValues(dimensions[i] as Dimension, a[i] ?? '', b[i] ?? '');
    if (diff !== 0) return diff;
  }
  return 0;
}
