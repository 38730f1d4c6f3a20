/**
 * INSEE codes keep their leading zero (« 01 » Guadeloupe, « 02 » Aisne): as text cells in the workbook,
 * and as plain fields in the CSVs, which scripts read as written. Excel opening a CSV by a double click
 * reads them as numbers (1, 2); `="01"` would force text but is a formula, refused in every export, and
 * `'01` or a space would change the value scripts read. docs/exports.md says to open the workbook instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeExports, XLSX_NAME } from '../../src/export/index.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-zeros-');

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('codes with a leading zero', () => {
  let out: string;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const { synthesis } = synthesize(await readConsultation(repoRoot));
    out = tempDir();
    await writeExports(synthesis, out);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, XLSX_NAME));
  });

  /** The values of a column of a sheet, header excluded. */
  function column(sheet: string, header: string): unknown[] {
    const worksheet = workbook.getWorksheet(sheet)!;
    const index = (worksheet.getRow(1).values as unknown[]).indexOf(header);
    return worksheet.getColumn(index).values.slice(2);
  }

  /** The fields of a column of a CSV, header excluded. */
  function csvColumn(file: string, header: string): string[] {
    const text = readFileSync(path.join(out, file), 'utf8').replace(/^\ufeff/, '');
    return Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true }).data.map((row) => row[header] ?? '');
  }

  it.each([['Régions', 'regions.csv', 'Code INSEE']])('keeps them as text in the « %s » sheet and as written in %s', (sheet, file, header) => {
    const cells = column(sheet, header);
    const zeros = cells.filter((value) => typeof value === 'string' && value.startsWith('0'));
    expect(zeros.length).toBeGreaterThan(3);
    expect(cells.filter((value) => typeof value === 'number')).toEqual([]);
    const fields = csvColumn(file, header);
    expect(fields.filter((field) => /^0\d/.test(field)).sort()).toEqual((zeros as string[]).sort());
    expect(fields.filter((field) => /^[="'\s]/.test(field))).toEqual([]);
  });

  it('names departments as the Sessions sheet does, « Aisne (02) », the zero kept inside the text', () => {
    const cells = column('Verbatims', 'Département').filter((value) => value !== null && value !== undefined);
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) expect(cell).toMatch(/^\S.* \((\d{2,3}|2[AB])\)$/);
    expect(cells).toContain('Aisne (02)');
    expect(csvColumn('verbatims.csv', 'Département').filter(Boolean).sort()).toEqual((cells as string[]).sort());
  });
});
