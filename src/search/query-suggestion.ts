/**
 * « Vouliez-vous dire … ? »: the query with each word that matched nothing replaced by the closest word the texts
 * write (see suggest.ts).
 */
import { foldWritten, splitWords } from './french.ts';
import type { SearchOutcome } from './outcome.ts';
import type { PlanWord } from './scoring.ts';
import { closestWord, MIN_SUGGESTED, type Candidate } from './suggest.ts';

/** What `suggestQuery` reads through (the engine). */
export interface SuggestionSources {
  plan(query: string): Promise<PlanWord[]>;
  search(query: string): Promise<SearchOutcome>;
  /** The words sorted beside `written` (its word shard, which the query already fetched). */
  beside(written: string): Promise<Candidate[]>;
  /** The terms ending like `stem`, as their usual words (its ending shard, no postings). */
  endingAlike(stem: string): Promise<Candidate[]>;
}

/**
 * The corrected query; undefined when no word is close enough or when the corrected query finds nothing either
 * (nor, for several words, each of them somewhere). The candidates are the words sorted beside it and the terms
 * ending like it: a typo in the first letters (« sématérialisation ») sorts far from the right word. Costs, after a
 * query that found nothing only, the ending shard and the corrected query's shards.
 */
export async function suggestQuery(query: string, sources: SuggestionSources): Promise<string | undefined> {
  const plan = await sources.plan(query);
  const replacements = new Map<string, string>();
  for (const { word, entries } of plan) {
    if (entries.length > 0) continue;
    if (word.written.length < MIN_SUGGESTED) return undefined;
    // The word's own shard first: at equal edits and frequency, its word needs no other download.
    const found = closestWord(word.word, [...(await sources.beside(word.written)), ...(await sources.endingAlike(word.stem))], foldWritten);
    if (!found) return undefined;
    replacements.set(word.word, found.word);
  }
  if (replacements.size === 0) return undefined;
  const corrected = replaceWords(query, replacements);
  const outcome = await sources.search(corrected);
  // Texts with every word, or, when none holds them all, each word in some text (« aplication mobile »
  // → « application mobile »: 1,584 and 64 texts, never both; the query as typed had « mobile » only).
  const found = outcome.hits.length > 0 || (outcome.partial?.counts.every((count) => count > 0) ?? false);
  return found ? corrected : undefined;
}

/** The query with some of its words (in lower case) replaced, the rest as typed. */
function replaceWords(query: string, replacements: ReadonlyMap<string, string>): string {
  let result = '';
  let at = 0;
  for (const { word, start, end } of splitWords(query)) {
    const replacement = replacements.get(word.toLowerCase());
    if (replacement === undefined) continue;
    result += query.slice(at, start) + replacement;
    at = end;
  }
  return result + query.slice(at);
}
