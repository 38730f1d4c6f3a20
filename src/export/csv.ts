/**
 * CSV that French Excel opens correctly: UTF-8 with BOM, `;` by default (`,` on request), CRLF, every
 * text cell neutralised against formula injection and quoted when it has to be.
 */
import { safeCsvCell, type CellValue } from './cells.ts';

export type CsvDelimiter = ';' | ',';

export interface Table {
  headers: string[];
  rows: CellValue[][];
  /**
   * Columns (by index) whose numbers all show this many decimals: « 0,240 » beside « 0,257 », never
   * « 0,24 » (a CSV cell is the text, a workbook cell the number with its format).
   */
  decimals?: Readonly<Record<number, number>>;
  /**
   * Columns (by index) of parts from 0 to 1: the workbook shows them as percentages, « 96 % » as on the
   * site, the cell keeping its number (0.958); a CSV writes the number, its header says « de 0 à 1 ».
   */
  percents?: readonly number[];
}

export function toCsv(table: Table, delimiter: CsvDelimiter = ';'): string {
  return [...csvChunks(table, delimiter)].join('');
}

/** Rows written per piece of `csvChunks`. */
const ROWS_PER_CHUNK = 1_000;

/** The text of `toCsv` in pieces of a thousand rows: a million verbatims would not fit in one string. */
export function* csvChunks(table: Table, delimiter: CsvDelimiter = ';'): Generator<string> {
  const line = (cells: string[]) => cells.map((cell) => quote(cell, delimiter)).join(delimiter) + '\r\n';
  yield '\uFEFF' + line(table.headers);
  for (let start = 0; start < table.rows.length; start += ROWS_PER_CHUNK) {
    let text = '';
    for (const row of table.rows.slice(start, start + ROWS_PER_CHUNK)) text += line(row.map((cell, column) => formatCell(cell, delimiter, table.decimals?.[column])));
    yield text;
  }
}

/** French Excel reads `0,75` as a number when the separator is `;`. */
function formatCell(cell: CellValue, delimiter: CsvDelimiter, decimals?: number): string {
  const value = safeCsvCell(cell);
  if (typeof value !== 'number') return value;
  const text = decimals === undefined ? String(value) : value.toFixed(decimals);
  return delimiter === ';' ? text.replace('.', ',') : text;
}

function quote(value: string, delimiter: CsvDelimiter): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
