/**
 * The site's view of a Synthesis (src/site/site.ts), for the exports that reuse the site's own
 * functions (the themes × regions table, the regions represented, the notices of empty views): the
 * same orders and labels, so that a table reads as on the site.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { createSite, type Site } from '../site/site.ts';

/**
 * The site's lookups of themes, regions and sessions over the whole Synthesis. Those over items
 * (by id, by session, permalinks) are left empty: nothing exported reads them, and at a million items
 * they would cost seconds and hundreds of megabytes before the workbook starts.
 */
export function siteView(synthesis: Synthesis): Site {
  return { ...createSite({ ...synthesis, items: [] }), synthesis };
}
