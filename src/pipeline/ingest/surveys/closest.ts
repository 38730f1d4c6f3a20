/** The header closest to a name that was not found, for a « did you mean » hint. */
import { foldText } from '../../text/fold.ts';

/** Long headers are compared on their start only: the distance is quadratic in length. */
const MAX_COMPARED = 120;

export function closestHeader(name: string, headers: readonly string[]): string | null {
  const wanted = foldText(name).slice(0, MAX_COMPARED);
  let best: { header: string; distance: number } | null = null;
  for (const header of headers) {
    const folded = foldText(header).slice(0, MAX_COMPARED);
    if (folded === '') continue;
    const distance = folded.includes(wanted) || wanted.includes(folded) ? 1 : levenshtein(wanted, folded);
    if (!best || distance < best.distance) best = { header, distance };
  }
  // Beyond about half the name, the « closest » header is just another header.
  return best && best.distance <= Math.max(3, Math.ceil(wanted.length / 2)) ? best.header : null;
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
