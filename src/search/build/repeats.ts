/**
 * Answers that say the same thing in the same words are shown once, with their number: on real
 * consultations a quarter of the answers repeat another (« Hôpital », « hôpital. », « HOPITAL »), and
 * since BM25 ranks the shortest texts first, a search for « hôpital » otherwise fills its first page
 * with the same word. Two documents repeat each other when they have the same facets (tag, region,
 * profile, format, weight, themes) and the same words up to case, accents and punctuation, to the same
 * question (`answerText`).
 *
 * Repeats are numbered right after their first occurrence, so they always follow it: in a list of
 * results (same words → same score; ties go by document number) as in a filtered list (same facets).
 * Within a facet group, the most repeated answers come first. What « the same answer » is: `same-answer.ts`.
 */
import { answerText, groupSameAnswers } from '../same-answer.ts';
import type { OrderedDoc } from './documents.ts';

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
    // One facet group at a time: only its keys are held in memory. The most repeated answers first (then
    // first appearance: the sort is stable), so that among results of equal score, which go by document
    // number, « l'hôpital » given 89 times comes before a lone one.
    const groups = groupSameAnswers(docs.slice(start, end), (doc) => answerText(doc.item)).sort((a, b) => b.length - a.length);
    for (const same of groups) {
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
