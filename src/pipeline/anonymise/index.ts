// PLACEHOLDER — owned by the "privacy" helper, to be replaced.
import type { Diagnostic, RawItem } from '../model.ts';
import type { TextFile } from '../io/consultation-input.ts';

export function anonymise(items: RawItem[], names: string[], pseudonyms: TextFile | null): { items: RawItem[]; diagnostics: Diagnostic[] } {
  void names;
  void pseudonyms;
  return { items, diagnostics: [] };
}
