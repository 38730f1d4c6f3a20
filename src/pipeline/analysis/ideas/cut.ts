/**
 * Where the list of strong ideas stops. The Synthesis publishes the strongest `max`; the ideas tied
 * with the last of them (same regions, weight and size) come too, so that no idea is left out for
 * its id alone (ranks 96 to 106 of the demo all had 4 regions). A run of ties is bounded: past
 * `max + TIED_EXTRA` the id decides, as before.
 */
export const TIED_EXTRA = 50;

export interface RankedGroup {
  group: readonly number[];
  regions: readonly string[];
  weight: number;
}

/** How many of `ranked` (sorted strongest first) are published. */
export function publishedCount(ranked: readonly RankedGroup[], max: number): number {
  if (ranked.length <= max || max <= 0) return Math.min(ranked.length, Math.max(0, max));
  const last = ranked[max - 1] as RankedGroup;
  const bound = Math.min(ranked.length, max + TIED_EXTRA);
  let count = max;
  while (count < bound && tied(ranked[count] as RankedGroup, last)) count++;
  return count;
}

function tied(a: RankedGroup, b: RankedGroup): boolean {
  return a.regions.length === b.regions.length && a.weight === b.weight && a.group.length === b.group.length;
}
