/** What a query finds (`SearchEngine.search`), as the search page shows it. Types only. */
import type { QueryWord } from './french.ts';
import type { Hit, PartialHit } from './scoring.ts';

export type { Hit, PartialHit } from './scoring.ts';

export interface SearchOutcome {
  words: QueryWord[];
  /** Every index term the query matched (what to highlight). */
  terms: string[];
  /**
   * Every document holding all the words, best first (ties: the answers given most often, then document
   * number), those holding them side by side first among the first page.
   */
  hits: Hit[];
  /** When a query of several words finds no text holding them all: the texts holding some (see `PartialOutcome`). */
  partial?: PartialOutcome;
}

/**
 * Texts holding some of a query's words, for a query of several words that no text holds all of
 * (« application mobile » on the 100,000-item bench: 1,584 texts say « application », 64 « mobile »,
 * none both). Apart from `hits`, so that « N résultats pour … » keeps counting texts with every word:
 * the page shows these under their own label (`partial-text.ts`).
 */
export interface PartialOutcome {
  /** Those holding the most words first, then by score. */
  hits: PartialHit[];
  /** Per word of `SearchOutcome.words`: how many texts hold it. */
  counts: number[];
}
