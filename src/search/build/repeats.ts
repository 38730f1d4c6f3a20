/**
 * Answers that say the same thing in the same words are shown once, with their number: on real
 * consultations a quarter of the answers repeat another (« Hôpital », « hôpital. », « HOPITAL »), and
 * since BM25 ranks the shortest texts first, a search for « hôpital » otherwise fills its first page
 * with the same word. Two documents repeat each other when they have the same facets (tag, region,
 * profile, format, weight, themes) and the same words up to case, accents and punctuation.
 *
 * Repeats are numbered right after their first occurrence, so they always follow it: in a list of
 * results (same words → same score; ties go by document number) as in a filtered list (same facets).
 * Within a facet group, the most repeated answers come first.
 */
import { splitWords } from '../words.ts';
import { indexTerm } from '../french.ts';
import type { OrderedDoc } from './documents.ts';

/**
 * What makes two texts the same answer: their words folded (case, accents) and their index terms
 * (which could in principle differ for words that fold alike, « là » and « la »: same terms keeps
 * repeats on the same score, hence together in any ranking).
 */
export function sameAnswerKey(text: string): string {
  // One reading of the words for both halves: this runs on every item of the site (a million at most).
  const folded: string[] = [];
  const terms: string[] = [];
  for (const { word } of splitWords(text)) {
    folded.push(word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
    const term = indexTerm(word);
    if (term !== '') terms.push(term);
  }
  return `${folded.join(' ')}\u0001${terms.join(' ')}`;
}

/**
 * Moves each repeat right after its first occurrence and the most repeated answers to the front of
 * their facet group (facet groups are contiguous in `docs`, which `compareDocs` sorted; the order is
 * otherwise kept), and sets `repeat`: on a first occurrence, how many repeats follow it; on a
 * repeat, minus its distance to the first occurrence; 0 on a unique text.
 */
export function groupRepeats(docs: OrderedDoc[]): OrderedDoc[] {
  const grouped: OrderedDoc[] = [];
  for (let start = 0; start < docs.length; ) {
    let end = start + 1;
    while (end < docs.length && sameFacets(docs[start] as OrderedDoc, docs[end] as OrderedDoc)) end++;
    // One facet group at a time: only its keys are held in memory.
    const byKey = new Map<string, OrderedDoc[]>();
    for (let i = start; i < end; i++) {
      const doc = docs[i] as OrderedDoc;
      const key = sameAnswerKey(doc.item.text);
      const same = byKey.get(key);
      if (same) same.push(doc);
      else byKey.set(key, [doc]);
    }
    // The most repeated answers first (then source order: the sort is stable), so that among results of
    // equal score, which go by document number, « l'hôpital » given 89 times comes before a lone one.
    for (const same of [...byKey.values()].sort((a, b) => b.length - a.length)) {
      same.forEach((doc, offset) => {
        doc.repeat = offset === 0 ? same.length - 1 : -offset;
        grouped.push(doc);
      });
    }
    start = end;
  }
  return grouped;
}

function sameFacets(a: OrderedDoc, b: OrderedDoc): boolean {
  return (
    a.tag === b.tag &&
    a.region === b.region &&
    a.profile === b.profile &&
    a.format === b.format &&
    a.item.weight === b.item.weight &&
    a.set === b.set
  );
}

/** `[gap, repeats, gap, repeats…]` over the first occurrences that have repeats (the first gap is the document number). */
export function repeatRuns(docs: readonly OrderedDoc[]): number[] {
  const runs: number[] = [];
  let previous = 0;
  docs.forEach((doc, number) => {
    if (doc.repeat <= 0) return;
    runs.push(number - previous, doc.repeat);
    previous = number;
  });
  return runs;
}
