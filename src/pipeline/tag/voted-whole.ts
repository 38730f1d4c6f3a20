/**
 * A voted answer is published whole. A Decidim proposal's supports (or a survey's vote column) were
 * given to the proposal, not to each of its statements: split into three items, each carrying its 7
 * supports, it would weigh 21 — the sum of weights would no longer be the votes cast, and it would
 * outrank proposals written in one sentence. The same rule as a note's voted item, which is never split.
 * Where the whole is published: the tag its statements say at greatest length (ties: the surer one).
 * Which answers: those whose weight comes from a vote column (`RawItem.voted`), even 0 or 1 vote.
 */
import type { Tag } from '../model.ts';
import type { TaggedSegment } from './tag-text.ts';

export function wholeReading(segments: readonly TaggedSegment[]): { tag: Tag; confidence: number } {
  const length = new Map<Tag, number>();
  const sure = new Map<Tag, number>();
  for (const segment of segments) {
    length.set(segment.primary, (length.get(segment.primary) ?? 0) + segment.text.length);
    sure.set(segment.primary, Math.max(sure.get(segment.primary) ?? 0, segment.confidence));
  }
  let best = (segments[0] as TaggedSegment).primary;
  for (const [tag, chars] of length) {
    const bestChars = length.get(best) as number;
    if (chars > bestChars || (chars === bestChars && (sure.get(tag) as number) > (sure.get(best) as number))) best = tag;
  }
  return { tag: best, confidence: sure.get(best) as number };
}
