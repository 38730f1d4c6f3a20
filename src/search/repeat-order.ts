/**
 * Among results of equal score, the answers given most often come first. Identical answers share a
 * score, but the same answer in two facet groups (« l'hôpital » tagged needs 89 times, broken once)
 * would otherwise go by document number, which follows the facets: the lone one first.
 */
import type { Hit } from './scoring.ts';

/** Document → how many documents give its answer, itself included (1: unique), from the manifest's runs. */
export function answerSizes(runs: readonly number[]): (doc: number) => number {
  const heads: number[] = [];
  const repeats: number[] = [];
  let head = 0;
  for (let k = 0; k < runs.length; k += 2) {
    head += runs[k] ?? 0;
    heads.push(head);
    repeats.push(runs[k + 1] ?? 0);
  }
  return (doc) => {
    // The last first occurrence at or before `doc`: `doc` is among its repeats, or unique.
    let low = 0;
    let high = heads.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((heads[middle] as number) <= doc) low = middle;
      else high = middle - 1;
    }
    const first = heads[low];
    if (first === undefined || first > doc) return 1;
    const count = repeats[low] as number;
    return doc - first <= count ? count + 1 : 1;
  };
}

/**
 * Reorders each run of equal scores by number of identical answers, most first; a stable sort keeps
 * document order otherwise, so repeats still follow their first occurrence (same score, same number,
 * consecutive documents). `hits` comes best first, ties by document number (`rank`).
 */
export function preferRepeated(hits: Hit[], sizeOf: (doc: number) => number): Hit[] {
  for (let start = 0; start < hits.length; ) {
    const score = (hits[start] as Hit).score;
    let end = start + 1;
    while (end < hits.length && (hits[end] as Hit).score === score) end++;
    if (end - start > 1) {
      const run = hits.slice(start, end).map((hit) => ({ hit, size: sizeOf(hit.doc) }));
      if (run.some(({ size }) => size > 1)) {
        run.sort((a, b) => b.size - a.size);
        run.forEach(({ hit }, offset) => (hits[start + offset] = hit));
      }
    }
    start = end;
  }
  return hits;
}
