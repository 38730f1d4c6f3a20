/**
 * XLSX workbook, one sheet per view, with exceljs's streaming writer: each row is written, and
 * compressed, as it is added; only the compressed file is kept in memory. (The in-memory workbook
 * built every cell's object model first: 30 s and gigabytes for 100,000 verbatims. Re-zipping
 * exceljs's output to fix its dates held the whole uncompressed workbook: 6 GB and 130 s at a
 * million.) The entries' dates are the workbook's (`export-date.ts`), never the clock's, so the same
 * Synthesis always gives the same bytes.
 * Frozen header row, auto-filter, widths fitted to content.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { xlsxCell } from './cells.ts';
import { setZipDates } from './zip-dates.ts';
import type { NamedTable } from './tables.ts';

/**
 * The zip entries' date when the workbook has none: the format requires one per entry (PKWARE APPNOTE
 * 4.4.6, an MS-DOS date), never the clock's, so a fixed day. The properties, where a date is optional,
 * then have none (`WorkbookProperties.date`).
 */
const UNDATED_ZIP_ENTRIES = new Date(Date.UTC(2000, 0, 1));
const MAX_WIDTH = 80;
/** Excel's last row is 1,048,576: a longer table continues on « Feuille (2) », « Feuille (3) »… each with its header. */
export const MAX_SHEET_ROWS = 1_048_575;

/** What the workbook's properties (docProps/core.xml) say besides its title. */
export interface WorkbookProperties {
  /**
   * Its creation and modification date, and its zip entries' (`export-date.ts`). Without one (no dated
   * session, no SOURCE_DATE_EPOCH), docProps/core.xml has no date — Excel and Explorer then show none,
   * rather than a false one — and the zip entries, which must have one, 1 January 2000.
   */
  date?: Date | null;
  /** Its comment: livre-blanc's version and the synthesis' fingerprint. */
  description?: string;
}

export async function toXlsx(tables: readonly NamedTable[], title: string, maxRows = MAX_SHEET_ROWS, properties: WorkbookProperties = {}): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true, // repeated labels (tags, regions, themes) written once: a smaller file
    zip: { zlib: { level: 6 } },
  });
  // Read when docProps/core.xml is written, at commit.
  workbook.creator = workbook.lastModifiedBy = 'livre-blanc';
  workbook.title = title;
  if (properties.description) workbook.description = properties.description;
  // Never the clock's: the same Synthesis gives the same bytes. The zip entries carry the same date, which an
  // archive tool shows (and a file extracted from it keeps): not « 2000 » beside the properties' day.
  const date = properties.date ?? null;
  if (date) workbook.created = workbook.modified = date;
  // exceljs dates the properties with the clock when made; it writes no date element for an absent one
  // (dcterms:created and dcterms:modified are optional, ECMA-376 Part 2, 11).
  else Object.assign(workbook, { created: undefined, modified: undefined });
  for (const table of tables) for (const part of sheetsOf(table, maxRows)) addSheet(workbook, part);
  await workbook.commit();
  const zip = new Uint8Array(Buffer.concat(chunks));
  setZipDates(zip, date ?? UNDATED_ZIP_ENTRIES);
  return zip;
}

/** A table as the sheets it needs: itself, or parts of `maxRows` rows named « Verbatims (1) », « Verbatims (2) »… */
function sheetsOf(table: NamedTable, maxRows: number): NamedTable[] {
  if (table.rows.length <= maxRows) return [table];
  const parts: NamedTable[] = [];
  for (let start = 0; start < table.rows.length; start += maxRows) {
    const suffix = ` (${parts.length + 1})`;
    parts.push({ ...table, sheet: sheetName(table.sheet, suffix.length) + suffix, rows: table.rows.slice(start, start + maxRows) });
  }
  return parts;
}

/** Sheet names: 31 characters at most, without []:*?/\\ (Excel's rule); `reserved` characters are kept for a suffix. */
function sheetName(name: string, reserved = 0): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31 - reserved);
}

const PLAIN: Partial<ExcelJS.Style> = {};
const WRAPPED: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };
/** A day as the French bureau writes it; the cell stays a date, which sorts and filters as one. */
const DATE_FORMAT = 'dd/mm/yyyy';
const DATED: Partial<ExcelJS.Style> = { numFmt: DATE_FORMAT };
/** A part from 0 to 1 as the site prints it: « 96 % » (Excel's « 0% » in French), the cell keeping 0.958. */
const PERCENT: Partial<ExcelJS.Style> = { numFmt: '0%' };

/** A column of numbers with `decimals` decimals each (`0.000`: Excel shows « 0,240 » in French). */
function fixedStyle(decimals: number): Partial<ExcelJS.Style> {
  return { numFmt: decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0' };
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: NamedTable): void {
  const sheet = workbook.addWorksheet(sheetName(table.sheet), { views: [{ state: 'frozen', ySplit: 1 }] });
  // Columns are declared before the first row: a streamed row is written with the styles it has then.
  // One style object per column, shared by all its cells: exceljs caches a style by object, and a
  // fresh one per cell cost it a full look-up each time (25 s of 110 at a million verbatims).
  const styles: Array<Partial<ExcelJS.Style>> = [];
  sheet.columns = table.headers.map((header, index) => {
    let width = header.length;
    let dated = false;
    for (const row of table.rows) {
      const cell = row[index] ?? '';
      dated ||= cell instanceof Date;
      width = Math.max(width, cell instanceof Date ? DATE_FORMAT.length : String(cell).length);
    }
    const decimals = table.decimals?.[index];
    styles.push(dated ? DATED : table.percents?.includes(index) ? PERCENT : decimals !== undefined ? fixedStyle(decimals) : width > MAX_WIDTH ? WRAPPED : PLAIN);
    return { key: `c${index}`, width: Math.min(MAX_WIDTH, width + 2) };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.headers.length) } };
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.commit();
  for (const row of table.rows) {
    const added = sheet.addRow(row.map(xlsxCell));
    for (let column = 0; column < styles.length; column++) added.getCell(column + 1).style = styles[column] as Partial<ExcelJS.Style>;
    added.commit();
  }
  sheet.commit();
}
