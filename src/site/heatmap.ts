/** A two-dimension cross-count shown as a table whose cells are shaded by value (numbers always written). */
import { countBy, filterItems, type ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { Dimension } from '../pipeline/synthesis-model.ts';
import { categoriesOf, readingOrder, type ChartCategory } from './charts.ts';
import type { Site } from './site.ts';

export interface Heatmap {
  id: string;
  title: string;
  rowLabel: string;
  rows: ChartCategory[];
  columns: ChartCategory[];
  /** values[row][column]: items. */
  values: number[][];
  max: number;
}

/** Number of shade classes (`heat-0` … `heat-5`); 0 is reserved for empty cells. */
export const HEAT_LEVELS = 5;

/** Shade class of a value: 0 when empty, else 1…HEAT_LEVELS proportionally to the maximum. */
export function heatLevel(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((value / max) * HEAT_LEVELS));
}

export function heatmap(
  site: Site,
  rowDimension: Dimension,
  columnDimension: Dimension,
  filter: ItemFilter,
  options: { id: string; title: string; rowLabel: string },
): Heatmap {
  const items = filterItems(site.synthesis.items, filter);
  const keysOf = (dimension: Dimension) => readingOrder(site, dimension, countBy(items, [dimension]).map((r) => r.keys[0] ?? ''));
  const rows = categoriesOf(site, rowDimension, keysOf(rowDimension));
  const columns = categoriesOf(site, columnDimension, keysOf(columnDimension));
  const cells = new Map(countBy(items, [rowDimension, columnDimension]).map((r) => [`${r.keys[0]}\u0000${r.keys[1]}`, r.items]));
  const values = rows.map((row) => columns.map((column) => cells.get(`${row.key}\u0000${column.key}`) ?? 0));
  const max = values.reduce((m, line) => Math.max(m, ...line), 0);
  return { id: options.id, title: options.title, rowLabel: options.rowLabel, rows, columns, values, max };
}
