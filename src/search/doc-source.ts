/**
 * A document's source line put together in the browser from its index's parts, in the words of its pages
 * (src/site/item-place.ts `readableSource`): the session (a workshop's with its date), the answer or line, then for a
 * survey's answer who answered and from where, from its facets' labels. Each chunk writes its sessions once, where a
 * whole line per document cost 82 bytes a chunk (gzip, demo), the parts 5. The build checks each document against
 * `readableSource` and stores the whole line for the few it would not match (`ChunkDoc` source). Pure, browser-safe.
 */
import { answerPlace, joinSource } from '../site/source-parts.ts';

export interface SourceParts {
  /** « Questionnaire jeunes 2026 », « Atelier de Toulouse, 18 novembre 2026 » (item-place.ts `sourceHead`). */
  head: string;
  survey: boolean;
  line: number;
  /** A survey's answer number; null for a note's line. */
  answer: number | null;
  /** Labels of its profile and region, `''` when it has none. */
  profile: string;
  region: string;
}

export function assembledSource(parts: SourceParts): string {
  const place = answerPlace(parts.answer === null ? { line: parts.line } : { line: parts.line, row: parts.answer });
  return joinSource([parts.head, place, ...(parts.survey ? [parts.profile, parts.region] : [])]);
}

/**
 * « Fichier : data/…csv, ligne 99 (réponse n° 98), colonne de la question », the title of the source line on its
 * pages (VerbatimItem.astro: src/pipeline/source-place.ts `sourcePlace` as `verbatimSource` ends it, `column`). Written
 * here rather than imported: shared with the entry form's script, it would be one more file to download first.
 */
export function fileTitle(path: string, line: number, answer: number | null, column: string): string {
  return `Fichier : ${path}, ligne ${line}${answer === null ? '' : ` (réponse n° ${answer})`}${column}`;
}

/**
 * « élément 2 sur 3 » when its answer (or line) gave several items, as its pages tell their links apart (item-place.ts
 * `itemPlace`); `''` for an answer's only item. The index stores the two numbers, not the phrase.
 */
export function elementPlace(rank: number, of: number): string {
  return of > 1 ? `élément ${rank} sur ${of}` : '';
}
