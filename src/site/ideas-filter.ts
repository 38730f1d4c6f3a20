/**
 * The strong ideas of a selection, shared by `<Figure stat="ideas">`, `<Rank by="ideas">` and
 * `<StrongIdeas>` so that the count in the prose is the length of the list beside it. An idea is a
 * group of items: it matches a tag (its own), a theme (one of its themes) or a region (one of its
 * members' regions); profile and format are refused by the chapters' check (see filter-scope.ts).
 */
import type { ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { StrongIdea } from '../pipeline/synthesis-model.ts';

const has = (wanted: ItemFilter[keyof ItemFilter], values: readonly string[]) =>
  wanted === undefined || (typeof wanted === 'string' ? values.includes(wanted) : wanted.length === 0 || wanted.some((v) => values.includes(v)));

export function ideasMatching(ideas: readonly StrongIdea[], filter: ItemFilter): StrongIdea[] {
  return ideas.filter((idea) => has(filter.tag, [idea.tag]) && has(filter.theme, idea.themes) && has(filter.region, idea.regions));
}
