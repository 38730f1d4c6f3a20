/**
 * How the index reads a query's compounds: pairs of words typed apart that it reads as one compound, compounds
 * typed hyphenated that it reads as their two words too.
 */
import { hyphenatedTermsOf, pairTermsOf, queryWords, type QueryWord } from './french.ts';
import { isMarked, type LoadedShard } from './term-shards.ts';

/**
 * `joined`, pairs of words typed apart read as the compound (`SearchEngine.joinedIn`); `apart`, compounds typed
 * hyphenated read as their two words too (`queryWords`).
 */
export interface QueryReading {
  joined: ReadonlySet<string>;
  apart: ReadonlySet<string>;
}

export const NONE: ReadonlySet<string> = new Set();

/** What `readQuery` downloads through. */
export interface ReadingShards {
  /** The term shard holding `term`. */
  termShard(term: string): Promise<LoadedShard>;
  /** Starts the downloads a query word needs (its stem's term shard, its word shards): a failure is the plan's to report. */
  prefetch(word: QueryWord): void;
}

/**
 * A pair typed apart is joined when its term's shard marks it so (`Shard.joined`). A compound typed hyphenated
 * (« pôle-emploi ») is read as its two words, and so finds the texts writing it apart too (ranked with the others,
 * those holding them side by side first: phrases-first.ts), unless the index joins it (the spaced form is then the
 * compound already) or its spaced form is a verb phrase (`Shard.verbal`: « peut-être », the adverb, is not « il peut
 * être utile »). A compound's term sorts right after its first word's stem (`bien-etr` after `bien`), so its shard
 * is most often one the query reads anyway; those of the words as typed, and of a hyphenated compound's two words,
 * are fetched meanwhile (one round of downloads, as most such compounds are read apart).
 */
export async function readQuery(query: string, shards: ReadingShards): Promise<QueryReading> {
  const pairs = pairTermsOf(query);
  const hyphenated = hyphenatedTermsOf(query);
  if (pairs.length === 0 && hyphenated.length === 0) return { joined: NONE, apart: NONE };
  const read = hyphenated.length === 0 ? queryWords(query) : [...queryWords(query), ...queryWords(query, NONE, new Set(hyphenated))];
  for (const word of read) shards.prefetch(word);
  const marked = (terms: readonly string[], keep: (loaded: LoadedShard, term: string) => boolean) =>
    Promise.all(terms.map(async (term) => (keep(await shards.termShard(term), term) ? term : ''))).then(
      (kept) => new Set(kept.filter((term) => term !== '')),
    );
  const [joined, apart] = await Promise.all([
    marked(pairs, (loaded, term) => isMarked(loaded, term, 'joined')),
    marked(hyphenated, (loaded, term) => !isMarked(loaded, term, 'joined') && !isMarked(loaded, term, 'verbal')),
  ]);
  return { joined, apart };
}
