/**
 * Where an item comes from, in words, for the site's verbatims and the search results alike. The line
 * is always the file's real text line — the one `check` and the exports give, where an ambassador's
 * editor opens the file. A survey's record may span several lines (multi-line cells), so its data row
 * is not a line: it is named as what it is, the answer's number (« réponse n° 240 »).
 */
import type { SourceRef } from '../pipeline/model.ts';

/** « ligne 12 », or « ligne 315 (réponse n° 240), colonne « Vos attentes » » for a survey answer. */
export function sourcePlace(source: SourceRef): string {
  const answer = source.row !== undefined ? ` (réponse n° ${source.row})` : '';
  const column = source.field ? `, colonne « ${source.field} »` : '';
  return `ligne ${source.line}${answer}${column}`;
}
