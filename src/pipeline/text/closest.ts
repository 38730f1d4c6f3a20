/** "Did you mean…" suggestions: the nearest candidate by edit distance on folded text. */
import { foldKey } from './fold.ts';

/** Levenshtein distance with two rolling rows (linear memory). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

export interface Candidate<T> {
  /** Text the input is compared with (a name, an alias…); folded before comparing. */
  text: string;
  value: T;
}

/**
 * The candidate nearest to `input`, or null when even the nearest is too far to be a typo
 * (more than 2 edits and more than a third of the input's length). Ties go to the first candidate,
 * so callers order candidates to keep suggestions deterministic.
 */
export function closest<T>(input: string, candidates: readonly Candidate<T>[]): T | null {
  const key = foldKey(input);
  if (!key) return null;
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = foldKey(candidate.text);
    let distance = editDistance(key, other);
    // A prefix ("Bourgogne" for "Bourgogne-Franche-Comté") is a better guess than its raw distance says.
    if (other.startsWith(key) && key.length >= 3) distance = Math.min(distance, 1);
    if (distance < bestDistance) {
      best = candidate.value;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(key.length / 3));
  return bestDistance <= tolerance ? best : null;
}
