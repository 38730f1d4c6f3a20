/**
 * « Vouliez-vous dire … ? »: the word of the texts closest to a misspelled one. Candidates are first the
 * words written like it (its word shard, which the query already fetched): a typo after the first
 * letters (« dématérialistion ») sorts beside the right word, at no download. A typo in the first
 * letters (« sématérialisation ») does not: the terms ending like the word (an ending shard, terms only,
 * as their usual words) are read then, only after a query that found nothing. Words are compared as
 * written, not as stems: « lentuer » is one swap from « lenteur », while its stem `lentu` was one letter
 * from `lent` (« lentes »). Pure, browser-safe.
 */

/**
 * A term read from its end (« dematerialis » → « silairetamed »): the order of the ending shards, where a
 * word misspelled in its first letters (« sématérialisation ») finds its term among those ending alike.
 */
export function reversed(term: string): string {
  return [...term].reverse().join('');
}

/** Edits allowed: one for a short word, two from this length on. */
export const TWO_EDITS_FROM = 7;
/** Shorter words get no suggestion: at 3 letters, one edit reaches half the vocabulary. */
export const MIN_SUGGESTED = 4;
/**
 * What joining a compound costs (« rendezvous » → « rendez-vous », « imilo » → « i-milo »), or a plural's
 * s or x (« lentuer » → « lenteurs », a swap away from « lenteur », before « lentes », two edits away):
 * less than an edit, so that « imilo » is « i-milo » before « milo ».
 */
const HALF_EDIT = 0.5;

/**
 * Optimal string alignment distance (insertions, deletions, substitutions, swaps of two neighbours),
 * or `max + 1` as soon as it exceeds `max` (most candidates are dropped after a row or two).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** A candidate word as the texts write it (lower case), its term and how many documents hold it. */
export interface Candidate {
  word: string;
  term: string;
  docs: number;
}

/** Edits from a typed word to a candidate (both folded), or `max + 1` beyond `max`. */
function distanceTo(typed: string, candidate: string, max: number): number {
  let edits = editDistance(typed, candidate, max);
  if (candidate.includes('-') && !typed.includes('-')) edits = Math.min(edits, editDistance(typed, candidate.replaceAll('-', ''), max) + HALF_EDIT);
  if (/[sx]$/.test(candidate) && !/[sx]$/.test(typed)) edits = Math.min(edits, editDistance(typed, candidate.slice(0, -1), max) + HALF_EDIT);
  if (/[sx]$/.test(typed) && !/[sx]$/.test(candidate)) edits = Math.min(edits, editDistance(typed.slice(0, -1), candidate, max) + HALF_EDIT);
  return edits;
}

/**
 * The candidate closest to the typed word within the allowed edits (then the most frequent, then the
 * first given), if any. `typed` and each candidate's word are compared folded (`fold`).
 */
export function closestWord(typed: string, candidates: Iterable<Candidate>, fold: (word: string) => string): Candidate | undefined {
  const folded = fold(typed);
  if (folded.length < MIN_SUGGESTED) return undefined;
  const max = folded.length >= TWO_EDITS_FROM ? 2 : 1;
  let best: Candidate | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const written = fold(candidate.word);
    if (written === folded) continue;
    const distance = distanceTo(folded, written, max);
    if (distance > max) continue;
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate.docs > best.docs)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
