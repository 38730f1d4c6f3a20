/**
 * The answers of the free-text columns nothing reads (colonne-non-reconnue): not published, but
 * counted in the bilan as read and set aside, and listed among the entries set aside, so that a
 * column « Ce qui coince » whose header was not recognised shows in the bilan instead of vanishing
 * behind « peut être publiée ».
 */
import type { RejectionReason, SetAsideEntry } from '../../model.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import { questionOfHeader } from './header-aliases.ts';

/** The reason such an answer is set aside, and the code of the diagnostic that names its column. */
export const UNREAD_COLUMN = 'colonne-non-reconnue' satisfies RejectionReason;

export function unreadAnswers(records: readonly CsvRecord[], header: readonly string[], columns: readonly number[], file: string): SetAsideEntry[] {
  const entries: SetAsideEntry[] = [];
  for (const column of columns) {
    const field = header[column] ?? '';
    const question = questionOfHeader(field);
    for (let index = 0; index < records.length; index++) {
      const record = records[index] as CsvRecord;
      const text = (record.fields[column] ?? '').trim();
      if (text === '') continue;
      const source = { file, line: cellLine(record, column), column: column + 1, row: index + 1, field };
      entries.push(question === null ? { source, reason: UNREAD_COLUMN, text } : { source, question, reason: UNREAD_COLUMN, text });
    }
  }
  return entries;
}
