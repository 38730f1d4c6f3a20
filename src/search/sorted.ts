/** Binary searches over strings sorted in code-unit order: a manifest's shard bounds, a shard's terms or words. */

/** The last position of sorted lower bounds (the first `''`) at or below `value`: the shard holding it. */
export function lastAtOrBelow(bounds: readonly string[], value: string): number {
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((bounds[middle] ?? '') <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The first position whose string is not below `value` (`sorted.length` when none). */
export function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
