/**
 * Reading the items' values into the integer columns CountColumns counts on: each value of a
 * dimension becomes an id, in order of first appearance.
 */
import type { Dimension } from '../synthesis-model.ts';
import type { CountableItem } from './count-by.ts';

/** One dimension: its distinct values, and per item the run of its value ids `ids[start[i] … start[i+1])`. */
export interface Column {
  values: string[];
  start: Uint32Array | null; // null: exactly one value per item, ids[i]
  ids: Uint32Array;
}

export function readScalar(items: readonly CountableItem[], dimension: Exclude<Dimension, 'theme'>): Column {
  const values = new Interner(items.length);
  items.forEach((item, i) => values.add(i, scalarValue(item, dimension)));
  return values.column();
}

export function readThemes(items: readonly CountableItem[]): Column {
  const themes = new ThemeReader(items);
  items.forEach((item, i) => themes.add(i, item.themes));
  return themes.column();
}

/** Values of a one-valued dimension as ids, in order of first appearance. */
export class Interner {
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly ids: Uint32Array;
  private last: string | null = null;
  private lastId = 0;

  constructor(items: number) {
    this.ids = new Uint32Array(items);
  }

  add(i: number, value: string): void {
    // Neighbours often share a value (items come grouped by session): a comparison, not a lookup.
    if (value !== this.last) {
      let id = this.index.get(value);
      if (id === undefined) {
        this.index.set(value, (id = this.values.length));
        this.values.push(value);
      }
      this.last = value;
      this.lastId = id;
    }
    this.ids[i] = this.lastId;
  }

  column(): Column {
    return { values: this.values, start: null, ids: this.ids };
  }
}

/** Each distinct theme of an item once (an item counts once in each of its themes). */
export class ThemeReader {
  private readonly index = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly start: Uint32Array;
  private ids: Uint32Array;
  private length = 0;

  constructor(items: readonly CountableItem[]) {
    this.start = new Uint32Array(items.length + 1);
    this.ids = new Uint32Array(Math.max(16, items.length + (items.length >> 1)));
  }

  add(i: number, themes: readonly string[]): void {
    if (this.length + themes.length > this.ids.length) {
      const bigger = new Uint32Array(2 * (this.length + themes.length));
      bigger.set(this.ids);
      this.ids = bigger;
    }
    for (let t = 0; t < themes.length; t++) {
      const theme = themes[t] as string;
      if (t > 0 && themes.indexOf(theme) !== t) continue;
      let id = this.index.get(theme);
      if (id === undefined) {
        this.index.set(theme, (id = this.values.length));
        this.values.push(theme);
      }
      this.ids[this.length++] = id;
    }
    this.start[i + 1] = this.length;
  }

  column(): Column {
    return { values: this.values, start: this.start, ids: this.ids.subarray(0, this.length) };
  }
}

/** The value of a one-valued dimension, as `dimensionValues` gives it. */
export function scalarValue(item: CountableItem, dimension: Exclude<Dimension, 'theme'>): string {
  switch (dimension) {
    case 'tag':
      return item.tag;
    case 'region':
      return item.region ?? '';
    case 'department':
      return item.department ?? '';
    case 'profile':
      return item.profile ?? '';
    case 'format':
      return item.format;
    case 'session':
      return item.sessionId;
  }
}
