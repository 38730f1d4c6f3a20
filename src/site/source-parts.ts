/**
 * The words of a verbatim's source line (item-place.ts `readableSource`) that the search page puts together again in
 * the browser from its index's parts (src/search/doc-source.ts): import-free, so light in the page's script.
 */
import type { SourceRef } from '../pipeline/model.ts';

/** « réponse n° 129 » for a survey answer, « ligne 45 » for a note's item. */
export function answerPlace(source: Pick<SourceRef, 'line' | 'row'>): string {
  return source.row !== undefined ? `réponse n° ${source.row}` : `ligne ${source.line}`;
}

/** « Questionnaire … · réponse n° 98 · Partenaires · Bretagne »: the parts given, in order. */
export function joinSource(parts: readonly string[]): string {
  return parts.filter(Boolean).join(' · ');
}
