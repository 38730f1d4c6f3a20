/**
 * The contributions listed under a strong idea: each wording once (the same words up to case, accents
 * and punctuation, as the search groups them), with how many said it and in how many regions, the most
 * said first, at most `MAX_LISTED`. At a million items an idea gathers tens of thousands of
 * contributions: listed one by one, /idees-fortes/ weighed 63 MB and the printable page 26 MB, which
 * Chromium never finished printing. Every member is in the exports' « Membres des idées » sheet.
 */
import type { FeedbackItem } from '../pipeline/model.ts';
import { foldedWords } from '../search/same-answer.ts';

/** Wordings listed under an idea; the rest are counted. */
export const MAX_LISTED = 30;

export interface ListedWording {
  /** The first contribution with this wording, in the idea's order: its text and permalink are shown. */
  item: FeedbackItem;
  /** Contributions with this wording. */
  count: number;
  /** Distinct regions (null counted as one) they come from. */
  regions: number;
}

export interface IdeaMembers {
  listed: ListedWording[];
  /** Contributions (not wordings) left out of `listed`. */
  others: number;
  /** Distinct wordings in all. */
  wordings: number;
}

export function ideaMembers(members: readonly string[], itemById: ReadonlyMap<string, FeedbackItem>, max = MAX_LISTED): IdeaMembers {
  const byWording = new Map<string, { item: FeedbackItem; count: number; regions: Set<string | null>; order: number }>();
  for (const id of members) {
    const item = itemById.get(id);
    if (!item) continue;
    const key = foldedWords(item.text);
    const wording = byWording.get(key);
    if (wording) {
      wording.count++;
      wording.regions.add(item.region);
    } else byWording.set(key, { item, count: 1, regions: new Set([item.region]), order: byWording.size });
  }
  const sorted = [...byWording.values()].sort((a, b) => b.count - a.count || a.order - b.order);
  const listed = sorted.slice(0, max).map(({ item, count, regions }) => ({ item, count, regions: regions.size }));
  const shown = listed.reduce((sum, wording) => sum + wording.count, 0);
  const total = sorted.reduce((sum, wording) => sum + wording.count, 0);
  return { listed, others: total - shown, wordings: sorted.length };
}
