/**
 * Ranking of the emerging-term candidates: best score first, then count, then the longer phrase,
 * then the stems' text; echoes of a better term dropped; TOP_EMERGING kept.
 */
export const TOP_EMERGING = 20;

export interface Scored {
  term: number;
  stems: number[];
  /** The stems as text, for ordering ties. */
  text: string;
  count: number;
  score: number;
}

/**
 * The TOP_EMERGING best candidates, in order, echoes dropped: the candidates are ranked a slice at
 * a time (those scoring at least the k-th best score, k growing) rather than all of them, since the
 * walk down the ranking stops after a few dozen. Each slice is a prefix of the full ranking (score
 * comes first in it), so the result is the same as ranking everything.
 */
export function bestWithoutEchoes(scores: readonly number[], scored: (at: number) => Scored): Scored[] {
  const descending = Float64Array.from(scores).sort().reverse();
  for (let k = 4 * TOP_EMERGING; ; k *= 4) {
    const floor = k >= descending.length ? -Infinity : (descending[k - 1] as number);
    const slice: Scored[] = [];
    for (let at = 0; at < scores.length; at++) if ((scores[at] as number) >= floor) slice.push(scored(at));
    // Ties prefer the longer phrase, so that « mission locale » wins over its echo « mission »; then
    // the stems' text, which does not depend on the order items came in.
    slice.sort(
      (a, b) =>
        b.score - a.score || b.count - a.count || b.stems.length - a.stems.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
    );
    const kept = withoutEchoes(slice);
    if (kept.length >= TOP_EMERGING || slice.length === scores.length) return kept;
  }
}

/**
 * A term sharing a stem with a better-ranked term found in as many items is the same phrase seen
 * again (« mission » after « mission locale », « personne parlé » after « lycée personne »): dropped.
 */
export function withoutEchoes(scored: readonly Scored[]): Scored[] {
  const kept: Scored[] = [];
  for (const candidate of scored) {
    if (kept.length >= TOP_EMERGING) break;
    const echo = kept.some((k) => k.count === candidate.count && k.stems.some((stem) => candidate.stems.includes(stem)));
    if (!echo) kept.push(candidate);
  }
  return kept;
}

