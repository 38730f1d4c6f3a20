/**
 * Near-duplicate statements grouped without comparing all pairs: MinHash signatures over each
 * statement's shingles, LSH banding to find candidate pairs (statements that agree on all rows of
 * at least one band), an exact check of each candidate (Jaccard of the shingle sets and shared
 * content stems), and union-find on the pairs that pass. Before two groups merge, their leaders
 * (the first statement of each, in id order, the union-find roots) must be related too, at a lower
 * threshold: a chain of small steps cannot drift from « double saisie » to « compteur d'heures »
 * through answers that say both.
 *
 * Cost: O(total shingles × hashes) for the signatures, and per band each statement is checked
 * against at most `window` earlier statements of its bucket, so a bucket crowded by a very common
 * stem stays linear instead of quadratic. Candidates already in the same group are skipped.
 * With r rows per band and b bands, a pair of similarity s becomes a candidate with probability
 * 1 − (1 − s^r)^b: 0.78 at s = 0.3 and 0.94 at s = 0.4 for r = 2, b = 16.
 */
import { mix32, combine, seeds, tableSize } from './hash.ts';
import { joinExactDuplicates } from './duplicates.ts';
import { similarity, type ShingleStore } from './shingles.ts';
import { UnionFind } from './union-find.ts';

export interface ClusterOptions {
  /** Rows per band; hashes = rows × bands. */
  rows: number;
  bands: number;
  /** Minimum Jaccard similarity of the shingle sets for two statements to join. */
  threshold: number;
  /** Minimum content stems two statements must share. */
  minSharedStems: number;
  /** Minimum Jaccard similarity between the leaders (first statements) of two groups to merge them. */
  leaderThreshold: number;
  /** Earlier members of a bucket each statement is checked against. */
  window: number;
  /**
   * Stems found in more statements than max(commonFloor, commonShare × statements) are left out of
   * the signatures (not of the exact check): like « jeune » in a consultation about young people,
   * they would be the minimum of half the signatures and crowd the buckets with unrelated statements.
   */
  commonShare: number;
  commonFloor: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = {
  rows: 2,
  bands: 16,
  threshold: 0.3,
  minSharedStems: 2,
  leaderThreshold: 0.15,
  window: 10,
  commonShare: 0.01,
  commonFloor: 1_000,
  seed: 0x1ab5c0de,
};

/** What a run did, for tests and the benchmark: pairs checked exactly, and unions made. */
export interface ClusterStats {
  comparisons: number;
  joined: number;
}

/**
 * Groups of statement indices (each sorted; groups ordered by their first member), only groups of
 * two or more. `channels[s]` keeps statements of different channels apart (e.g. praise and complaints).
 */
export function clusterStatements(
  store: ShingleStore,
  channels: ArrayLike<number>,
  options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
  stats: ClusterStats = { comparisons: 0, joined: 0 },
): number[][] {
  const count = store.uniStart.length - 1;
  const { rows, bands } = options;
  const hashSeed = seeds(options.seed, 1)[0] as number;
  const sets = new UnionFind(count);
  const candidates: number[] = [];
  for (let s = 0; s < count; s++) {
    if ((store.uniStart[s + 1] as number) - (store.uniStart[s] as number) >= options.minSharedStems) candidates.push(s);
  }
  // Statements with the very same shingles (« Pôle emploi » written a thousand times) join their
  // first occurrence at once; only one of each goes through MinHash and the buckets.
  const eligible = joinExactDuplicates(store, channels, candidates, sets, stats);

  const common = commonStems(store, Math.max(options.commonFloor, options.commonShare * count));

  // Band keys of every eligible statement: bands × 4 bytes each, the signatures themselves are not kept.
  const keys = new Uint32Array(eligible.length * bands);
  const signature = new Uint32Array(rows * bands);
  eligible.forEach((s, e) => {
    signature.fill(0xffffffff);
    const from = store.uniStart[s] as number;
    const to = store.uniStart[s + 1] as number;
    const bigramCount = (store.biStart[s + 1] as number) - (store.biStart[s] as number);
    const rare = minInto(signature, hashSeed, store.unigrams, from, to, common);
    // A statement made only of common words keeps them all, or its empty signature would join a giant bucket.
    if (rare === 0 && bigramCount === 0) minInto(signature, hashSeed, store.unigrams, from, to, null);
    minInto(signature, hashSeed, store.bigrams, store.biStart[s] as number, store.biStart[s + 1] as number, null);
    for (let band = 0; band < bands; band++) {
      let key = (channels[s] as number) + band * 0x10000;
      for (let r = 0; r < rows; r++) key = combine(key, signature[band * rows + r] as number);
      keys[e * bands + band] = key;
    }
  });

  // One open-addressing table per band, buckets chained newest first: walking a chain visits the
  // most recent earlier members, which is exactly the window. Typed arrays, no allocation per item.
  const size = tableSize(eligible.length);
  const slotKeys = new Uint32Array(size);
  const heads = new Int32Array(size);
  const next = new Int32Array(eligible.length);
  for (let band = 0; band < bands; band++) {
    heads.fill(-1);
    for (let e = 0; e < eligible.length; e++) {
      const key = keys[e * bands + band] as number;
      let slot = mix32(key) & (size - 1);
      while (heads[slot] !== -1 && slotKeys[slot] !== key) slot = (slot + 1) & (size - 1);
      slotKeys[slot] = key;
      const s = eligible[e] as number;
      let checked = 0;
      for (let other = heads[slot] as number; other !== -1 && checked < options.window; other = next[other] as number) {
        checked++;
        const o = eligible[other] as number;
        const a = sets.find(o);
        const b = sets.find(s);
        if (a === b || !sizesAllow(store, o, s, options.threshold)) continue;
        stats.comparisons++;
        if (!close(store, o, s, options.threshold, options.minSharedStems)) continue;
        // The groups' leaders (their first statements) must be related too, or A ~ B ~ C … would
        // chain unrelated statements together through multi-sentence answers.
        if ((a !== o || b !== s) && !close(store, a, b, options.leaderThreshold, 1)) continue;
        if (sets.union(a, b)) stats.joined++;
      }
      next[e] = heads[slot] as number;
      heads[slot] = e;
    }
  }

  const groups = new Map<number, number[]>();
  for (const s of candidates) {
    const root = sets.find(s);
    const group = groups.get(root);
    if (group) group.push(s);
    else groups.set(root, [s]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * signature[k] = min(signature[k], h_k(x)) for every shingle x in pool[start…end), with the hash
 * family h_k(x) = h1(x) + k·h2(x) mod 2³² (Kirsch & Mitzenmacher's double hashing): two mixes per
 * shingle instead of one per hash function.
 */
function minInto(
  signature: Uint32Array,
  seed: number,
  pool: Uint32Array,
  start: number,
  end: number,
  skip: CommonStems | null,
): number {
  let used = 0;
  for (let i = start; i < end; i++) {
    const x = pool[i] as number;
    if (skip !== null && skip.has(x)) continue;
    used++;
    const h1 = mix32(x ^ seed);
    const h2 = mix32(x + seed) | 1;
    for (let k = 0; k < signature.length; k++) {
      const h = (h1 + Math.imul(k, h2)) >>> 0;
      if (h < (signature[k] as number)) signature[k] = h;
    }
  }
  return used;
}

interface CommonStems {
  has(stem: number): boolean;
}

/**
 * Stems present in more than `limit` statements, counted in a fixed table of 2²² counters (a
 * collision can only overcount, so a rare stem is at worst treated as common: no pair is lost for
 * good, the exact check still sees every stem).
 */
function commonStems(store: ShingleStore, limit: number): CommonStems | null {
  if (store.unigrams.length <= limit) return null;
  const mask = (1 << 22) - 1;
  const counts = new Uint32Array(mask + 1);
  for (const stem of store.unigrams) counts[mix32(stem) & mask] = (counts[mix32(stem) & mask] as number) + 1;
  return { has: (stem) => (counts[mix32(stem) & mask] as number) > limit };
}

function close(store: ShingleStore, a: number, b: number, threshold: number, minSharedStems: number): boolean {
  const { sharedStems, jaccard } = similarity(store, a, b);
  return sharedStems >= minSharedStems && jaccard >= threshold;
}

/** Jaccard cannot exceed smaller size / larger size: skip pairs that cannot reach the threshold. */
function sizesAllow(store: ShingleStore, a: number, b: number, threshold: number): boolean {
  const sizeA = (store.uniStart[a + 1] as number) - (store.uniStart[a] as number) + (store.biStart[a + 1] as number) - (store.biStart[a] as number);
  const sizeB = (store.uniStart[b + 1] as number) - (store.uniStart[b] as number) + (store.biStart[b + 1] as number) - (store.biStart[b] as number);
  return Math.min(sizeA, sizeB) >= threshold * Math.max(sizeA, sizeB);
}
