/** The cross-counts published with the Synthesis, every one of them through `countBy`. */
import type { Counts } from '../synthesis-model.ts';
import { countBy, totals, type CountableItem } from './count-by.ts';

export function buildCounts(items: readonly CountableItem[]): Counts {
  return {
    total: totals(items),
    byTag: countBy(items, ['tag']),
    byTheme: countBy(items, ['theme']),
    byRegion: countBy(items, ['region']),
    byThemeTag: countBy(items, ['theme', 'tag']),
    byRegionTheme: countBy(items, ['region', 'theme']),
    byRegionTag: countBy(items, ['region', 'tag']),
    byDepartment: countBy(items, ['department']),
    byProfile: countBy(items, ['profile']),
    byFormat: countBy(items, ['format']),
  };
}
