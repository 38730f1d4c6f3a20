/**
 * LSH buckets as chains: for one band, `previous[e]` is the latest statement before e with the same
 * band key (−1 for the first of its bucket), so walking a chain from e visits its bucket's earlier
 * members, most recent first. Found by a stable radix sort of the keys rather than a hash table: two
 * sequential passes instead of a cache miss per statement, which dominated at a million statements.
 */

/** Sorts 0…n−1 by `keys[offset + e]` (stable), then links each to the previous one of equal key. */
export function bucketChains(
  keys: Uint32Array,
  offset: number,
  n: number,
  previous: Int32Array,
  scratch: { order: Uint32Array; spare: Uint32Array; counts: Uint32Array },
): void {
  const { order, spare, counts } = scratch;
  for (let e = 0; e < n; e++) spare[e] = e;
  // Low 16 bits, then high 16 bits: each pass is stable, so the result is sorted by key, then by e.
  radixPass(keys, offset, n, spare, order, counts, 0);
  radixPass(keys, offset, n, order, spare, counts, 16);
  let last = -1;
  let lastKey = 0;
  for (let i = 0; i < n; i++) {
    const e = spare[i] as number;
    const key = keys[offset + e] as number;
    previous[e] = last >= 0 && key === lastKey ? last : -1;
    last = e;
    lastKey = key;
  }
}

/** Scratch arrays for `bucketChains` over at most n statements. */
export function bucketScratch(n: number): { order: Uint32Array; spare: Uint32Array; counts: Uint32Array } {
  return { order: new Uint32Array(n), spare: new Uint32Array(n), counts: new Uint32Array(0x10000) };
}

function radixPass(
  keys: Uint32Array,
  offset: number,
  n: number,
  from: Uint32Array,
  to: Uint32Array,
  counts: Uint32Array,
  shift: number,
): void {
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const digit = ((keys[offset + (from[i] as number)] as number) >>> shift) & 0xffff;
    counts[digit] = (counts[digit] as number) + 1;
  }
  let sum = 0;
  for (let d = 0; d < counts.length; d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const e = from[i] as number;
    const digit = ((keys[offset + e] as number) >>> shift) & 0xffff;
    to[counts[digit] as number] = e;
    counts[digit] = (counts[digit] as number) + 1;
  }
}
