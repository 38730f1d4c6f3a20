/**
 * What the search page found, as its results list tells scripts (`data-found`, `data-partial`, set by
 * src/search/results-view.ts once a query's first results are listed), read back by the search bench:
 * the results (texts with every word), and, when there are none, how many texts holding some of the
 * words the page lists instead (« application mobile » at 100k: no result, 1 648 texts listed). The
 * status's wording, which the bench read before, is the readers' and may change.
 */
import { formatInteger } from '../../src/pipeline/text/plural.ts';

export interface StatusCounts {
  results: number;
  /** Texts listed apart, holding some of the words: only when no text holds them all. */
  partial?: number;
}

/** The list's selector once a query's first results are listed (the attribute is removed while it loads). */
export const LISTED = '[data-results][data-found]';

/** The counts from the list's `data-found` and `data-partial` (absent: `null`). */
export function listCounts(found: string | null, partial: string | null): StatusCounts {
  const results = Number(found ?? '0');
  return partial === null ? { results } : { results, partial: Number(partial) };
}

/** The bench's « résultats » cell: « 2 », or « 0 (1 648 en partie) » when texts with some of the words are listed. */
export function resultsCell(counts: StatusCounts): string {
  return counts.partial === undefined ? String(counts.results) : `${counts.results} (${formatInteger(counts.partial)} en partie)`;
}
