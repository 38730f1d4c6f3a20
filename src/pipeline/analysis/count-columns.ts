/**
 * The items read once into integer columns, for `countBy`: each dimension's values become small
 * ids, an item's cell is one number (its ids in mixed radix), and counting is integer work on
 * typed arrays. The analysis counts the same items a dozen times (by tag, by theme, by region and
 * theme…, per tag for convergence): with one CountColumns each field of each item is read once.
 *
 * Browser-safe: pure TypeScript (the site's verbatim explorer counts through countBy too).
 */
import type { CountRow, Dimension } from '../synthesis-model.ts';
import type { CountableItem } from './count-by.ts';
import { Interner, readScalar, readThemes, scalarValue, ThemeReader, type Column } from './count-read.ts';
import { mapInto } from '../typed-from.ts';

const SCALAR_DIMENSIONS = ['tag', 'region', 'department', 'profile', 'format', 'session'] as const;

export class CountColumns {
  readonly items: readonly CountableItem[];
  readonly weights: Float64Array;
  private readonly columns = new Map<Dimension, Column>();
  private locatedMask: Uint8Array | null = null;

  /** Columns are read on first use, one dimension at a time (see `readAll` to read them together). */
  constructor(items: readonly CountableItem[]) {
    this.items = items;
    this.weights = mapInto(new Float64Array(items.length), items, (item) => item.weight);
  }

  /**
   * Every dimension read in one pass: at a million items each item is a cache miss, so visiting it
   * once rather than once per dimension is most of the reading time.
   */
  static readAll(items: readonly CountableItem[]): CountColumns {
    const columns = new CountColumns(items);
    const scalars = SCALAR_DIMENSIONS.map(() => new Interner(items.length));
    const themes = new ThemeReader(items);
    const located = new Uint8Array(items.length);
    items.forEach((item, i) => {
      for (let d = 0; d < scalars.length; d++) (scalars[d] as Interner).add(i, scalarValue(item, SCALAR_DIMENSIONS[d] as (typeof SCALAR_DIMENSIONS)[number]));
      themes.add(i, item.themes);
      located[i] = item.region !== null ? 1 : 0;
    });
    SCALAR_DIMENSIONS.forEach((dimension, d) => columns.columns.set(dimension, (scalars[d] as Interner).column()));
    columns.columns.set('theme', themes.column());
    columns.locatedMask = located;
    return columns;
  }

  /** 1 for the items with a region (`region !== null`). */
  located(): Uint8Array {
    this.locatedMask ??= mapInto(new Uint8Array(this.items.length), this.items, (item) => (item.region !== null ? 1 : 0));
    return this.locatedMask;
  }

  /** The distinct theme ids of each item `ids[start[i] … start[i+1])`, and the themes. */
  themes(): { values: readonly string[]; start: Uint32Array; ids: Uint32Array } {
    const { values, start, ids } = this.read('theme');
    return { values, start: start as Uint32Array, ids };
  }

  /** Per item, the id of its value of a one-valued dimension (not `theme`), and the values. */
  column(dimension: Exclude<Dimension, 'theme'>): { values: readonly string[]; ids: Uint32Array } {
    return this.read(dimension);
  }

  /**
   * `countBy(items, dimensions)` on the items i with `mask[i] = 1` (all without a mask); null when
   * the cells cannot be numbered exactly (`theme` twice, or too many combinations): count otherwise.
   */
  count(dimensions: readonly Dimension[], mask?: Uint8Array): CountRow[] | null {
    const themeAt = dimensions.indexOf('theme');
    if (dimensions.lastIndexOf('theme') !== themeAt) return null;
    const columns = dimensions.map((dimension) => this.read(dimension));
    const strides: number[] = [];
    let cells = 1;
    for (const column of columns) {
      strides.push(cells);
      cells *= Math.max(1, column.values.length);
    }
    if (cells > 2 ** 48) return null;
    const cellOf = new CellCounter(cells, this.items.length);
    const scalar = columns.map((column, d) => (d === themeAt ? null : column.ids));
    const theme = themeAt < 0 ? null : (columns[themeAt] as Column);
    const themeStride = themeAt < 0 ? 0 : (strides[themeAt] as number);
    for (let i = 0; i < this.items.length; i++) {
      if (mask !== undefined && mask[i] !== 1) continue;
      let base = 0;
      for (let d = 0; d < scalar.length; d++) {
        const ids = scalar[d];
        if (ids) base += (ids[i] as number) * (strides[d] as number);
      }
      const weight = this.weights[i] as number;
      if (theme === null) cellOf.add(base, weight);
      else {
        const start = theme.start as Uint32Array;
        for (let k = start[i] as number; k < (start[i + 1] as number); k++) cellOf.add(base + (theme.ids[k] as number) * themeStride, weight);
      }
    }
    return cellOf.rows((cell) => columns.map((column, d) => column.values[Math.floor(cell / (strides[d] as number)) % column.values.length] as string));
  }

  private read(dimension: Dimension): Column {
    let column = this.columns.get(dimension);
    if (!column) {
      column = dimension === 'theme' ? readThemes(this.items) : readScalar(this.items, dimension);
      this.columns.set(dimension, column);
    }
    return column;
  }
}

/** Items and weight per cell: dense arrays when the cells are few enough, a map otherwise. */
class CellCounter {
  private readonly dense: { items: Uint32Array; weight: Float64Array } | null;
  private readonly sparse = new Map<number, { items: number; weight: number }>();

  constructor(cells: number, items: number) {
    this.dense = cells <= 2 * items + 4096 ? { items: new Uint32Array(cells), weight: new Float64Array(cells) } : null;
  }

  /** Weights are added in item order, as countBy always did, so sums are the same to the last bit. */
  add(cell: number, weight: number): void {
    if (this.dense) {
      this.dense.items[cell] = (this.dense.items[cell] as number) + 1;
      this.dense.weight[cell] = (this.dense.weight[cell] as number) + weight;
      return;
    }
    const entry = this.sparse.get(cell);
    if (entry) {
      entry.items++;
      entry.weight += weight;
    } else this.sparse.set(cell, { items: 1, weight: 0 + weight });
  }

  /** The rows of the cells counted, unordered. */
  rows(keysOf: (cell: number) => string[]): CountRow[] {
    const rows: CountRow[] = [];
    if (this.dense) {
      const { items, weight } = this.dense;
      for (let cell = 0; cell < items.length; cell++) {
        if ((items[cell] as number) > 0) rows.push({ keys: keysOf(cell), items: items[cell] as number, weight: weight[cell] as number });
      }
    } else for (const [cell, entry] of this.sparse) rows.push({ keys: keysOf(cell), items: entry.items, weight: entry.weight });
    return rows;
  }
}
