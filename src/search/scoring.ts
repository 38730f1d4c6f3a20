/**
 * Ranks the documents of a query plan, two ways that give the same result:
 *
 * - `scoreWithLunr` assembles a lunr index holding just the plan's terms and lets lunr run the query
 *   (a clause per term a word matched: its stem boosted ×11, as an exact clause boosted ×10 plus a
 *   prefix clause were, STACK-NOTES' advice; the terms of the words it begins, ×1).
 * - `scoreDirect` computes lunr's own score — Σ boost(t)·w(t,d) / |boosts| (lunr.Vector.similarity
 *   of the query vector with the document's BM25 vector) — over typed arrays. lunr allocates a few
 *   objects per posting (≈ 4 µs each): 40–150 ms for a common word at 100,000 items, over the
 *   50 ms budget; the direct path takes a few milliseconds there.
 *
 * `rank` uses lunr while the plan is small (always on the demo) and the direct path beyond; a test
 * checks that both give the same documents in the same order with the same scores.
 * Every word must match (AND); a word matches through its stem or, typed in part, through the terms
 * of the words it begins as written (« accompagnem » → « accompagnement » → `accompagn`). `scoreSome`
 * gives the documents holding only some of the words, offered apart when none holds them all.
 */
import { lunr, searchPipeline, type QueryWord } from './french.ts';
import { MIN_PREFIX } from './words.ts';

export const FIELD = 'body';
export const EXACT_BOOST = 10;
export { MIN_PREFIX } from './words.ts';
/** Above this many postings in a plan, lunr's per-posting objects cost more than the latency budget. */
export const LUNR_MAX_POSTINGS = 2_000;

/** A term's decoded postings. */
export interface TermEntry {
  term: string;
  /** Global term index (lunr's `_index`). */
  index: number;
  docs: Uint32Array;
  /** BM25 weight per posting, as in lunr's document vectors. */
  weights: Float64Array;
}

export interface PlanWord {
  word: QueryWord;
  /** Terms this word matches: its stem and, for a prefix word, the terms of the words it begins. */
  entries: TermEntry[];
}

export interface Hit {
  doc: number;
  score: number;
}

export function isPrefixWord(word: QueryWord): boolean {
  return word.written.length >= MIN_PREFIX && word.whole !== true;
}

/** A term's boost in a word's clauses: its stem counts as an exact clause (×10) plus a prefix clause. */
function boostOf(word: QueryWord, entry: TermEntry): number {
  return isPrefixWord(word) && entry.term === word.stem ? 1 + EXACT_BOOST : 1;
}

export function rank(plan: readonly PlanWord[]): Hit[] {
  return postingCount(plan) <= LUNR_MAX_POSTINGS ? scoreWithLunr(plan) : scoreDirect(plan);
}

export function postingCount(plan: readonly PlanWord[]): number {
  const seen = new Set<string>();
  let count = 0;
  for (const { entries } of plan) {
    for (const entry of entries) {
      if (seen.has(entry.term)) continue;
      seen.add(entry.term);
      count += entry.docs.length;
    }
  }
  return count;
}

/** The query vector: per term, the sum of the boosts of the clauses that expand to it. */
export function queryBoosts(plan: readonly PlanWord[]): Map<string, { entry: TermEntry; boost: number }> {
  const boosts = new Map<string, { entry: TermEntry; boost: number }>();
  const add = (entry: TermEntry, boost: number) => {
    const current = boosts.get(entry.term);
    if (current) current.boost += boost;
    else boosts.set(entry.term, { entry, boost });
  };
  for (const { word, entries } of plan) {
    for (const entry of entries) add(entry, boostOf(word, entry));
  }
  return boosts;
}

/** Per document touched by a plan: which of its words it holds (a bit each) and lunr's dot product. */
interface Accumulated {
  touched: number[];
  masks: Uint32Array;
  scores: Float64Array;
  magnitude: number;
}

function accumulate(plan: readonly PlanWord[]): Accumulated {
  const boosts = queryBoosts(plan);
  let size = 0;
  for (const { entry } of boosts.values()) size = Math.max(size, (entry.docs[entry.docs.length - 1] ?? 0) + 1);
  const masks = new Uint32Array(size);
  const scores = new Float64Array(size);
  const touched: number[] = [];
  plan.forEach(({ entries }, w) => {
    const bit = 1 << w;
    for (const { docs } of entries) {
      for (const doc of docs) {
        if (masks[doc] === 0) touched.push(doc);
        masks[doc] = (masks[doc] ?? 0) | bit;
      }
    }
  });
  let squares = 0;
  // Ascending term index, the order of lunr's dot product, so that the sums are bit-identical.
  for (const { entry, boost } of [...boosts.values()].sort((a, b) => a.entry.index - b.entry.index)) {
    squares += boost * boost;
    const { docs, weights } = entry;
    for (let k = 0; k < docs.length; k++) {
      const doc = docs[k] ?? 0;
      scores[doc] = (scores[doc] ?? 0) + boost * (weights[k] ?? 0);
    }
  }
  return { touched, masks, scores, magnitude: Math.sqrt(squares) };
}

/** The mask of a document holding every word of a plan. */
function everyWord(plan: readonly PlanWord[]): number {
  return plan.length === 31 ? 0x7fffffff : (1 << plan.length) - 1;
}

export function scoreDirect(plan: readonly PlanWord[]): Hit[] {
  if (plan.length === 0 || plan.length > 31) return [];
  const { touched, masks, scores, magnitude } = accumulate(plan);
  const all = everyWord(plan);
  const hits: Hit[] = [];
  for (const doc of touched) if (masks[doc] === all) hits.push({ doc, score: (scores[doc] ?? 0) / magnitude || 0 });
  return hits.sort(compareHits);
}

/** A document holding some but not all of a query's words. */
export interface PartialHit extends Hit {
  /** Which of the query's words it holds: bit `w` for word `w` of the plan. */
  mask: number;
  /** How many of the query's words it holds. */
  words: number;
}

/**
 * Documents holding at least one word of a query of several but not all of them: those holding the
 * most words first, then by lunr's score (the score of an OR query: a rare word outweighs a common one).
 * What a reader is offered, labelled as such, when no text holds every word (see `SearchOutcome.partial`).
 */
export function scoreSome(plan: readonly PlanWord[]): PartialHit[] {
  if (plan.length < 2 || plan.length > 31) return [];
  const { touched, masks, scores, magnitude } = accumulate(plan);
  const all = everyWord(plan);
  const hits: PartialHit[] = [];
  for (const doc of touched) {
    const mask = masks[doc] ?? 0;
    if (mask !== all) hits.push({ doc, score: (scores[doc] ?? 0) / magnitude || 0, mask, words: bitCount(mask) });
  }
  return hits.sort((a, b) => b.words - a.words || compareHits(a, b));
}

function bitCount(mask: number): number {
  let count = 0;
  for (let rest = mask; rest !== 0; rest &= rest - 1) count++;
  return count;
}

export function scoreWithLunr(plan: readonly PlanWord[]): Hit[] {
  if (plan.length === 0) return [];
  const entries = new Map<string, TermEntry>();
  for (const { entries: list } of plan) for (const entry of list) entries.set(entry.term, entry);
  const index = lunrIndex([...entries.values()].sort((a, b) => a.index - b.index));
  const results = index.query((query) => {
    for (const { word, entries: list } of plan) {
      for (const entry of list) query.term(entry.term, { usePipeline: false, boost: boostOf(word, entry) });
    }
  });
  // lunr ORs clauses; every word must match, so keep documents with a term of each word.
  const wordTerms = plan.map(({ entries: list }) => new Set(list.map((entry) => entry.term)));
  const hits: Hit[] = [];
  for (const result of results) {
    const matched = Object.keys(result.matchData.metadata);
    if (wordTerms.every((terms) => matched.some((term) => terms.has(term)))) {
      hits.push({ doc: Number(result.ref), score: result.score });
    }
  }
  return hits.sort(compareHits);
}

/** Best first; ties by document number, so that the order never depends on the path taken. */
function compareHits(a: Hit, b: Hit): number {
  return b.score - a.score || a.doc - b.doc;
}

/** A lunr index over just these terms (sorted by index, which is term order). */
function lunrIndex(entries: readonly TermEntry[]): lunr.Index {
  const invertedIndex: Record<string, object> = Object.create(null) as Record<string, object>;
  const elements = new Map<number, number[]>();
  for (const { term, index, docs, weights } of entries) {
    const body: Record<string, object> = Object.create(null) as Record<string, object>;
    docs.forEach((doc, k) => {
      body[doc] = {};
      const list = elements.get(doc);
      if (list) list.push(index, weights[k] ?? 0);
      else elements.set(doc, [index, weights[k] ?? 0]);
    });
    invertedIndex[term] = { _index: index, [FIELD]: body };
  }
  const fieldVectors: Record<string, lunr.Vector> = Object.create(null) as Record<string, lunr.Vector>;
  for (const [doc, list] of elements) fieldVectors[`${FIELD}/${doc}`] = new lunr.Vector(list);
  // @types/lunr names this attribute `documentVectors` and types `fromArray` as an instance method;
  // lunr 2.3 reads `fieldVectors` and `TokenSet.fromArray` is static.
  const tokenSets = lunr.TokenSet as unknown as { fromArray(sorted: string[]): lunr.TokenSet };
  const attributes = {
    invertedIndex,
    fieldVectors,
    tokenSet: tokenSets.fromArray(entries.map((entry) => entry.term)),
    fields: [FIELD],
    pipeline: searchPipeline,
  };
  return new lunr.Index(attributes as unknown as lunr.Index.Attributes);
}
