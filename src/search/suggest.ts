/**
 * « Vouliez-vous dire … ? »: the index term closest to a misspelled one. Candidates are first the terms
 * of the shard the query already fetched (the shard of a term holds the terms sorted around it): a typo
 * after the first letters (« dématérialistion ») lands in the shard of the right word, at no download.
 * A typo in the first letters (« sématérialisation ») does not: the terms ending like the word (an
 * ending shard, terms only) are read then, only after a query that found nothing. Pure, browser-safe.
 */

/**
 * A term read from its end (« dematerialis » → « silairetamed »): the order of the ending shards, where a
 * word misspelled in its first letters (« sématérialisation ») finds its term among those ending alike.
 */
export function reversed(term: string): string {
  return [...term].reverse().join('');
}

/** Edits allowed: one for a short stem, two from this length on. */
export const TWO_EDITS_FROM = 6;
/** Shorter stems get no suggestion: at 3 letters, one edit reaches half the vocabulary. */
export const MIN_SUGGESTED = 4;

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

/** A candidate term and how many documents hold it. */
export interface Candidate {
  term: string;
  docs: number;
}

/** Longest ending a misspelled word may keep past its stem (« -ement », « -ques »). */
const MAX_ENDING = 5;

/** Lower case without accents, as the index folds words. */
function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Edits from a misspelled word to a term: from its stem, or from its beginning (one edit more) when
 * the typo kept the stemmer from cutting its ending (« statisitques » stays `statisitqu`, while
 * « statistiques » is `statist`).
 */
function distanceTo(term: string, stem: string, word: string, max: number): number {
  const fromStem = editDistance(stem, term, max);
  const ending = word.length - term.length;
  if (fromStem <= 1 || term.length < MIN_SUGGESTED + 1 || ending < 1 || ending > MAX_ENDING) return fromStem;
  return Math.min(fromStem, editDistance(word.slice(0, term.length), term, max - 1) + 1);
}

/**
 * The closest candidate within the allowed edits (then the most frequent, then the first in term
 * order), if any. `word` is the word as typed, `stem` its term.
 */
export function closestTerm(stem: string, word: string, candidates: Iterable<Candidate>): Candidate | undefined {
  if (stem.length < MIN_SUGGESTED) return undefined;
  const max = stem.length >= TWO_EDITS_FROM ? 2 : 1;
  const typed = folded(word);
  let best: Candidate | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    if (candidate.term === stem) continue;
    const distance = distanceTo(candidate.term, stem, typed, max);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate.docs > best.docs)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The word a suggestion is spelled with, among a term's most usual words (the most usual first): the
 * closest to the word as typed, then the more usual (« onseillers » → « conseillers » even where
 * « conseillère » is written more often: the reader asked for the plural).
 */
export function usualSpelling(words: readonly string[], typed: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const word of words) {
    const distance = editDistance(typed, word, Math.max(typed.length, word.length));
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}
