/**
 * Theme stage: every item gets the themes whose keywords it contains (multi-label, on French stems
 * and phrases), plus the themes written explicitly in the source (`#saisie`), which are always kept.
 * An item nothing matches gets `autres`.
 */
import type { FeedbackItem, Theme } from '../model.ts';
import type { TaggedItem } from '../tag/index.ts';
import { compileThemes } from './matcher.ts';
import type { ScannedTexts } from '../text/scanned-texts.ts';

/** Theme of the items no keyword matched. */
export const OTHER_THEME = 'autres';

/** The theme list of every item nothing matched: one shared list (item lists are never modified). */
const ONLY_OTHER: readonly string[] = Object.freeze([OTHER_THEME]);

/** `scanned`, when given, holds the items' texts in the same order, already read (see synthesize). */
export function assignThemes(items: TaggedItem[], themes: Theme[], scanned?: ScannedTexts): FeedbackItem[] {
  const matcher = compileThemes(themes.filter((theme) => theme.id !== OTHER_THEME), scanned?.table);
  return items.map((item, i) => {
    // Sorted, distinct, never `autres` (not compiled).
    const matched = scanned ? matcher.matchWords(scanned.ids, scanned.start[i] as number, scanned.start[i + 1] as number, item.text) : matcher.match(item.text);
    if (item.explicitThemes.length === 0) return { ...item, themes: matched.length > 0 ? matched : ONLY_OTHER };
    const found = new Set(matched);
    // An unknown explicit tag is kept as written: ingest reports it, this stage never drops it.
    for (const tag of item.explicitThemes) found.add(matcher.resolveExplicit(tag) ?? tag);
    if (found.size > 1) found.delete(OTHER_THEME);
    if (found.size === 0) found.add(OTHER_THEME);
    return { ...item, themes: [...found].sort() };
  });
}

/** Share (0–1) of items with at least one theme other than `autres`; 0 when there is no item. */
export function themedShare(items: readonly Pick<FeedbackItem, 'themes'>[]): number {
  if (items.length === 0) return 0;
  let themed = 0;
  for (const item of items) if (item.themes.some((theme) => theme !== OTHER_THEME)) themed++;
  return themed / items.length;
}

export { compileThemes, type ThemeMatcher } from './matcher.ts';
export { foldedWords, matchStems, stemWord, STOP_WORDS } from './stem.ts';
