/**
 * Analysis stage: every aggregate the Synthesis publishes, from the themed items. Each concern is
 * its own module; counting goes through count-by.ts, the one source of every number.
 */
import type { FeedbackItem } from '../model.ts';
import type { Synthesis } from '../synthesis-model.ts';
import type { Referentiels } from '../referentiels/index.ts';
import { themedShare } from '../themes/index.ts';
import { buildCounts } from './counts.ts';
import { convergence } from './convergence.ts';
import { distinctiveThemes } from './distinctive.ts';
import { strongIdeas } from './ideas/index.ts';
import { emergingTerms } from './emerging.ts';
import { round4 } from './log-odds.ts';

export type Analysis = Pick<Synthesis, 'counts' | 'themedShare' | 'convergence' | 'distinctive' | 'ideas' | 'emerging'>;

export function analyse(items: FeedbackItem[], referentiels: Referentiels): Analysis {
  return {
    counts: buildCounts(items),
    themedShare: round4(themedShare(items)),
    convergence: convergence(
      items,
      referentiels.themes.map((theme) => theme.id),
    ),
    distinctive: distinctiveThemes(items),
    ideas: strongIdeas(items),
    emerging: emergingTerms(items),
  };
}

export { countBy, filterItems, dimensionValues, byCountDescending, totals, DIMENSIONS } from './count-by.ts';
export type { CountableItem, ItemFilter } from './count-by.ts';
