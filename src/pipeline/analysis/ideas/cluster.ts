/**
 * Near-duplicate statements grouped without comparing all pairs: MinHash signatures over each
 * statement's shingles, LSH banding to find candidate pairs (statements that agree on all rows of
 * at least one band), an exact check of each candidate (Jaccard of the shingle sets and shared
 * content stems), and union-find on the pairs that pass, each group kept around an anchor (its
 * shortest statement) that every join must be close to as well: a chain of small steps cannot drift
 * from « double saisie » to « compteur d'heures » through answers that say both.
 *
 * Cost: O(total shingles × hashes) for the signatures, and per band each statement is checked
 * against at most `window` earlier statements of its bucket, so a bucket crowded by a very common
 * stem stays linear instead of quadratic. Candidates already in the same group are skipped.
 * With r rows per band and b bands, a pair of similarity s becomes a candidate with probability
 * 1 − (1 − s^r)^b: 0.78 at s = 0.3 and 0.94 at s = 0.4 for r = 2, b = 16.
 */
import { mix32, combine, seeds } from './hash.ts';
import { bucketChains, bucketScratch } from './buckets.ts';
import { joinExactDuplicates } from './duplicates.ts';
import { isClose, subsetStore, type ShingleStore } from './shingles.ts';
import { UnionFind } from './union-find.ts';
import { mapInto } from '../../typed-from.ts';

export interface ClusterOptions {
  /** Rows per band; hashes = rows × bands. */
  rows: number;
  bands: number;
  /** Minimum Jaccard similarity of the shingle sets for two statements to join. */
  threshold: number;
  /** Minimum content stems two statements must share (and a member with its idea's quote). */
  minSharedStems: number;
  /** Share of the quote's shingles each member of an idea must hold (see `covers` in shingles.ts). */
  quoteShare: number;
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
  quoteShare: 0.5,
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
  // From here on, statement e is eligible[e]: the arrays the pair checks read at random places
  // (shingles, sizes, union-find) hold the eligible statements only (a third at a million), which
  // keeps more of them in the processor's cache. The map is increasing, so roots (smallest index)
  // are the same statements as in the full numbering.
  const own = subsetStore(store, eligible);
  const eligibleChannels = mapInto(new Uint8Array(eligible.length), eligible, (s) => channels[s] as number);
  const related = new UnionFind(eligible.length);

  // Band keys of every eligible statement, band by band (the loop below reads one band at a time):
  // bands × 4 bytes each, the signatures themselves are not kept.
  const keys = new Uint32Array(eligible.length * bands);
  const signature = new Uint32Array(rows * bands);
  for (let e = 0; e < eligible.length; e++) {
    signature.fill(0xffffffff);
    const from = own.uniStart[e] as number;
    const to = own.uniStart[e + 1] as number;
    const bigramCount = (own.biStart[e + 1] as number) - (own.biStart[e] as number);
    const rare = minInto(signature, hashSeed, own.unigrams, from, to, common);
    // A statement made only of common words keeps them all, or its empty signature would join a giant bucket.
    if (rare === 0 && bigramCount === 0) minInto(signature, hashSeed, own.unigrams, from, to, null);
    minInto(signature, hashSeed, own.bigrams, own.biStart[e] as number, own.biStart[e + 1] as number, null);
    for (let band = 0; band < bands; band++) {
      let key = (eligibleChannels[e] as number) + band * 0x10000;
      for (let r = 0; r < rows; r++) key = combine(key, signature[band * rows + r] as number);
      keys[band * eligible.length + e] = key;
    }
  }

  // Per band, each statement is checked against the latest earlier members of its bucket (its
  // chain, see buckets.ts): exactly the window. Typed arrays, no allocation per item.
  // A group grows around its anchor: a statement joins only if it is close to the anchor too, and
  // two groups merge only if their anchors are close. Single linkage alone (A ~ B ~ C) chained
  // unrelated subjects through answers that say both (« Double saisie… Les absences, faute de
  // rappel. » joined the two); a check against the group's first statement by id was no guard when
  // that statement was itself such an answer. Of two anchors, the one with fewer shingles stays
  // (the larger group's on a tie). Pairs of far anchors are met again and again (once per pair of
  // members in a shared bucket): the answer is remembered.
  const farAnchors = new Set<number>();
  const sizes = shingleCounts(own);
  const anchorsClose = (x: number, y: number): boolean => {
    const pair = x < y ? x * eligible.length + y : y * eligible.length + x;
    if (farAnchors.has(pair)) return false;
    if (sizesAllow(sizes, x, y, options.threshold) && isClose(own, x, y, options.threshold, options.minSharedStems)) return true;
    farAnchors.add(pair);
    return false;
  };
  const anchor = new Int32Array(eligible.length);
  for (let e = 0; e < eligible.length; e++) anchor[e] = e;
  const members = new Uint32Array(eligible.length).fill(1);
  const previous = new Int32Array(eligible.length);
  const scratch = bucketScratch(eligible.length);
  for (let band = 0; band < bands; band++) {
    bucketChains(keys, band * eligible.length, eligible.length, previous, scratch);
    for (let e = 0; e < eligible.length; e++) {
      let b = related.find(e); // a root changes only when a union is made below
      let checked = 0;
      for (let o = previous[e] as number; o !== -1 && checked < options.window; o = previous[o] as number) {
        checked++;
        const a = related.find(o);
        if (a === b || !sizesAllow(sizes, o, e, options.threshold)) continue;
        stats.comparisons++;
        if (!isClose(own, o, e, options.threshold, options.minSharedStems)) continue;
        const anchorA = anchor[a] as number;
        const anchorB = anchor[b] as number;
        // o and e were just checked: when they are their groups' anchors, nothing more to ask.
        if ((anchorA !== o || anchorB !== e) && !anchorsClose(anchorA, anchorB)) continue;
        // The shorter anchor stays: it is the one least likely to say two things.
        const sizeA = sizes[anchorA] as number;
        const sizeB = sizes[anchorB] as number;
        const kept = sizeA !== sizeB ? (sizeA < sizeB ? anchorA : anchorB) : (members[a] as number) >= (members[b] as number) ? anchorA : anchorB;
        const total = (members[a] as number) + (members[b] as number);
        if (related.union(a, b)) stats.joined++;
        b = related.find(e);
        anchor[b] = kept;
        members[b] = total;
      }
    }
  }
  for (let e = 0; e < eligible.length; e++) sets.union(eligible[related.find(e)] as number, eligible[e] as number);

  // Groups in order of their first member, members in order; no array for the (many) statements left alone.
  const size = new Uint32Array(count);
  for (let c = 0; c < candidates.length; c++) {
    const root = sets.find(candidates[c] as number);
    size[root] = (size[root] as number) + 1;
  }
  const groupOf = new Int32Array(count).fill(-1);
  const groups: number[][] = [];
  for (let c = 0; c < candidates.length; c++) {
    const s = candidates[c] as number;
    const root = sets.find(s);
    if ((size[root] as number) < 2) continue;
    if (groupOf[root] === -1) {
      groupOf[root] = groups.length;
      groups.push([]);
    }
    (groups[groupOf[root] as number] as number[]).push(s);
  }
  return groups;
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
 * good, the exact check still sees every stem). The answer is kept as one bit per counter: 512 KB,
 * which stays in cache while every shingle of every statement asks it.
 */
function commonStems(store: ShingleStore, limit: number): CommonStems | null {
  if (store.unigrams.length <= limit) return null;
  const mask = (1 << 22) - 1;
  const counts = new Uint32Array(mask + 1);
  const { unigrams } = store;
  // Indexed loops in this file: each runs once over every statement, mostly before the optimising
  // compiler takes over, and a for…of there allocates an iterator result per element.
  for (let i = 0; i < unigrams.length; i++) {
    const slot = mix32(unigrams[i] as number) & mask;
    counts[slot] = (counts[slot] as number) + 1;
  }
  const common = new Int32Array((mask + 1) >>> 5);
  for (let slot = 0; slot <= mask; slot++) if ((counts[slot] as number) > limit) common[slot >>> 5] = (common[slot >>> 5] as number) | (1 << (slot & 31));
  return {
    has: (stem) => {
      const slot = mix32(stem) & mask;
      return ((common[slot >>> 5] as number) & (1 << (slot & 31))) !== 0;
    },
  };
}

/** Shingles (unigrams and bigrams) of each statement. */
function shingleCounts(store: ShingleStore): Uint32Array {
  const count = store.uniStart.length - 1;
  const sizes = new Uint32Array(count);
  for (let s = 0; s < count; s++) {
    sizes[s] = (store.uniStart[s + 1] as number) - (store.uniStart[s] as number) + (store.biStart[s + 1] as number) - (store.biStart[s] as number);
  }
  return sizes;
}

/** Jaccard cannot exceed smaller size / larger size: skip pairs that cannot reach the threshold. */
function sizesAllow(sizes: Uint32Array, a: number, b: number, threshold: number): boolean {
  const sizeA = sizes[a] as number;
  const sizeB = sizes[b] as number;
  return Math.min(sizeA, sizeB) >= threshold * Math.max(sizeA, sizeB);
}
