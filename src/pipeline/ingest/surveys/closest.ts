/** The header closest to a name that was not found, for a « did you mean » hint. */
import { foldText } from '../../text/fold.ts';
import { editDistance } from '../../text/closest.ts';

/** Long headers are compared on their start only: the distance is quadratic in length. */
const MAX_COMPARED = 120;

export function closestHeader(name: string, headers: readonly string[]): string | null {
  const wanted = foldText(name).slice(0, MAX_COMPARED);
  let best: { header: string; distance: number } | null = null;
  for (const header of headers) {
    const folded = foldText(header).slice(0, MAX_COMPARED);
    if (folded === '') continue;
    const distance = folded.includes(wanted) || wanted.includes(folded) ? 1 : editDistance(wanted, folded);
    if (!best || distance < best.distance) best = { header, distance };
  }
  // Beyond about half the name, the « closest » header is just another header.
  return best && best.distance <= Math.max(3, Math.ceil(wanted.length / 2)) ? best.header : null;
}
