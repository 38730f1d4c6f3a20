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
import type { ScannedTexts } from '../text/scanned-texts.ts';

export type Analysis = Pick<Synthesis, 'counts' | 'themedShare' | 'convergence' | 'distinctive' | 'ideas' | 'ideasFound' | 'emerging'>;

/**
 * `scanned`, when given, holds the items' texts already read, in the items' order (see synthesize);
 * it is used only if that order is the id order.
 */
export function analyse(items: FeedbackItem[], referentiels: Referentiels, scanned?: ScannedTexts): Analysis {
  // Ideas and emerging terms read the same words: tokenise once, in id order (the order ideas need).
  const inOrder = items.every((item, i) => i === 0 || (items[i - 1] as FeedbackItem).id <= item.id);
  const sorted = inOrder ? items : [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const reuse = inOrder && scanned?.size === items.length ? scanned : undefined;
  const corpus = tokenizeCorpus(sorted.map((item) => item.text), reuse);
  // Counts, convergence and distinctive themes count the same items: their fields are read once.
  const columns = CountColumns.readAll(items);
  const found = { count: 0 };
  const ideas = strongIdeas(sorted, undefined, undefined, corpus, found);
  return {
    counts: buildCounts(items, columns),
    themedShare: round4(themedShareOf(columns)),
    convergence: convergence(
      items,
      referentiels.themes.map((theme) => theme.id),
      columns,
    ),
    distinctive: distinctiveThemes(items, columns),
    ideas,
    ideasFound: found.count,
    emerging: emergingTerms(sorted, corpus),
  };
}

export { countBy, filterItems, dimensionValues, byCountDescending, totals, DIMENSIONS } from './count-by.ts';
export type { CountableItem, ItemFilter } from './count-by.ts';
