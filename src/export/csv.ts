/**
 * CSV that French Excel opens correctly: UTF-8 with BOM, `;` by default (`,` on request), CRLF, every
 * text cell neutralised against formula injection and quoted when it has to be.
 */
import { safeCell, type CellValue } from './cells.ts';

export type CsvDelimiter = ';' | ',';

export interface Table {
  headers: string[];
  rows: CellValue[][];
}

export function toCsv(table: Table, delimiter: CsvDelimiter = ';'): string {
  const lines = [table.headers.map((h) => quote(h, delimiter)), ...table.rows.map((row) => row.map((cell) => quote(formatCell(cell, delimiter), delimiter)))];
  return '\uFEFF' + lines.map((cells) => cells.join(delimiter)).join('\r\n') + '\r\n';
}

/** French Excel reads `0,75` as a number when the separator is `;`. */
function formatCell(cell: CellValue, delimiter: CsvDelimiter): string {
  const value = safeCell(cell);
  if (typeof value === 'number') return delimiter === ';' ? String(value).replace('.', ',') : String(value);
  return value;
}

function quote(value: string, delimiter: CsvDelimiter): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
