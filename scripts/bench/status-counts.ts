/**
 * What the search page's status says it found (src/search/page-text.ts, partial-text.ts), read back by the
 * search bench: the results (texts with every word), and, when there are none, how many texts holding some
 * of the words the page lists instead (« application mobile » at 100k: no result, 1 648 texts listed).
 */
import { formatInteger } from '../../src/pipeline/text/plural.ts';

export interface StatusCounts {
  results: number;
  /** Texts listed apart, holding some of the words: only when no text holds them all. */
  partial?: number;
}

/** Digits the page groups with (no-break) spaces: « 1 648 ». */
const COUNT = String.raw`(\d[\d\s\u202f\u00a0]*)`;

export function statusCounts(status: string): StatusCounts {
  const results = Number(status.match(new RegExp(`^${COUNT} résultat`))?.[1]?.replace(/\D/g, '') ?? '0');
  if (results > 0 || !/^Aucun résultat ne contient/.test(status)) return { results };
  const listed = status.match(new RegExp(`Ci-dessous, (?:${COUNT} textes|(le) texte) qui`));
  if (!listed) return { results };
  return { results, partial: listed[2] ? 1 : Number(listed[1]?.replace(/\D/g, '')) };
}

/** The bench's « résultats » cell: « 2 », or « 0 (1 648 en partie) » when texts with some of the words are listed. */
export function resultsCell(counts: StatusCounts): string {
  return counts.partial === undefined ? String(counts.results) : `${counts.results} (${formatInteger(counts.partial)} en partie)`;
}
