/**
 * Ranking of the emerging-term candidates: best score first, then count, then the longer phrase,
 * then the stems' text; echoes of a better term dropped, a lone word mostly said in one phrase
 * shown as that phrase; TOP_EMERGING kept.
 */
export const TOP_EMERGING = 20;

/**
 * A lone word whose `autres` items are at least this share of one pair's that holds it is that pair
 * cut short (« nationale » of « éducation nationale »): the pair stands in for it.
 */
export const STAND_IN_SHARE = 0.7;

/** The pair standing in for a lone word (STAND_IN_SHARE), or null: to be had for any candidate, ranked or not. */
export type StandIn = (word: Scored) => Scored | null;

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
export function bestWithoutEchoes(scores: readonly number[], scored: (at: number) => Scored, standIn: StandIn = () => null): Scored[] {
  const descending = Float64Array.from(scores).sort().reverse();
  for (let k = 4 * TOP_EMERGING; ; k *= 4) {
    const floor = k >= descending.length ? -Infinity : (descending[k - 1] as number);
    const slice: Scored[] = [];
    for (let at = 0; at < scores.length; at++) if ((scores[at] as number) >= floor) slice.push(scored(at));
    // Ties prefer the longer phrase, so that « mission locale » wins over its echo « mission »; then
    // the stems' text, which does not depend on the order items came in.
    slice.sort(byRank);
    const kept = withoutEchoes(slice, standIn);
    if (kept.length >= TOP_EMERGING || slice.length === scores.length) return kept;
  }
}

/**
 * A term sharing a stem with a better-ranked term found in as many items is the same phrase seen
 * again (« mission » after « mission locale », « personne parlé » after « lycée personne »): dropped.
 * A lone word with a stand-in pair gives its place to the pair, shown once, in its own rank among
 * those kept (« fonction » makes « fonction publique » shown, even ranked lower).
 */
export function withoutEchoes(scored: readonly Scored[], standIn: StandIn = () => null): Scored[] {
  const kept: Scored[] = [];
  for (const ranked of scored) {
    if (kept.length >= TOP_EMERGING) break;
    const candidate = (ranked.stems.length === 1 ? standIn(ranked) : null) ?? ranked;
    if (kept.some((k) => k.term === candidate.term)) continue;
    const echo = kept.some((k) => k.count === candidate.count && k.stems.some((stem) => candidate.stems.includes(stem)));
    if (!echo) kept.push(candidate);
  }
  return kept.sort(byRank);
}

/** Best score first, then count; ties prefer the longer phrase, then the stems' text. */
export function byRank(a: Scored, b: Scored): number {
  return b.score - a.score || b.count - a.count || b.stems.length - a.stems.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
}
