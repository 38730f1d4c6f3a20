/**
 * The « Régions × thèmes » sheet and `regions-themes.csv`: the site's shaded table « Éléments par thème
 * et par région » (`<Chart kind="regions-themes">`, on /themes/), made by the site's own `heatmap`
 * with its orders and labels, one row per region instead of one column. An item counts in each of its
 * themes, so the rows end with each region's items counted once, then « Ensemble » (the Synthesis'
 * counts by theme) and a line that says why the themes add up to more than the items.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { heatmap } from '../site/heatmap.ts';
import type { NamedTable } from './tables.ts';
import { noteRow } from './cells.ts';
import { siteView } from './site-view.ts';
import { placeName } from './place-names.ts';

export const REGIONS_THEMES_NAME = 'regions-themes';
export const REGIONS_THEMES_SHEET = 'Régions × thèmes';
export const TOTAL_ROW_LABEL = 'Ensemble';
/** Said under every table whose rows or columns are themes. */
export const SEVERAL_THEMES_NOTE =
  'Un élément peut avoir plusieurs thèmes : il compte alors dans chacun, et la somme des thèmes dépasse le nombre d’éléments.';

export function regionsThemesTable(synthesis: Synthesis): NamedTable {
  const table = heatmap(siteView(synthesis), 'theme', 'region', {}, { id: REGIONS_THEMES_NAME, title: REGIONS_THEMES_SHEET, rowLabel: 'Thème' });
  const byRegion = new Map(synthesis.counts.byRegion.map((row) => [row.keys[0] ?? '', row.items]));
  const byTheme = new Map(synthesis.counts.byTheme.map((row) => [row.keys[0] ?? '', row.items]));
  const themes = table.rows;
  const headers = ['Région', 'Code INSEE', ...themes.map((theme) => theme.label), 'Éléments (chacun compté une fois)'];
  return {
    name: REGIONS_THEMES_NAME,
    sheet: REGIONS_THEMES_SHEET,
    headers,
    rows: [
      // The heatmap's columns are its regions, the items without one last, under the site's « Sans région ».
      ...table.columns.map((region, column) => [
        placeName(region.label), region.key || null, ...themes.map((_, row) => table.values[row]?.[column] ?? 0), byRegion.get(region.key) ?? 0,
      ]),
      [TOTAL_ROW_LABEL, null, ...themes.map((theme) => byTheme.get(theme.key) ?? 0), synthesis.counts.total.items],
      noteRow(SEVERAL_THEMES_NOTE, headers.length),
    ],
  };
}
