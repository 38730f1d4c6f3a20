/**
 * XLSX workbook, one sheet per view, with exceljs (well kept, streams large sheets, styles and filters).
 * Frozen header row, auto-filter, widths fitted to content. The zip is rewritten with fixed dates so that
 * the same Synthesis always gives the same bytes.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { safeCell } from './cells.ts';
import type { NamedTable } from './tables.ts';

const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
const MAX_WIDTH = 80;

export async function toXlsx(tables: readonly NamedTable[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'livre-blanc';
  workbook.title = title;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const table of tables) addSheet(workbook, table);
  const buffer = await workbook.xlsx.writeBuffer();
  return reproducibleZip(new Uint8Array(buffer as ArrayBuffer));
}

function addSheet(workbook: ExcelJS.Workbook, table: NamedTable): void {
  // Sheet names: 31 characters at most, without []:*?/\ (Excel's rule).
  const name = table.sheet.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers);
  for (const row of table.rows) sheet.addRow(row.map(safeCell));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, table.headers.length) } };
  table.headers.forEach((header, index) => {
    let width = header.length;
    for (const row of table.rows) width = Math.max(width, String(row[index] ?? '').length);
    const column = sheet.getColumn(index + 1);
    column.width = Math.min(MAX_WIDTH, width + 2);
    if (width > MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** Same entries, same order, fixed timestamps: byte-identical output for identical content. */
function reproducibleZip(zip: Uint8Array): Uint8Array {
  const entries = unzipSync(zip);
  const names = Object.keys(entries).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : 1));
  const files: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const name of names) files[name] = [entries[name] as Uint8Array, { mtime: FIXED_DATE, level: 6 }];
  return zipSync(files);
}
