/**
 * Among the first results, texts holding the query's words side by side and in order (« France
 * Travail ») come before texts holding them apart (« Code du travail français »): lunr's score only
 * counts words, and a short text holding both anyhow outranked the phrase.
 */
import { holdsPhrase, phrasePositions } from './phrase.ts';
import type { Hit, PlanWord } from './scoring.ts';
import type { DocView } from './store.ts';

/**
 * Results of a query of several words re-read for the words side by side: as many as the first page
 * of results shows, whose texts the page fetches anyway (the index has no word positions).
 */
export const PHRASE_WINDOW = 20;

/** `hits` reordered so; `documents` gives the display data of the first ones, `joined` the compounds read whole. */
export async function phrasesFirst(
  hits: Hit[],
  plan: readonly PlanWord[],
  joined: ReadonlySet<string>,
  documents: (docs: readonly number[]) => Promise<DocView[]>,
): Promise<Hit[]> {
  let end = Math.min(PHRASE_WINDOW, hits.length);
  // Identical answers follow their first one: keep a run whole, or the list would show it twice.
  while (end < hits.length && hits[end]?.doc === (hits[end - 1]?.doc ?? -2) + 1 && hits[end]?.score === hits[end - 1]?.score) end++;
  const window = hits.slice(0, end);
  const views = await documents(window.map((hit) => hit.doc));
  const wordTerms = plan.map(({ entries }) => new Set(entries.map((entry) => entry.term)));
  const together = new Set(views.filter((view) => holdsPhrase(phrasePositions(view.text, joined), wordTerms)).map((view) => view.doc));
  if (together.size === 0 || together.size === window.length) return hits;
  return [...window.filter((hit) => together.has(hit.doc)), ...window.filter((hit) => !together.has(hit.doc)), ...hits.slice(end)];
}
