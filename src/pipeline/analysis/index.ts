/**
 * Analysis stage: every aggregate the Synthesis publishes, from the themed items. Each concern is
 * its own module; counting goes through count-by.ts, the one source of every number.
 */
import type { FeedbackItem } from '../model.ts';
import type { Synthesis } from '../synthesis-model.ts';
import type { Referentiels } from '../referentiels/index.ts';
import { buildCounts, themedShareOf } from './counts.ts';
import { convergence } from './convergence.ts';
import { distinctiveThemes } from './distinctive.ts';
import { strongIdeas } from './ideas/index.ts';
import { emergingTerms } from './emerging.ts';
import { round4 } from './log-odds.ts';
import { tokenizeCorpus } from './corpus.ts';
import { CountColumns } from './count-columns.ts';

export type Analysis = Pick<Synthesis, 'counts' | 'themedShare' | 'convergence' | 'distinctive' | 'ideas' | 'emerging'>;

export function analyse(items: FeedbackItem[], referentiels: Referentiels): Analysis {
  // Ideas and emerging terms read the same words: tokenise once, in id order (the order ideas need).
  const sorted = items.every((item, i) => i === 0 || (items[i - 1] as FeedbackItem).id <= item.id)
    ? items
    : [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const corpus = tokenizeCorpus(sorted.map((item) => item.text));
  // Counts, convergence and distinctive themes count the same items: their fields are read once.
  const columns = CountColumns.readAll(items);
  return {
    counts: buildCounts(items, columns),
    themedShare: round4(themedShareOf(columns)),
    convergence: convergence(
      items,
      referentiels.themes.map((theme) => theme.id),
      columns,
    ),
    distinctive: distinctiveThemes(items, columns),
    ideas: strongIdeas(sorted, undefined, undefined, corpus),
    emerging: emergingTerms(sorted, corpus),
  };
}

export { countBy, filterItems, dimensionValues, byCountDescending, totals, DIMENSIONS } from './count-by.ts';
export type { CountableItem, ItemFilter } from './count-by.ts';
