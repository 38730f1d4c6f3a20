// PLACEHOLDER — owned by the "analysis" helper, to be replaced.
import type { FeedbackItem, Theme } from '../model.ts';
import type { TaggedItem } from '../tag/index.ts';

export function assignThemes(items: TaggedItem[], themes: Theme[]): FeedbackItem[] {
  void themes;
  return items.map((item) => ({ ...item, themes: item.explicitThemes.length ? item.explicitThemes : ['autres'] }));
}
