/**
 * Spreadsheet formula injection: a cell starting with = + - @, a tab or a carriage return may be run as
 * a formula by Excel or LibreOffice. Such text cells are prefixed with an apostrophe, the OWASP
 * recommendation, so that they show as typed and never run. Numbers are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export type CellValue = string | number | null;

/** Numbers stay numbers; strings are neutralised; null becomes an empty cell. */
export function safeCell(value: CellValue): string | number {
  if (value === null) return '';
  return typeof value === 'number' ? value : neutraliseCell(value);
}
