/**
 * The strong ideas a region contributes to: those with at least one member from it (the `region`
 * filter of `<StrongIdeas>` and `<Figure stat="ideas">`, ideas-filter.ts), in the national order. The
 * region page lists the first ones with how many of their contributions come from the region (the
 * most shared ideas come back in most regions: without it, Bretagne's list and Grand Est's looked
 * the same), and links to the whole list on a page of its own.
 */
import type { FeedbackItem, Region } from '../pipeline/model.ts';
import type { StrongIdea } from '../pipeline/synthesis-model.ts';
import { ideasMatching } from './ideas-filter.ts';
import { regionUrl } from './urls.ts';

export function regionIdeas(ideas: readonly StrongIdea[], region: string): StrongIdea[] {
  return ideasMatching(ideas, { region });
}

/** The page listing every idea of the region: `/regions/bretagne/idees-fortes/`. */
export function regionIdeasUrl(region: Pick<Region, 'name'>): string {
  return `${regionUrl(region)}idees-fortes/`;
}

/** Contributions of the idea that come from the region. */
export function membersFrom(idea: Pick<StrongIdea, 'members'>, region: string, itemById: ReadonlyMap<string, Pick<FeedbackItem, 'region'>>): number {
  let count = 0;
  for (const id of idea.members) if (itemById.get(id)?.region === region) count++;
  return count;
}
