// PLACEHOLDER — owned by the "tagging" helper, to be replaced.
import type { Diagnostic, FeedbackItem, RawItem } from '../model.ts';

export type TaggedItem = Omit<FeedbackItem, 'themes'>;

export function tagItems(items: RawItem[]): { items: TaggedItem[]; rejected: RawItem[]; diagnostics: Diagnostic[] } {
  return {
    items: items.map((item) => ({
      ...item,
      tag: item.declaredTag === 'auto' ? 'needs' : item.declaredTag,
      tagSource: item.declaredTag === 'auto' ? 'inferred' : 'explicit',
      confidence: item.declaredTag === 'auto' ? 0.3 : 1,
    })),
    rejected: [],
    diagnostics: [],
  };
}
