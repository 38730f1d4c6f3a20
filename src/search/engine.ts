/**
 * The search engine a reader's browser runs (and tests run in Node): it reads the manifest, fetches
 * only the shards that hold a query's terms (French analysis by lunr-languages), and ranks with
 * lunr's scoring (`scoring.ts`). A word matches its stem and, from 3 letters, the terms of the words
 * it begins as written (its word shard, `w-`): « accompagnem » finds « accompagnement », whose stem
 * `accompagn` it does not begin, and « saisie » no longer finds « saisonnier » (`saisonni` begins with
 * its stem `sais`). Display data and facet values come from the `IndexStore`. Each concern has its module:
 * the shards (term-shards.ts, word-shards.ts, ending-shards.ts), the compounds of a query (query-reading.ts),
 * phrases first (phrases-first.ts), texts with some of the words (some-words.ts), suggestions (query-suggestion.ts).
 */
import { queryWords, type QueryWord } from './french.ts';
import { isPrefixWord, rank, type PlanWord } from './scoring.ts';
import { IndexStore, readManifest, type FetchJson } from './store.ts';
import { answerSizes, preferRepeated } from './repeat-order.ts';
import { reversed } from './suggest.ts';
import type { SearchOutcome } from './outcome.ts';
import { lastAtOrBelow } from './sorted.ts';
import { entryOf, TermShards } from './term-shards.ts';
import { WordShards } from './word-shards.ts';
import { EndingShards } from './ending-shards.ts';
import { readQuery, type QueryReading } from './query-reading.ts';
import { phrasesFirst } from './phrases-first.ts';
import { someWords } from './some-words.ts';
import { suggestQuery } from './query-suggestion.ts';
import { termMatcher } from './term-matcher.ts';

export class SearchEngine extends IndexStore {
  readonly #terms = new TermShards((name) => this.file(name));
  readonly #words = new WordShards((name) => this.file(name));
  readonly #endings = new EndingShards((name) => this.file(name));
  #answerSize: ((doc: number) => number) | undefined;

  static override async open(fetchJson: FetchJson): Promise<SearchEngine> {
    return new SearchEngine(await readManifest(fetchJson), fetchJson);
  }

  /** The shard whose range holds `term`. */
  shardOf(term: string): number {
    return lastAtOrBelow(this.manifest.bounds, term);
  }

  /** Term shards a query word needs before its words are read: the one of its stem. */
  shardsFor(word: QueryWord): number[] {
    return [this.shardOf(word.stem)];
  }

  /** Word shards a query word reads: those overlapping the range of the words it begins (none under 3 letters). */
  wordShardsFor(word: QueryWord): number[] {
    if (!isPrefixWord(word)) return [];
    const bounds = this.manifest.wordBounds;
    const shards: number[] = [];
    for (let i = lastAtOrBelow(bounds, word.written), last = lastAtOrBelow(bounds, `${word.written}\uffff`); i <= last; i++) shards.push(i);
    return shards;
  }

  /** Whether a word of a displayed text matched the outcome (see term-matcher.ts). */
  matcher(outcome: SearchOutcome): (word: string) => boolean {
    return termMatcher(outcome.terms);
  }

  async search(query: string): Promise<SearchOutcome> {
    const reading = await this.reading(query);
    const plan = await this.plan(query, reading);
    const terms = [...new Set(plan.flatMap(({ entries }) => entries.map((entry) => entry.term)))].sort();
    this.#answerSize ??= answerSizes(this.manifest.repeats);
    const hits = preferRepeated(rank(plan), this.#answerSize);
    const words = plan.map(({ word }) => word);
    if (plan.length < 2) return { words, terms, hits };
    if (hits.length > 0) return { words, terms, hits: await phrasesFirst(hits, plan, reading.joined, (docs) => this.documents(docs)) };
    const partial = someWords(plan, this.#answerSize);
    return partial ? { words, terms, hits, partial } : { words, terms, hits };
  }

  /** « Vouliez-vous dire … ? » (query-suggestion.ts). */
  suggest(query: string): Promise<string | undefined> {
    return suggestQuery(query, {
      plan: (typed) => this.plan(typed),
      search: (corrected) => this.search(corrected),
      beside: async (written) => (await this.#words.load(lastAtOrBelow(this.manifest.wordBounds, written))).candidates,
      endingAlike: (stem) => this.#endings.candidates(lastAtOrBelow(this.manifest.endingBounds, reversed(stem))),
    });
  }

  /**
   * The query's words with the index terms each matches: its stem, and the terms of the words it
   * begins. Two rounds of downloads: the stems' shards with the word shards, then the shards of the
   * terms found there (most often the stem's again: a word's stem begins it). Two words typed side by
   * side are one when the index reads them whole (`joinedIn`), and a compound typed hyphenated is its two
   * words when the index does not (`reading`).
   */
  async plan(query: string, reading?: QueryReading): Promise<PlanWord[]> {
    const { joined, apart } = reading ?? (await this.reading(query));
    const words = queryWords(query, joined, apart);
    const [wordTerms] = await Promise.all([
      Promise.all(
        words.map(async (word) => {
          const begun = await Promise.all(this.wordShardsFor(word).map((i) => this.#words.termsBegun(i, word.written)));
          return [...new Set([word.stem, ...begun.flat()])].sort();
        }),
      ),
      Promise.all(words.map((word) => this.#terms.load(this.shardOf(word.stem)))),
    ]);
    const wanted = [...new Set(wordTerms.flat().map((term) => this.shardOf(term)))];
    const loaded = new Map(await Promise.all(wanted.map(async (i) => [i, await this.#terms.load(i)] as const)));
    return words.map((word, k) => ({
      word,
      entries: (wordTerms[k] ?? []).flatMap((term) => {
        const shard = loaded.get(this.shardOf(term));
        const found = shard ? entryOf(shard, term) : undefined;
        return found ? [found] : [];
      }),
    }));
  }

  /**
   * The compounds the index reads whole (its texts write them hyphenated) among the query's pairs of
   * words (« bien être »): the terms the index holds.
   */
  async joinedIn(query: string): Promise<Set<string>> {
    return new Set((await this.reading(query)).joined);
  }

  /** How the index reads the query's compounds (query-reading.ts). */
  reading(query: string): Promise<QueryReading> {
    return readQuery(query, {
      termShard: (term) => this.#terms.load(this.shardOf(term)),
      prefetch: (word) => {
        // Started now, awaited by `plan`: a failure is its to report.
        this.#terms.load(this.shardOf(word.stem)).catch(() => undefined);
        for (const i of this.wordShardsFor(word)) this.#words.load(i).catch(() => undefined);
      },
    });
  }
}
