/**
 * The contributions listed under a strong idea: each wording once (the same words up to case, accents
 * and punctuation, as the search groups them), with how many said it and where, the most said first,
 * at most `MAX_LISTED`. At a million items an idea gathers tens of thousands of
 * contributions: listed one by one, /idees-fortes/ weighed 63 MB and the printable page 26 MB, which
 * Chromium never finished printing. Every member is in the exports' « Membres des idées » sheet.
 *
 * Regions are counted as the idea's own `regions` count them: a contribution without a region is no
 * region, it is counted apart (`unlocated`), so that the idea's line and its wordings' agree.
 */
import type { FeedbackItem } from '../pipeline/model.ts';
import { foldedWords } from '../search/same-answer.ts';
import { formatInteger, plural } from './format.ts';
import { NO_REGION_LABEL, NO_REGION_WORDS } from './labels.ts';

/** Wordings listed under an idea; the rest are counted. */
export const MAX_LISTED = 30;

export interface ListedWording {
  /** The first contribution with this wording, in the idea's order: its text and permalink are shown. */
  item: FeedbackItem;
  /** Contributions with this wording. */
  count: number;
  /** Distinct regions they come from (codes, sorted); contributions without a region are in `unlocated`. */
  regions: string[];
  /** Contributions with this wording and no region. */
  unlocated: number;
}

export interface IdeaMembers {
  listed: ListedWording[];
  /** Contributions (not wordings) left out of `listed`. */
  others: number;
  /** Distinct wordings in all. */
  wordings: number;
}

export function ideaMembers(members: readonly string[], itemById: ReadonlyMap<string, FeedbackItem>, max = MAX_LISTED): IdeaMembers {
  const byWording = new Map<string, { item: FeedbackItem; count: number; regions: Set<string>; unlocated: number; order: number }>();
  for (const id of members) {
    const item = itemById.get(id);
    if (!item) continue;
    const key = foldedWords(item.text);
    let wording = byWording.get(key);
    if (!wording) byWording.set(key, (wording = { item, count: 0, regions: new Set(), unlocated: 0, order: byWording.size }));
    wording.count++;
    if (item.region === null) wording.unlocated++;
    else wording.regions.add(item.region);
  }
  const sorted = [...byWording.values()].sort((a, b) => b.count - a.count || a.order - b.order);
  const listed = sorted
    .slice(0, max)
    .map(({ item, count, regions, unlocated }) => ({ item, count, regions: [...regions].sort(), unlocated }));
  const shown = listed.reduce((sum, wording) => sum + wording.count, 0);
  const total = sorted.reduce((sum, wording) => sum + wording.count, 0);
  return { listed, others: total - shown, wordings: sorted.length };
}

/** Members of an idea without a region: the idea's `regions` leave them out, its line says how many. */
export function unlocatedMembers(members: readonly string[], itemById: ReadonlyMap<string, FeedbackItem>): number {
  let unlocated = 0;
  for (const id of members) if (itemById.get(id)?.region === null) unlocated++;
  return unlocated;
}

/**
 * What follows a wording, in parentheses: « Bretagne », « 3 contributions, 2 régions »,
 * « 5 contributions, 2 régions et 1 sans région », « 3 contributions, sans région », « Sans région ».
 */
export function wordingNote(wording: Pick<ListedWording, 'count' | 'regions' | 'unlocated'>, regionName: (code: string) => string): string {
  const { count, regions, unlocated } = wording;
  const counted = count > 1 ? `${plural(count, 'contribution')}, ` : '';
  const [only] = regions;
  const located = regions.length > 1 ? plural(regions.length, 'région') : only !== undefined ? regionName(only) : '';
  if (!located) return counted ? `${counted}${NO_REGION_WORDS}` : NO_REGION_LABEL;
  return unlocated > 0 ? `${counted}${located} et ${formatInteger(unlocated)} ${NO_REGION_WORDS}` : `${counted}${located}`;
}
