/**
 * Which verbatims a page shows for a selection: `filterItems` gives all of them (their number is
 * the count the charts show); a page prints the first `limit` in a stable order — most votes first,
 * explicit tags before inferred ones, then by id — and links to the explorer for the rest.
 */
import { filterItems, type ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { FeedbackItem, Session } from '../pipeline/model.ts';

export interface VerbatimSelection {
  /** All items of the selection (`filterItems`). */
  total: number;
  /** The ones printed. */
  shown: FeedbackItem[];
}

export function compareVerbatims(a: FeedbackItem, b: FeedbackItem): number {
  return (
    b.weight - a.weight ||
    Number(b.tagSource === 'explicit') - Number(a.tagSource === 'explicit') ||
    b.confidence - a.confidence ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function selectVerbatims(items: readonly FeedbackItem[], filter: ItemFilter, limit: number): VerbatimSelection {
  const all = filterItems(items, filter);
  return { total: all.length, shown: topN(all, Math.max(0, limit)) };
}

/**
 * The sessions holding a selection's items, most items first (then by title): where a reader without
 * JavaScript, whom the explorer cannot filter for, finds the verbatims a page does not print.
 */
export function sessionsOfSelection(
  items: readonly FeedbackItem[],
  sessionById: ReadonlyMap<string, Session>,
  filter: ItemFilter,
): Array<{ session: Session; items: number }> {
  const counts = new Map<string, number>();
  for (const item of filterItems(items, filter)) counts.set(item.sessionId, (counts.get(item.sessionId) ?? 0) + 1);
  const collator = new Intl.Collator('fr');
  return [...counts]
    .flatMap(([id, n]) => {
      const session = sessionById.get(id);
      return session ? [{ session, items: n }] : [];
    })
    .sort((a, b) => b.items - a.items || collator.compare(a.session.title, b.session.title));
}

/** The first n by `compareVerbatims` without sorting everything (linear for small n). */
function topN(items: readonly FeedbackItem[], n: number): FeedbackItem[] {
  if (n === 0) return [];
  if (items.length <= n * 4) return [...items].sort(compareVerbatims).slice(0, n);
  const best: FeedbackItem[] = [];
  for (const item of items) {
    if (best.length === n && compareVerbatims(item, best[n - 1] as FeedbackItem) >= 0) continue;
    let i = best.length;
    while (i > 0 && compareVerbatims(item, best[i - 1] as FeedbackItem) < 0) i--;
    best.splice(i, 0, item);
    if (best.length > n) best.pop();
  }
  return best;
}
