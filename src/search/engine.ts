/**
 * The search engine a reader's browser runs (and tests run in Node): it reads the manifest, fetches
 * only the shards that hold a query's terms (French analysis by lunr-languages), and ranks with
 * lunr's scoring (`scoring.ts`). A word matches its stem and, from 3 letters, the terms of the words
 * it begins as written (its word shard, `w-`): « accompagnem » finds « accompagnement », whose stem
 * `accompagn` it does not begin, and « saisie » no longer finds « saisonnier » (`saisonni` begins with
 * its stem `sais`). Display data and facet values come from the `IndexStore`.
 */
import { foldWritten, hyphenatedTermsOf, indexTerm, pairTermsOf, queryWords, splitWords, type QueryWord } from './french.ts';
import { isCompound } from './words.ts';
import { holdsPhrase, phrasePositions } from './phrase.ts';
import { isPrefixWord, rank, scoreSome, type Hit, type PartialHit, type PlanWord, type TermEntry } from './scoring.ts';
import { TF_SCALE, endingShardFile, shardFile, wordShardFile, type EndingShard, type Shard, type WordShard } from './format.ts';
import { IndexStore, readManifest, type FetchJson } from './store.ts';
import { answerSizes, preferRepeated } from './repeat-order.ts';
import { closestWord, MIN_SUGGESTED, reversed, type Candidate } from './suggest.ts';

/**
 * Results of a query of several words re-read for the words side by side: as many as the first page
 * of results shows, whose texts the page fetches anyway (the index has no word positions).
 */
export const PHRASE_WINDOW = 20;

export type { Hit, PartialHit } from './scoring.ts';
export { expandFacets, IndexStore, type DocView, type FacetItem, type FacetLabel, type FetchJson } from './store.ts';
export { holdsPhrase, phrasePositions, type PhrasePosition } from './phrase.ts';

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

/**
 * How the index reads a query's compounds: `joined`, pairs of words typed apart read as the compound
 * (`SearchEngine.joinedIn`); `apart`, compounds typed hyphenated read as their two words too (`queryWords`).
 */
export interface QueryReading {
  joined: ReadonlySet<string>;
  apart: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

interface LoadedShard {
  shard: Shard;
  entries: Array<TermEntry | undefined>;
}

/** A word shard with each word folded and its term spelled out. */
interface LoadedWords {
  folded: string[];
  candidates: Candidate[];
}

export class SearchEngine extends IndexStore {
  readonly #decoded = new WeakMap<object, LoadedShard>();
  readonly #endings = new WeakMap<object, Candidate[]>();
  readonly #words = new WeakMap<object, LoadedWords>();
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

  /**
   * Whether a word of a displayed text matched the outcome (same analysis as the index); of a compound,
   * the whole (« rendez-vous ») or the parts that matched (« milo » in « i-milo »): see `highlight`.
   */
  matcher(outcome: SearchOutcome): (word: string) => boolean {
    const terms = new Set(outcome.terms);
    // Without a compound among the terms, no compound of a text (nor two words side by side) can match whole.
    const compounds = outcome.terms.some((term) => term.includes('-'));
    const cache = new Map<string, boolean>();
    return (word) => {
      let matched = cache.get(word);
      if (matched === undefined) {
        matched = (compounds || !isCompound(word)) && terms.has(indexTerm(word));
        cache.set(word, matched);
      }
      return matched;
    };
  }

  async search(query: string): Promise<SearchOutcome> {
    const reading = await this.reading(query);
    const { joined } = reading;
    const plan = await this.plan(query, reading);
    const terms = [...new Set(plan.flatMap(({ entries }) => entries.map((entry) => entry.term)))].sort();
    this.#answerSize ??= answerSizes(this.manifest.repeats);
    const hits = preferRepeated(rank(plan), this.#answerSize);
    const words = plan.map(({ word }) => word);
    if (plan.length < 2) return { words, terms, hits };
    if (hits.length > 0) return { words, terms, hits: await this.#phrasesFirst(hits, plan, joined) };
    const partial = this.#someWords(plan);
    return partial ? { words, terms, hits, partial } : { words, terms, hits };
  }

  /** The texts holding some of the plan's words, if any does (none holds them all). */
  #someWords(plan: readonly PlanWord[]): PartialOutcome | undefined {
    const some = scoreSome(plan);
    if (some.length === 0) return undefined;
    const sizeOf = this.#answerSize ?? (() => 1);
    // Among equal scores, the answers given most often first, as in `hits`; within each number of words.
    const hits: PartialHit[] = [];
    for (let start = 0; start < some.length; ) {
      const words = some[start]?.words;
      let end = start + 1;
      while (end < some.length && some[end]?.words === words) end++;
      const group = some.slice(start, end);
      preferRepeated(group, sizeOf); // in place
      hits.push(...group);
      start = end;
    }
    const counts = plan.map(() => 0);
    for (const hit of hits) plan.forEach((_, w) => (counts[w] = (counts[w] ?? 0) + ((hit.mask >> w) & 1)));
    return { hits, counts };
  }

  /**
   * Among the first results, texts holding the query's words side by side and in order (« France
   * Travail ») come before texts holding them apart (« Code du travail français »): lunr's score only
   * counts words, and a short text holding both anyhow outranked the phrase.
   */
  async #phrasesFirst(hits: Hit[], plan: readonly PlanWord[], joined: ReadonlySet<string>): Promise<Hit[]> {
    let end = Math.min(PHRASE_WINDOW, hits.length);
    // Identical answers follow their first one: keep a run whole, or the list would show it twice.
    while (end < hits.length && hits[end]?.doc === (hits[end - 1]?.doc ?? -2) + 1 && hits[end]?.score === hits[end - 1]?.score) end++;
    const window = hits.slice(0, end);
    const views = await this.documents(window.map((hit) => hit.doc));
    const wordTerms = plan.map(({ entries }) => new Set(entries.map((entry) => entry.term)));
    const together = new Set(views.filter((view) => holdsPhrase(phrasePositions(view.text, joined), wordTerms)).map((view) => view.doc));
    if (together.size === 0 || together.size === window.length) return hits;
    return [...window.filter((hit) => together.has(hit.doc)), ...window.filter((hit) => !together.has(hit.doc)), ...hits.slice(end)];
  }

  /**
   * « Vouliez-vous dire … ? »: the query with each word that matched nothing replaced by the closest
   * word the texts write (see suggest.ts); undefined when no word is close enough or when the corrected
   * query finds nothing either (nor, for several words, each of them somewhere). The candidates are the words sorted beside it (its word shard, which the
   * query already fetched) and the terms ending like it, as their usual words (its ending shard, no
   * postings): a typo in the first letters (« sématérialisation ») sorts far from the right word. Costs,
   * after a query that found nothing only, the ending shard and the corrected query's shards.
   */
  async suggest(query: string): Promise<string | undefined> {
    const plan = await this.plan(query);
    const replacements = new Map<string, string>();
    for (const { word, entries } of plan) {
      if (entries.length > 0) continue;
      if (word.written.length < MIN_SUGGESTED) return undefined;
      const beside = await this.#wordShard(lastAtOrBelow(this.manifest.wordBounds, word.written));
      // The word's own shard first: at equal edits and frequency, its word needs no other download.
      const found = closestWord(word.word, [...beside.candidates, ...(await this.#endingAlike(word.stem))], foldWritten);
      if (!found) return undefined;
      replacements.set(word.word, found.word);
    }
    if (replacements.size === 0) return undefined;
    const corrected = replaceWords(query, replacements);
    const outcome = await this.search(corrected);
    // Texts with every word, or, when none holds them all, each word in some text (« aplication mobile »
    // → « application mobile »: 1,584 and 64 texts, never both; the query as typed had « mobile » only).
    const found = outcome.hits.length > 0 || (outcome.partial?.counts.every((count) => count > 0) ?? false);
    return found ? corrected : undefined;
  }

  /** The terms ending like `term` (its ending shard), each as its most usual words. */
  async #endingAlike(term: string): Promise<Candidate[]> {
    const shard = (await this.file(endingShardFile(lastAtOrBelow(this.manifest.endingBounds, reversed(term))))) as EndingShard;
    let candidates = this.#endings.get(shard);
    if (!candidates) {
      candidates = shard.words.flatMap((written, i) => {
        const words = written.split(' ');
        const docs = shard.docs[i] ?? 0;
        const stem = indexTerm(words[0] ?? '');
        return words.map((word): Candidate => ({ word, term: stem, docs }));
      });
      this.#endings.set(shard, candidates);
    }
    return candidates;
  }

  async #wordShard(index: number): Promise<LoadedWords> {
    const shard = (await this.file(wordShardFile(index))) as WordShard;
    let loaded = this.#words.get(shard);
    if (!loaded) {
      const folded = shard.words.map(foldWritten);
      const candidates = shard.words.map((word, i): Candidate => {
        const code = shard.terms[i] ?? '';
        return { word, term: typeof code === 'number' ? (folded[i] ?? '').slice(0, code) : code, docs: shard.docs[i] ?? 0 };
      });
      loaded = { folded, candidates };
      this.#words.set(shard, loaded);
    }
    return loaded;
  }

  /** Terms of the words of a shard that begin with `prefix` (folded). */
  async #termsBegun(index: number, prefix: string): Promise<string[]> {
    const { folded, candidates } = await this.#wordShard(index);
    const terms: string[] = [];
    for (let i = lowerBound(folded, prefix); i < folded.length && (folded[i] ?? '').startsWith(prefix); i++) terms.push(candidates[i]?.term ?? '');
    return terms;
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
          const begun = await Promise.all(this.wordShardsFor(word).map((i) => this.#termsBegun(i, word.written)));
          return [...new Set([word.stem, ...begun.flat()])].sort();
        }),
      ),
      Promise.all(words.map((word) => this.#shard(this.shardOf(word.stem)))),
    ]);
    const wanted = [...new Set(wordTerms.flat().map((term) => this.shardOf(term)))];
    const loaded = new Map(await Promise.all(wanted.map(async (i) => [i, await this.#shard(i)] as const)));
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

  /**
   * How the index reads the query's compounds (`QueryReading`). A pair typed apart is joined when its
   * term's shard marks it so (`Shard.joined`). A compound typed hyphenated (« pôle-emploi ») is read as
   * its two words, and so finds the texts writing it apart too (ranked with the others, those holding them
   * side by side first: `#phrasesFirst`), unless the index joins it (the spaced form is then the compound
   * already) or its spaced form is a verb phrase (`Shard.verbal`: « peut-être », the adverb, is not « il
   * peut être utile »). A compound's term sorts right after its first word's stem (`bien-etr` after
   * `bien`), so its shard is most often one the query reads anyway; those of the words as typed, and of
   * a hyphenated compound's two words, are fetched meanwhile (one round of downloads, as most such
   * compounds are read apart).
   */
  async reading(query: string): Promise<QueryReading> {
    const pairs = pairTermsOf(query);
    const hyphenated = hyphenatedTermsOf(query);
    if (pairs.length === 0 && hyphenated.length === 0) return { joined: NONE, apart: NONE };
    const read = hyphenated.length === 0 ? queryWords(query) : [...queryWords(query), ...queryWords(query, NONE, new Set(hyphenated))];
    for (const word of read) {
      // Started now, awaited by `plan`: a failure is its to report.
      this.#shard(this.shardOf(word.stem)).catch(() => undefined);
      for (const i of this.wordShardsFor(word)) this.#wordShard(i).catch(() => undefined);
    }
    const marked = (terms: readonly string[], keep: (loaded: LoadedShard, term: string) => boolean) =>
      Promise.all(terms.map(async (term) => (keep(await this.#shard(this.shardOf(term)), term) ? term : ''))).then(
        (kept) => new Set(kept.filter((term) => term !== '')),
      );
    const [joined, apart] = await Promise.all([
      marked(pairs, (loaded, term) => isMarked(loaded, term, 'joined')),
      marked(hyphenated, (loaded, term) => !isMarked(loaded, term, 'joined') && !isMarked(loaded, term, 'verbal')),
    ]);
    return { joined, apart };
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

/** The entry of a term in its shard, if the index holds it. */
function entryOf(loaded: LoadedShard, term: string): TermEntry | undefined {
  const i = lowerBound(loaded.shard.terms, term);
  return loaded.shard.terms[i] === term ? entry(loaded, i) : undefined;
}

/**
 * Whether a compound's shard marks it: `joined`, the index reads it whole when written apart (not only that
 * its texts hyphenate it); `verbal`, written apart it is a verb phrase.
 */
function isMarked(loaded: LoadedShard, term: string, mark: 'joined' | 'verbal'): boolean {
  const i = lowerBound(loaded.shard.terms, term);
  return loaded.shard.terms[i] === term && (loaded.shard[mark]?.includes(i) ?? false);
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
