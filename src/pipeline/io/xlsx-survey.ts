/**
 * An Excel workbook (.xlsx) dropped in data/enquetes/ → the rows of its first worksheet holding data,
 * which the survey ingest reads as it reads a CSV's records (ingest/surveys/sheet-table.ts). exceljs
 * is loaded only when a workbook is there: it weighs more than the rest of the pipeline together.
 */
import type { CellValue, Worksheet } from 'exceljs';
import type { SheetRow, SheetRows } from './sheet-rows.ts';
import { cellText } from './sheet-cells.ts';

export const WORKBOOK_FILE = /\.xlsx$/i;

/**
 * Largest workbook read: 25 Mo. exceljs holds the whole workbook in memory, some twenty times its
 * compressed size; a bigger survey is exported as CSV (MAX_SURVEY_BYTES).
 */
export const MAX_WORKBOOK_BYTES = 25_000_000;

export async function readWorkbookRows(bytes: Uint8Array): Promise<SheetRows> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its argument as an ArrayBuffer (its own `Buffer` declaration) and reads a Node Buffer.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) })).filter((sheet) => sheet.rows.length > 0);
  const [first, ...others] = sheets;
  if (!first) return { sheet: workbook.worksheets[0]?.name ?? '', rows: [], otherSheets: [] };
  return { sheet: first.name, rows: first.rows, otherSheets: others.map((sheet) => sheet.name) };
}

/** The rows holding some text, each padded to the widest, as Excel pads a CSV export's lines. */
function sheetRows(sheet: Worksheet): SheetRow[] {
  const rows: SheetRow[] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value as CellValue, cell.numFmt);
    });
    let last = cells.length;
    while (last > 0 && !(cells[last - 1] ?? '').trim()) last--;
    if (last === 0) return;
    const filled = Array.from({ length: last }, (_, i) => cells[i] ?? '');
    width = Math.max(width, last);
    rows.push({ row: number, cells: filled });
  });
  for (const row of rows) while (row.cells.length < width) row.cells.push('');
  return rows;
}
