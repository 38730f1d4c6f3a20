/** The texts holding some of a query's words, for a query of several words that no text holds all of. */
import type { PartialOutcome } from './outcome.ts';
import { scoreSome, type PartialHit, type PlanWord } from './scoring.ts';
import { preferRepeated } from './repeat-order.ts';

/** Those texts, if any (`PartialOutcome`); `answerSize` tells how often each document's answer was given. */
export function someWords(plan: readonly PlanWord[], answerSize: (doc: number) => number): PartialOutcome | undefined {
  const some = scoreSome(plan);
  if (some.length === 0) return undefined;
  // Among equal scores, the answers given most often first, as in `hits`; within each number of words.
  const hits: PartialHit[] = [];
  for (let start = 0; start < some.length; ) {
    const words = some[start]?.words;
    let end = start + 1;
    while (end < some.length && some[end]?.words === words) end++;
    const group = some.slice(start, end);
    preferRepeated(group, answerSize); // in place
    hits.push(...group);
    start = end;
  }
  const counts = plan.map(() => 0);
  for (const hit of hits) plan.forEach((_, w) => (counts[w] = (counts[w] ?? 0) + ((hit.mask >> w) & 1)));
  return { hits, counts };
}
