// PLACEHOLDER — owned by the "notes" helper, to be replaced.
import type { Diagnostic, RawItem } from './model.ts';

export function validateItems(items: RawItem[]): { items: RawItem[]; rejected: RawItem[]; diagnostics: Diagnostic[] } {
  return { items, rejected: [], diagnostics: [] };
}
