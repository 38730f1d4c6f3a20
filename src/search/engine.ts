/**
 * The search engine a reader's browser runs (and tests run in Node): it reads the manifest, fetches
 * only the shards that hold a query's terms (French analysis by lunr-languages), and ranks with
 * lunr's scoring (`scoring.ts`). Display data and facet values come from the `IndexStore`.
 */
import { indexTerm, indexTerms, queryWords, splitWords, type QueryWord } from './french.ts';
import { isPrefixWord, rank, type Hit, type PlanWord, type TermEntry } from './scoring.ts';
import { TF_SCALE, endingShardFile, shardFile, type EndingShard, type Shard } from './format.ts';
import { IndexStore, readManifest, type FetchJson } from './store.ts';
import { answerSizes, preferRepeated } from './repeat-order.ts';
import { closestTerm, MIN_SUGGESTED, reversed, usualSpelling, type Candidate } from './suggest.ts';

/**
 * Results of a query of several words re-read for the words side by side: as many as the first page
 * of results shows, whose texts the page fetches anyway (the index has no word positions).
 */
export const PHRASE_WINDOW = 20;

export type { Hit } from './scoring.ts';
export { expandFacets, IndexStore, type DocView, type FacetItem, type FacetLabel, type FetchJson } from './store.ts';

export interface SearchOutcome {
  words: QueryWord[];
  /** Every index term the query matched (what to highlight). */
  terms: string[];
  /** Every matching document, best first (ties: the answers given most often, then document number). */
  hits: Hit[];
}

/** A term of an ending shard, with the words the texts most often write it with. */
interface WrittenCandidate extends Candidate {
  words: string[];
}

interface LoadedShard {
  shard: Shard;
  entries: Array<TermEntry | undefined>;
}

export class SearchEngine extends IndexStore {
  readonly #decoded = new WeakMap<object, LoadedShard>();
  readonly #endings = new WeakMap<object, WrittenCandidate[]>();
  #answerSize: ((doc: number) => number) | undefined;

  static override async open(fetchJson: FetchJson): Promise<SearchEngine> {
    return new SearchEngine(await readManifest(fetchJson), fetchJson);
  }

  /** The shard whose range holds `term`. */
  shardOf(term: string): number {
    return lastAtOrBelow(this.manifest.bounds, term);
  }

  /** Shards a query word needs: the one of its stem, or every shard overlapping its prefix range. */
  shardsFor(word: QueryWord): number[] {
    const first = this.shardOf(word.stem);
    const last = isPrefixWord(word) ? this.shardOf(`${word.stem}\uffff`) : first;
    const shards: number[] = [];
    for (let i = first; i <= last; i++) shards.push(i);
    return shards;
  }

  /** Whether a word of a displayed text matched the outcome (same analysis as the index). */
  matcher(outcome: SearchOutcome): (word: string) => boolean {
    const terms = new Set(outcome.terms);
    const cache = new Map<string, boolean>();
    return (word) => {
      let matched = cache.get(word);
      if (matched === undefined) {
        matched = terms.has(indexTerm(word));
        cache.set(word, matched);
      }
      return matched;
    };
  }

  async search(query: string): Promise<SearchOutcome> {
    const plan = await this.plan(query);
    const terms = [...new Set(plan.flatMap(({ entries }) => entries.map((entry) => entry.term)))].sort();
    this.#answerSize ??= answerSizes(this.manifest.repeats);
    const hits = preferRepeated(rank(plan), this.#answerSize);
    return { words: plan.map(({ word }) => word), terms, hits: plan.length > 1 ? await this.#phrasesFirst(hits, plan) : hits };
  }

  /**
   * Among the first results, texts holding the query's words side by side and in order (« France
   * Travail ») come before texts holding them apart (« Code du travail français »): lunr's score only
   * counts words, and a short text holding both anyhow outranked the phrase.
   */
  async #phrasesFirst(hits: Hit[], plan: readonly PlanWord[]): Promise<Hit[]> {
    let end = Math.min(PHRASE_WINDOW, hits.length);
    // Identical answers follow their first one: keep a run whole, or the list would show it twice.
    while (end < hits.length && hits[end]?.doc === (hits[end - 1]?.doc ?? -2) + 1 && hits[end]?.score === hits[end - 1]?.score) end++;
    const window = hits.slice(0, end);
    const views = await this.documents(window.map((hit) => hit.doc));
    const wordTerms = plan.map(({ entries }) => new Set(entries.map((entry) => entry.term)));
    const together = new Set(views.filter((view) => holdsPhrase(indexTerms(view.text), wordTerms)).map((view) => view.doc));
    if (together.size === 0 || together.size === window.length) return hits;
    return [...window.filter((hit) => together.has(hit.doc)), ...window.filter((hit) => !together.has(hit.doc)), ...hits.slice(end)];
  }

  /**
   * « Vouliez-vous dire … ? »: the query with each word that matched nothing replaced by the closest
   * word of the index (see suggest.ts), written as most texts of the consultation write it; undefined
   * when no word is close enough or when the corrected query finds nothing either. The candidates are
   * the terms of the word's shard, which the query already fetched, and those ending like it (its
   * ending shard, no postings): a typo in the first letters (« sématérialisation ») sends the word to
   * another shard than its term's. Costs, after a query that found nothing only, the ending shard, the
   * term's ending shard when it is another (it gives the term's usual words), and the term's shard
   * when it is not the word's (for the corrected query).
   */
  async suggest(query: string): Promise<string | undefined> {
    const plan = await this.plan(query);
    const replacements = new Map<string, string>();
    for (const { word, entries } of plan) {
      if (entries.length > 0) continue;
      if (word.stem.length < MIN_SUGGESTED) return undefined;
      const { terms, postings } = (await this.#shard(this.shardOf(word.stem))).shard;
      const nearby = terms.map((term, i): Candidate => ({ term, docs: (postings[i]?.length ?? 0) >> 1 }));
      // The word's own shard first: at equal edits and frequency, its term needs no other download.
      const found = closestTerm(word.stem, word.word, [...nearby, ...(await this.#endingAlike(word.stem))]);
      if (!found) return undefined;
      const spelled = usualSpelling((await this.#endingAlike(found.term)).find(({ term }) => term === found.term)?.words ?? [], word.word);
      if (spelled === undefined) return undefined;
      replacements.set(word.word, spelled);
    }
    if (replacements.size === 0) return undefined;
    const corrected = replaceWords(query, replacements);
    return (await this.search(corrected)).hits.length > 0 ? corrected : undefined;
  }

  /**
   * The terms ending like `term` (its ending shard), each with its most usual words; none from an
   * index built before ending shards.
   */
  async #endingAlike(term: string): Promise<WrittenCandidate[]> {
    const bounds = this.manifest.endingBounds;
    if (!bounds || bounds.length === 0) return [];
    const shard = (await this.file(endingShardFile(lastAtOrBelow(bounds, reversed(term))))) as EndingShard;
    let candidates = this.#endings.get(shard);
    if (!candidates) {
      candidates = shard.words.map((written, i) => {
        const words = written.split(' ');
        return { term: indexTerm(words[0] ?? ''), docs: shard.docs[i] ?? 0, words };
      });
      this.#endings.set(shard, candidates);
    }
    return candidates;
  }

  /** The query's words with the index terms each matches (fetching the shards needed). */
  async plan(query: string): Promise<PlanWord[]> {
    const words = queryWords(query);
    const wanted = [...new Set(words.flatMap((word) => this.shardsFor(word)))];
    const loaded = new Map(await Promise.all(wanted.map(async (i) => [i, await this.#shard(i)] as const)));
    return words.map((word) => ({
      word,
      entries: this.shardsFor(word).flatMap((i) => {
        const shard = loaded.get(i);
        return shard ? matchingEntries(shard, word) : [];
      }),
    }));
  }

  async #shard(index: number): Promise<LoadedShard> {
    const data = (await this.file(shardFile(index))) as Shard;
    let loaded = this.#decoded.get(data);
    if (!loaded) {
      loaded = { shard: data, entries: new Array<TermEntry | undefined>(data.terms.length) };
      this.#decoded.set(data, loaded);
    }
    return loaded;
  }
}

/** Whether the words' terms follow one another somewhere in a text's terms (stop words are not terms). */
export function holdsPhrase(terms: readonly string[], wordTerms: ReadonlyArray<ReadonlySet<string>>): boolean {
  for (let start = 0; start + wordTerms.length <= terms.length; start++) {
    if (wordTerms.every((set, k) => set.has(terms[start + k] ?? ''))) return true;
  }
  return false;
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

/** Entries of a shard equal to the word's stem, or starting with it for a prefix word. */
function matchingEntries(loaded: LoadedShard, word: QueryWord): TermEntry[] {
  const { terms } = loaded.shard;
  const found: TermEntry[] = [];
  for (let i = lowerBound(terms, word.stem); i < terms.length; i++) {
    const term = terms[i] ?? '';
    if (term === word.stem || (isPrefixWord(word) && term.startsWith(word.stem))) found.push(entry(loaded, i));
    else break;
  }
  return found;
}

/** The last position of sorted lower bounds (the first `''`) at or below `value`: the shard holding it. */
function lastAtOrBelow(bounds: readonly string[], value: string): number {
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((bounds[middle] ?? '') <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Decodes a term's postings once (gaps → document numbers, scaled integers → lunr weights). */
function entry(loaded: LoadedShard, i: number): TermEntry {
  const cached = loaded.entries[i];
  if (cached) return cached;
  const { shard } = loaded;
  const encoded = shard.postings[i] ?? [];
  const idf = (shard.idf[i] ?? 0) / 1000;
  const docs = new Uint32Array(encoded.length >> 1);
  const weights = new Float64Array(encoded.length >> 1);
  let doc = 0;
  for (let k = 0; k < encoded.length; k += 2) {
    doc += encoded[k] ?? 0;
    docs[k >> 1] = doc;
    weights[k >> 1] = (idf * (encoded[k + 1] ?? 0)) / TF_SCALE;
  }
  const made: TermEntry = { term: shard.terms[i] ?? '', index: shard.base + i, docs, weights };
  loaded.entries[i] = made;
  return made;
}
