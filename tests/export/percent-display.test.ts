/**
 * Each share of the exports reads as the site prints it: the workbook's cell, shown by its « 0% »
 * format, and the CSV's number rounded to a whole percentage give the site's `formatPercent` of the
 * Synthesis' value, for every row of Convergence, Régions and Verbatims. Rounded twice (0.2847 stored
 * 0.285), Excel showed 29 % where the site shows 28 %.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { exportTables, type NamedTable } from '../../src/export/tables.ts';
import { toCsv } from '../../src/export/csv.ts';
import { toXlsx } from '../../src/export/xlsx.ts';
import { formatPercent } from '../../src/site/format.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** What Excel shows of a number formatted « 0% »: its 15 significant digits times 100, rounded half away from zero. */
function excelPercent(value: number): string {
  return `${Math.round(Number((value * 100).toPrecision(15)))} %`;
}

/** The site's percentage with an ordinary space, to compare with Excel's. */
const sitePercent = (value: number) => formatPercent(value).replace(/\s/u, ' ');

/** Each share column to check: the table, its header, and the Synthesis' value of each of its rows (null: empty cell). */
function shareColumns(synthesis: Synthesis): Array<{ table: string; header: string; values: Array<number | null> }> {
  const similarity = new Map(synthesis.convergence.regions.map((r) => [r.region, r]));
  const regions = exportTables(synthesis).find((t) => t.name === 'regions')!;
  const codes = regions.rows.map((row) => String(row[1] ?? ''));
  return [
    { table: 'convergence', header: 'Consensus (part, de 0 à 1)', values: synthesis.convergence.themes.map((t) => t.consensus) },
    { table: 'regions', header: regions.headers.find((h) => h.startsWith('Ressemblance des besoins'))!, values: codes.map((c) => similarity.get(c)?.similarity ?? null) },
    { table: 'regions', header: regions.headers.find((h) => h.startsWith('Ressemblance moyenne'))!, values: codes.map((c) => similarity.get(c)?.chance ?? null) },
    { table: 'verbatims', header: 'Confiance (part, de 0 à 1)', values: synthesis.items.map((item) => item.confidence) },
  ];
}

describe('shares as the site prints them', () => {
  let synthesis: Synthesis;
  let tables: NamedTable[];
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
    tables = exportTables(synthesis);
    workbook = new ExcelJS.Workbook();
    const chosen = tables.filter((t) => ['convergence', 'regions', 'verbatims'].includes(t.name));
    await workbook.xlsx.load((await toXlsx(chosen, 'T')) as unknown as ArrayBuffer);
  }, 120_000);

  it('every share cell of the workbook and of the CSV shows the site’s percentage', () => {
    let compared = 0;
    for (const { table: name, header, values } of shareColumns(synthesis)) {
      const table = tables.find((t) => t.name === name)!;
      const column = table.headers.indexOf(header);
      const sheet = workbook.getWorksheet(table.sheet)!;
      const csv = Papa.parse<string[]>(toCsv(table).replace(/^\ufeff/, ''), { delimiter: ';', skipEmptyLines: true }).data.slice(1);
      expect(csv).toHaveLength(values.length);
      values.forEach((value, index) => {
        const cell = sheet.getRow(index + 2).getCell(column + 1);
        const field = csv[index]![column]!;
        if (value === null) {
          expect(cell.value ?? null).toBeNull();
          expect(field).toBe('');
          return;
        }
        expect(cell.numFmt).toBe('0%');
        expect(excelPercent(cell.value as number), `${table.sheet}, ligne ${index + 2}`).toBe(sitePercent(value));
        expect(sitePercent(Number(field.replace(',', '.'))), `${name}.csv, ligne ${index + 2}`).toBe(sitePercent(value));
        expect(excelPercent(Number(field.replace(',', '.')))).toBe(sitePercent(value));
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(synthesis.items.length);
  });

  it('keeps a share on the edge of two percentages as the site rounds it (0.2847: 28 %, not 29 %)', async () => {
    const theme = synthesis.convergence.themes[0]!;
    const edged: Synthesis = { ...synthesis, convergence: { ...synthesis.convergence, themes: [{ ...theme, consensus: 0.2847 }] } };
    const table = exportTables(edged).find((t) => t.name === 'convergence')!;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx([table], 'T')) as unknown as ArrayBuffer);
    expect(excelPercent(book.getWorksheet('Convergence')!.getRow(2).getCell(3).value as number)).toBe('28 %');
    expect(toCsv(table).split('\r\n')[1]?.split(';')[2]).toBe('0,2847');
  });
});
