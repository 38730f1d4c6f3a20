/**
 * Exact duplicates first: statements with the very same shingles (« Pôle emploi » written a
 * thousand times) join their first occurrence at once, through one open-addressing table keyed by
 * a fingerprint of the shingles (checked for equality on a match); only the first of each goes on
 * to MinHash and the buckets.
 */
import { combine, mix32, tableSize } from './hash.ts';
import type { ShingleStore } from './shingles.ts';
import type { UnionFind } from './union-find.ts';
import type { ClusterStats } from './cluster.ts';

/** Unions statements whose shingle sets are identical (same channel); returns the first of each set. */
export function joinExactDuplicates(
  store: ShingleStore,
  channels: ArrayLike<number>,
  candidates: readonly number[],
  sets: UnionFind,
  stats: ClusterStats,
): number[] {
  const size = tableSize(candidates.length);
  const slotKeys = new Uint32Array(size);
  const heads = new Int32Array(size).fill(-1);
  const next = new Int32Array(candidates.length);
  const unique: number[] = [];
  candidates.forEach((s, c) => {
    const key = fingerprint(store, s, channels[s] as number);
    let slot = mix32(key) & (size - 1);
    while (heads[slot] !== -1 && slotKeys[slot] !== key) slot = (slot + 1) & (size - 1);
    slotKeys[slot] = key;
    for (let other = heads[slot] as number; other !== -1; other = next[other] as number) {
      const o = candidates[other] as number;
      if (channels[o] === channels[s] && sameShingles(store, o, s)) {
        if (sets.union(o, s)) stats.joined++;
        return;
      }
    }
    next[c] = heads[slot] as number;
    heads[slot] = c;
    unique.push(s);
  });
  return unique;
}

function fingerprint(store: ShingleStore, s: number, channel: number): number {
  let h = mix32(channel + 1);
  for (let i = store.uniStart[s] as number; i < (store.uniStart[s + 1] as number); i++) h = combine(h, store.unigrams[i] as number);
  h = combine(h, 0x2545f491);
  for (let i = store.biStart[s] as number; i < (store.biStart[s + 1] as number); i++) h = combine(h, store.bigrams[i] as number);
  return h;
}

function sameShingles(store: ShingleStore, a: number, b: number): boolean {
  return sameRun(store.unigrams, store.uniStart, a, b) && sameRun(store.bigrams, store.biStart, a, b);
}

function sameRun(pool: Uint32Array, start: Uint32Array, a: number, b: number): boolean {
  const fromA = start[a] as number;
  const fromB = start[b] as number;
  const length = (start[a + 1] as number) - fromA;
  if (length !== (start[b + 1] as number) - fromB) return false;
  for (let i = 0; i < length; i++) if (pool[fromA + i] !== pool[fromB + i]) return false;
  return true;
}
