/** The cross-counts published with the Synthesis, every one of them through `countBy`. */
import type { Counts } from '../synthesis-model.ts';
import { countColumns, CountColumns, type CountableItem } from './count-by.ts';
import { OTHER_THEME } from '../themes/index.ts';

/** `columns`, when given, must be the items read into columns (analyse shares one between its parts). */
/** `totals(items)` from the weights already read, summed in the same order. */
function totals(columns: CountColumns): { items: number; weight: number } {
  let weight = 0;
  const { weights } = columns;
  for (let i = 0; i < weights.length; i++) weight += weights[i] as number;
  return { items: columns.items.length, weight };
}

export function buildCounts(items: readonly CountableItem[], columns = new CountColumns(items)): Counts {
  return {
    total: totals(columns),
    byTag: countColumns(columns, ['tag']),
    byTheme: countColumns(columns, ['theme']),
    byRegion: countColumns(columns, ['region']),
    byThemeTag: countColumns(columns, ['theme', 'tag']),
    byRegionTheme: countColumns(columns, ['region', 'theme']),
    byRegionTag: countColumns(columns, ['region', 'tag']),
    byDepartment: countColumns(columns, ['department']),
    byProfile: countColumns(columns, ['profile']),
    byFormat: countColumns(columns, ['format']),
  };
}

/**
 * `themedShare(items)` (themes/index.ts) read from the columns: the share of items with a theme
 * other than `autres`, without visiting the items again.
 */
export function themedShareOf(columns: CountColumns): number {
  const { values, start, ids } = columns.themes();
  const items = start.length - 1;
  if (items === 0) return 0;
  const other = values.indexOf(OTHER_THEME);
  let themed = 0;
  for (let i = 0; i < items; i++) {
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
      if (ids[k] !== other) {
        themed++;
        break;
      }
    }
  }
  return themed / items;
}
