/**
 * Rows whose field count differs from the header's, grouped by kind with their lines (one warning
 * each). A field in excess is not read: it is set aside, and counted as such in the reconciliation
 * (read = kept + set aside), since it may hold an answer cut off by a stray separator. In a CSV
 * whose other rows have the header's width, such a row is shifted from the cut on (`settle`,
 * shifted-rows.ts): the whole row is set aside instead, so that no answer is read under the wrong column.
 */
import type { Diagnostic, RejectionReason, SetAsideEntry } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { LineGroups } from './line-groups.ts';
import { columnShapes, cutCandidates, shiftedDiagnostic, shiftedEntry, type LongRow, type ShiftedRow } from './shifted-rows.ts';

const QUOTED_LENGTH = 60;
/** Well-formed rows read to learn what each column holds (a file may have a million rows). */
const SHAPE_SAMPLE = 2000;

/** The reason a field in excess is set aside, and the code of the diagnostic that says so. */
export const EXTRA_FIELD = 'nombre-de-champs-incorrect' satisfies RejectionReason;

export class FieldCounts {
  private readonly width: number;
  private readonly groups = new LineGroups();
  /** Non-empty fields beyond the header's width, never read. */
  extraFields = 0;
  /** Each of them, as read, for the list of entries set aside. */
  readonly setAside: SetAsideEntry[] = [];
  private firstExtra: string | null = null;
  /** Rows with non-empty fields in excess, their trailing empty fields left out. */
  private readonly longRows: LongRow[] = [];
  /** Once settled, the long rows read as shifted, and what `diagnostics` says of them. */
  private shifted: { rows: ShiftedRow[]; diagnostic: Diagnostic } | null = null;

  constructor(width: number) {
    this.width = width;
  }

  /**
   * A record's fields, once its quotes are known to be sound (else the count means nothing): `row` is
   * its data row, `cellLines` where each field starts when one holds a line break (csv.ts).
   */
  add(fields: readonly string[], line: number, file: string, row: number, cellLines: readonly number[] | null): void {
    if (fields.length === this.width) return;
    if (fields.length < this.width) {
      this.groups.add('pas-assez', line);
      return;
    }
    // Excel often leaves empty trailing fields: harmless, nothing is lost.
    const extras = fields.slice(this.width).filter((cell) => cell.trim() !== '');
    if (extras.length === 0) return;
    this.groups.add('trop', line);
    this.extraFields += extras.length;
    for (let i = this.width; i < fields.length; i++) {
      const text = fields[i] ?? '';
      // A field beyond the header has no header: its column is its number.
      if (text.trim() !== '') this.setAside.push({ source: { file, line: cellLines?.[i] ?? line, column: i + 1, row }, reason: EXTRA_FIELD, text });
    }
    this.firstExtra ??= (extras[0] ?? '').trim();
    let end = fields.length;
    while (end > this.width && (fields[end - 1] ?? '').trim() === '') end--;
    this.longRows.push({ fields: fields.slice(0, end), line, row });
  }

  /**
   * When the rows with fields in excess are a minority (at most half the rows: the others say where
   * each column is), each is shifted: set aside whole, its record emptied so that nothing reads it,
   * instead of its fields in excess. Most rows too long is another matter (a column without a header):
   * their fields in excess stay set aside, the rest read. `delimiter` writes the row as it was.
   */
  settle(records: Array<{ fields: string[] }>, header: readonly string[], delimiter: string, file: string): void {
    if (this.longRows.length === 0 || this.longRows.length * 2 > records.length) return;
    // What each column holds, from the first well-formed rows: enough to tell a number from a sentence.
    const wellFormed: string[][] = [];
    for (let i = 0; i < records.length && wellFormed.length < SHAPE_SAMPLE; i++) {
      const fields = (records[i] as { fields: string[] }).fields;
      if (fields.length === this.width) wellFormed.push(fields);
    }
    const shapes = columnShapes(wellFormed, this.width);
    const rows = this.longRows.map((long): ShiftedRow => ({ ...long, candidates: cutCandidates(long.fields, this.width, shapes) }));
    for (const row of rows) {
      const record = records[row.row - 1];
      if (record) record.fields = [];
    }
    this.extraFields = 0;
    this.setAside.length = 0;
    for (const row of rows) this.setAside.push(shiftedEntry(row, file, delimiter));
    this.shifted = { rows, diagnostic: shiftedDiagnostic(rows, header, delimiter, file) };
  }

  diagnostics(file: string): Diagnostic[] {
    const groups = this.groups.groups().filter((group) => this.shifted === null || group.key !== 'trop');
    const said = groups.map((group) => {
      const tooMany = group.key === 'trop';
      const count = this.extraFields;
      const quoted = (this.firstExtra ?? '').length > QUOTED_LENGTH ? `${(this.firstExtra ?? '').slice(0, QUOTED_LENGTH)}…` : this.firstExtra;
      return diagnostic({
        code: EXTRA_FIELD,
        severity: 'warning',
        message:
          `${tooMany ? 'Trop' : 'Pas assez'} de champs par rapport à l’en-tête (${this.width} colonnes) ${group.where} : ` +
          (tooMany
            ? `${count === 1 ? 'le champ en trop n’est pas lu' : `les ${count} champs en trop ne sont pas lus`} (« ${quoted} »${count > 1 ? '…' : ''}) et ${count === 1 ? 'est compté parmi les écartés' : 'sont comptés parmi les écartés'} du bilan.`
            : 'les champs manquants sont lus comme vides.'),
        hint: tooMany
          ? 'Un séparateur dans une réponse la coupe en deux : mettez la cellule entre guillemets (« "…" »), ou vérifiez le séparateur de ces lignes.'
          : 'Vérifiez les séparateurs et les guillemets de ces lignes.',
        file,
        line: group.firstLine,
      });
    });
    return this.shifted ? [this.shifted.diagnostic, ...said] : said;
  }
}
