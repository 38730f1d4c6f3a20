/**
 * The surveys' closed questions (satisfaction 1 to 5, oui/non, the young people's « Note globale »),
 * which the site and the PDF chart, have a sheet and a CSV of their own: one row per question and
 * answer value, counted as the site's charts count them (`scaleCharts`), with the part of the answers given.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { writeExports, XLSX_NAME } from '../../src/export/index.ts';
import { exportTables } from '../../src/export/tables.ts';
import { createSite } from '../../src/site/site.ts';
import { scaleCharts } from '../../src/site/charts.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-questions-fermees-');
const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('« Questions fermées »', () => {
  let synthesis: Synthesis;
  let out: string;

  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
    out = tempDir();
    await writeExports(synthesis, out);
  }, 120_000);

  it('gives each answer value of each closed question its count, as the site’s charts, « Sans réponse » last', () => {
    const csv = Papa.parse<Record<string, string>>(readFileSync(path.join(out, 'questions-fermees.csv'), 'utf8').replace(/^\ufeff/, ''), {
      header: true, delimiter: ';', skipEmptyLines: true,
    }).data;
    const sessions = new Map(synthesis.sessions.map((s) => [s.id, s.title]));
    const charts = scaleCharts(createSite(synthesis));
    const expected = synthesis.scales.flatMap((scale, index) =>
      charts[index]!.categories.map((category, at) => [sessions.get(scale.sessionId), scale.question, category.label, String(charts[index]!.series[0]!.values[at])]),
    );
    expect(synthesis.scales.map((s) => s.question)).toEqual(expect.arrayContaining(['Satisfaction globale (1 à 5)', 'Note globale (1 à 5)']));
    expect(csv.map((row) => [row['Enquête'], row['Question'], row['Valeur'], row['Nombre de réponses']])).toEqual(expected);
    // Each question's parts are of the answers given, and add up to 100 %.
    for (const scale of synthesis.scales) {
      const rows = csv.filter((row) => row['Question'] === scale.question && row['Enquête'] === sessions.get(scale.sessionId));
      expect(rows.at(-1)).toMatchObject({ Valeur: 'Sans réponse', 'Nombre de réponses': String(scale.blank), 'Part des réponses données (de 0 à 1)': '' });
      const parts = rows.slice(0, -1).map((row) => Number(row['Part des réponses données (de 0 à 1)']!.replace(',', '.')));
      expect(parts.reduce((sum, part) => sum + part, 0)).toBeCloseTo(1, 9);
    }
  });

  it('is a sheet of the workbook, its values from 1 to 5 numbers and its parts shown as percentages', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, XLSX_NAME));
    const sheet = workbook.getWorksheet('Questions fermées')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Enquête', 'Question', 'Valeur', 'Nombre de réponses', 'Part des réponses données (de 0 à 1)']);
    const satisfaction = synthesis.scales.find((s) => s.question === 'Satisfaction globale (1 à 5)')!;
    expect(sheet.getRow(2).getCell(3).value).toBe(1);
    expect(sheet.getRow(2).getCell(4).value).toBe(satisfaction.counts['1']);
    expect(sheet.getRow(2).getCell(5).numFmt).toBe('0%');
  });

  it('says so in one row when no survey has a closed question', () => {
    const table = exportTables({ ...synthesis, scales: [] }).find((t) => t.name === 'questions-fermees')!;
    expect(table.rows).toEqual([[expect.stringMatching(/^Aucune question fermée/), null, null, null, null]]);
  });
});
