/**
 * Spreadsheet formula injection: a CSV field starting with = + - @, a tab or a carriage return may be
 * run as a formula by Excel or LibreOffice when the file is opened. Such text is prefixed with an
 * apostrophe in CSV, the OWASP recommendation, so that it shows as typed and never runs.
 * The XLSX needs no prefix: its text cells are typed strings (`t="s"`, a shared string), which a
 * spreadsheet never evaluates — a cell is a formula only with an `<f>` element, which the workbook
 * never writes (tests/export/formula-safety.test.ts reads its XML). There the apostrophe would only
 * show: « '- Les partenaires nous demandent… ».
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** A `Date` is a calendar day (`calendarDate`): a date cell in the workbook, `AAAA-MM-JJ` in CSV. */
export type CellValue = string | number | Date | null;

/** The day of an ISO `YYYY-MM-DD`, at midnight UTC: exceljs turns it into Excel's serial day without a time zone. */
export function calendarDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A row of text in its first cell, as wide as its table (a CSV line of as many fields as the header). */
export function noteRow(text: string, width: number): CellValue[] {
  return [text, ...Array.from({ length: width - 1 }, () => null)];
}

/** A CSV field: numbers stay numbers, days are ISO, strings are neutralised, null becomes an empty cell. */
export function safeCsvCell(value: CellValue): string | number {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'number' ? value : neutraliseCell(value);
}

/** Excel's limit: a longer text makes it « repair » the workbook, dropping the cell's content. */
export const XLSX_MAX_CELL_CHARACTERS = 32_767;

/**
 * An XLSX cell: a string, number or date exceljs writes as such (never a formula object); null and the
 * empty string become a blank cell, not an empty text, which a spreadsheet counts as filled (NBVAL,
 * ESTVIDE); a text beyond Excel's limit is cut, with « … » (the CSV and synthese.json keep it whole).
 */
export function xlsxCell(value: CellValue): string | number | Date | null {
  if (value === null || value === '') return null;
  if (typeof value === 'string' && value.length > XLSX_MAX_CELL_CHARACTERS) return `${value.slice(0, XLSX_MAX_CELL_CHARACTERS - 1)}…`;
  return value;
}
