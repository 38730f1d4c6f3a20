/**
 * Emerging themes: among items nothing but `autres` describes, the words and word pairs that set
 * them apart from the themed items, offered as suggestions for data/themes.yml.
 *
 * Terms are stems of content words of three letters or more (stop words removed) and pairs of
 * adjacent ones within a clause (number words, adverbs, judging adjectives and verbs naming no
 * activity left out, and ending a pair: emerging-words.ts; clause marks and clause words end it
 * too: clause-words.ts), counted once per item (document frequency). Score: z of
 * the log-odds ratio with an informative Dirichlet prior (log-odds.ts), `autres` items against themed items, prior
 * α_w = α_0 · (share of w over all items) with α_0 = the number of distinct `autres` terms (one
 * pseudo-count per term on average). Kept: at least MIN_EMERGING_COUNT `autres` items and a
 * positive score; a term that only echoes a better one is dropped, a lone word mostly said in one
 * pair is shown as that pair (emerging-rank.ts); the TOP_EMERGING best, each
 * shown in its most frequent written form (accents kept).
 */
import type { EmergingTerm } from '../synthesis-model.ts';
import { foldWord } from '../themes/stem.ts';
import { logOdds, round4 } from './log-odds.ts';
import { tokenizeCorpus, type Corpus } from './corpus.ts';
import { ENDS_PAIR, OTHER as OTHER_COUNT, TermTable, termWords, THEMED, USABLE } from './term-table.ts';
import { CLAUSE_WORD } from './clause-words.ts';
import { bestWithoutEchoes, STAND_IN_SHARE, type Scored } from './emerging-rank.ts';
import type { CountableItem } from './count-by.ts';
import { mapInto } from '../typed-from.ts';

export const MIN_EMERGING_COUNT = 2;
export { TOP_EMERGING } from './emerging-rank.ts';

const OTHER = 'autres';

type TextItem = Pick<CountableItem, 'themes'> & { text: string };

/** `corpus`, when given, must be the tokenised texts of `items` in the same order. */
export function emergingTerms(items: readonly TextItem[], corpus?: Corpus): EmergingTerm[] {
  const words = corpus ?? tokenizeCorpus(items.map((item) => item.text));
  const kinds = termWords(words);
  const terms = new TermTable(kinds);
  const other = mapInto(new Uint8Array(items.length), items, (item) => (isOther(item) ? 1 : 0));
  let otherTotal = 0;
  for (let s = 0; s < items.length; s++) if (other[s] === 1) otherTotal += terms.visit(words, s, true, OTHER_COUNT);
  if (otherTotal === 0) return [];
  let distinctOther = 0;
  for (let term = 0; term < terms.size; term++) if (terms.count(term, OTHER_COUNT) > 0) distinctOther++;
  let themedTotal = 0;
  // Themed items are counted only for the `autres` terms, so memory follows the `autres` vocabulary.
  for (let s = 0; s < items.length; s++) if (other[s] === 0) themedTotal += terms.visit(words, s, false, THEMED);

  const alpha0 = distinctOther;
  const allTotal = otherTotal + themedTotal;
  // Every term with a positive score is a candidate, kept as numbers: only the best few become objects.
  const candidates: number[] = [];
  const counts: number[] = [];
  const scores: number[] = [];
  for (let term = 0; term < terms.size; term++) {
    const inOther = terms.count(term, OTHER_COUNT);
    if (inOther < MIN_EMERGING_COUNT) continue;
    const themed = terms.count(term, THEMED);
    const { zScore } = logOdds({
      countI: inOther,
      totalI: otherTotal,
      countJ: themed,
      totalJ: themedTotal,
      alpha: (alpha0 * (inOther + themed)) / allTotal,
      alpha0,
    });
    if (zScore > 0) {
      candidates.push(term);
      counts.push(inOther);
      scores.push(round4(zScore));
    }
  }
  const scored = (at: number): Scored => {
    const stems = terms.stemsOf(candidates[at] as number);
    const text = stems.map((stem) => words.stems[stem]).join(' ');
    return { term: candidates[at] as number, stems, text, count: counts[at] as number, score: scores[at] as number };
  };
  const bestPair = bestPairs(terms, words.stemHash, candidates, counts, scores);
  const chosen = bestWithoutEchoes(scores, scored, (word) => {
    const at = bestPair[word.stems[0] as number] as number;
    return at >= 0 && (counts[at] as number) >= STAND_IN_SHARE * word.count ? scored(at) : null;
  });
  const surfaces = writtenForms(items, other, words, kinds, chosen);
  return chosen.map((c) => ({
    term: surfaces.get(stemKey(c.stems)) ?? c.text,
    count: c.count,
    score: c.score,
  }));
}

/**
 * Per stem: the candidate pair holding it found in the most `autres` items (then the best scored,
 * then by its stems' hashes, which do not depend on the order items came in), or −1. Read once over
 * all candidates, so that a lone word's stand-in (emerging-rank.ts) is had whatever the pair's rank.
 */
function bestPairs(
  terms: TermTable,
  stemHash: Uint32Array,
  candidates: readonly number[],
  counts: readonly number[],
  scores: readonly number[],
): Int32Array {
  const best = new Int32Array(stemHash.length).fill(-1);
  const hashes = (at: number): [number, number] => {
    const term = candidates[at] as number;
    return [stemHash[terms.firstStem(term)] as number, stemHash[terms.secondStem(term)] as number];
  };
  const better = (at: number, than: number): boolean => {
    if (than < 0) return true;
    const byCount = (counts[at] as number) - (counts[than] as number);
    if (byCount !== 0) return byCount > 0;
    const byScore = (scores[at] as number) - (scores[than] as number);
    if (byScore !== 0) return byScore > 0;
    const [a1, a2] = hashes(at);
    const [b1, b2] = hashes(than);
    return a1 < b1 || (a1 === b1 && a2 < b2);
  };
  for (let at = 0; at < candidates.length; at++) {
    const term = candidates[at] as number;
    const second = terms.secondStem(term);
    if (second < 0) continue;
    const first = terms.firstStem(term);
    if (better(at, best[first] as number)) best[first] = at;
    if (better(at, best[second] as number)) best[second] = at;
  }
  return best;
}

function isOther(item: TextItem): boolean {
  return item.themes.length === 0 || item.themes.every((theme) => theme === OTHER);
}

function stemKey(stems: readonly number[]): string {
  return stems.join(' ');
}

/**
 * Most frequent written form (lower case, accents kept) of each chosen term, read again from the
 * `autres` items (NFC, so that a decomposed « é » reads as one letter) with the corpus' word table.
 */
function writtenForms(
  items: readonly TextItem[],
  other: Uint8Array,
  corpus: Corpus,
  kinds: Uint8Array,
  chosen: readonly Scored[],
): Map<string, string> {
  const wanted = new Set(chosen.map((c) => stemKey(c.stems)));
  const wantedStems = new Set(chosen.flatMap((c) => c.stems));
  const seen = new Map<string, Map<string, number>>();
  const note = (key: string, written: string) => {
    if (!wanted.has(key)) return;
    const forms = seen.get(key) ?? new Map<string, number>();
    forms.set(written, (forms.get(written) ?? 0) + 1);
    seen.set(key, forms);
  };
  const { written: table, parts, scanned } = corpus;
  const wantedStem = new Uint8Array(corpus.stems.length);
  for (const stem of wantedStems) wantedStem[stem] = 1;
  for (let s = 0; s < items.length; s++) {
    if (other[s] === 0) continue;
    const latin = corpus.latin[s] === 1;
    // A text its own NFC reads as the corpus read it: without a chosen stem there, nothing to note,
    // and its written words are those the corpus was read from (when kept), not read a second time.
    if (latin && !hasStem(corpus, s, wantedStem)) continue;
    let ids: Uint32Array = table.ids;
    let marks: Uint8Array = table.breaks;
    let from = 0;
    let to: number;
    if (latin && scanned !== null) {
      ({ ids, breaks: marks } = scanned);
      from = scanned.start[s] as number;
      to = scanned.start[s + 1] as number;
    } else {
      to = table.scan((items[s] as TextItem).text.normalize('NFC'));
      ({ ids, breaks: marks } = table);
      parts.update(table);
    }
    let previous: { stem: number; written: string } | null = null;
    for (let t = from; t < to; t++) {
      const raw = ids[t] as number;
      // The clause boundaries and the words TermTable.visit passes over or stops a pair at, read the same way.
      if (marks[t] === 1) previous = null;
      const first = parts.startOf(raw);
      const parted = parts.endOf(raw) - first;
      for (let k = 0; k < parted; k++) {
        const word = parts.code(first + k);
        if (word < 0) {
          if (word === CLAUSE_WORD) previous = null;
          continue;
        }
        const kind = kinds[word] as number;
        if (kind !== USABLE) {
          if (kind === ENDS_PAIR) previous = null;
          continue;
        }
        const stem = corpus.stemOf[word] as number;
        // Only the chosen terms' words are written out: no string is built for the others.
        const current = wantedStems.has(stem) ? { stem, written: writtenPart(table.word(raw), parted, k) } : null;
        if (current) {
          note(String(stem), current.written);
          if (previous && previous.stem !== stem) note(`${previous.stem} ${stem}`, `${previous.written} ${current.written}`);
        }
        previous = current;
      }
    }
  }
  const result = new Map<string, string>();
  for (const [key, forms] of seen) {
    let best = '';
    let bestCount = -1;
    for (const [form, n] of forms) if (n > bestCount || (n === bestCount && form < best)) [best, bestCount] = [form, n];
    result.set(key, best);
  }
  return result;
}

function hasStem(corpus: Corpus, s: number, stems: Uint8Array): boolean {
  for (let i = corpus.start[s] as number; i < (corpus.start[s + 1] as number); i++) {
    if (stems[corpus.stemOf[corpus.words[i] as number] as number] === 1) return true;
  }
  return false;
}

/** A written word as shown: itself, or its k-th folded part when it folds into several (« l’écran » was split before). */
function writtenPart(raw: string, parts: number, k: number): string {
  return parts === 1 ? raw : (foldWord(raw)[k] as string);
}
