/**
 * The « Sessions » view of the bureau's spreadsheets: one row per workshop or survey, with its date
 * as a real date, and totals that are the site's figures (« 17 sessions (15 ateliers, 2 enquêtes) »).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeExports, XLSX_NAME } from '../../src/export/index.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { createSite, type Site } from '../../src/site/site.ts';
import { resolveStat } from '../../src/site/stats.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-sessions-');

const repoRoot = path.resolve(import.meta.dirname, '../..');

type Row = Record<string, unknown>;

async function sheetRows(file: string, name: string): Promise<{ rows: Row[]; numFmt: (header: string) => string | undefined }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(name)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((header, i) => [header, values[i] ?? ''])));
  });
  return { rows, numFmt: (header) => sheet.getRow(2).getCell(headers.indexOf(header) + 1).numFmt };
}

describe('the Sessions view', () => {
  let synthesis: Synthesis;
  let site: Site;
  let out: string;
  let xlsx: Awaited<ReturnType<typeof sheetRows>>;
  let csv: Array<Record<string, string>>;

  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
    site = createSite(synthesis);
    out = tempDir();
    await writeExports(synthesis, out);
    xlsx = await sheetRows(path.join(out, XLSX_NAME), 'Sessions');
    const text = readFileSync(path.join(out, 'sessions.csv'), 'utf8').replace(/^\ufeff/, '');
    csv = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true }).data;
  });

  it('counts the sessions, workshops and surveys the site counts', () => {
    const count = (kind: string) => xlsx.rows.filter((row) => row['Type'] === kind).length;
    expect(xlsx.rows).toHaveLength(resolveStat(site, 'sessions').value);
    expect(count('Atelier')).toBe(resolveStat(site, 'workshops').value);
    expect(count('Enquête')).toBe(resolveStat(site, 'surveys').value);
    // The home page's key figure for the demo.
    expect(`${xlsx.rows.length} sessions (${count('Atelier')} ateliers, ${count('Enquête')} enquêtes)`).toBe('17 sessions (15 ateliers, 2 enquêtes)');
    expect(csv.map((row) => row['Identifiant'])).toEqual(xlsx.rows.map((row) => row['Identifiant']));
  });

  it('gives each session the number of items its page publishes, and in all the site’s total', () => {
    for (const row of xlsx.rows) {
      expect(row['Éléments publiés'], String(row['Identifiant'])).toBe(site.itemsBySession.get(String(row['Identifiant']))?.length ?? 0);
    }
    const sum = (key: string, rows: readonly Row[]) => rows.reduce((n, row) => n + Number(row[key] || 0), 0);
    expect(sum('Éléments publiés', xlsx.rows)).toBe(resolveStat(site, 'items').value);
    const workshops = xlsx.rows.filter((row) => row['Type'] === 'Atelier');
    expect(sum('Participants (répondants d’une enquête)', workshops)).toBe(resolveStat(site, 'participants').value);
    expect(sum('Éléments publiés', csv)).toBe(synthesis.items.length);
  });

  it('writes a workshop’s day as a date cell in the workbook and as AAAA-MM-JJ in the CSV', () => {
    const byId = new Map(synthesis.sessions.map((s) => [s.id, s]));
    for (const [index, row] of xlsx.rows.entries()) {
      const session = byId.get(String(row['Identifiant']))!;
      if (session.date) {
        expect(row['Date']).toEqual(new Date(`${session.date}T00:00:00Z`));
        expect(csv[index]?.['Date']).toBe(session.date);
      } else {
        expect(row['Date']).toBe('');
        expect(csv[index]?.['Date']).toBe('');
      }
    }
    expect(xlsx.numFmt('Date')).toBe('dd/mm/yyyy');
    expect(synthesis.sessions.filter((s) => s.kind === 'workshop').every((s) => s.date)).toBe(true);
  });

  it('says kind, format, region, departments, place, structures and source file in French', () => {
    const lyon = xlsx.rows.find((row) => row['Fichier source'] === 'content/ateliers/auvergne-rhone-alpes/2026-09-24-lyon.md');
    expect(lyon).toMatchObject({
      Type: 'Atelier', Format: 'Présentiel', Région: 'Auvergne-Rhône-Alpes', 'Lieu (d’après le titre)': 'Lyon',
      Départements: 'Rhône (69) ; Ain (01) ; Isère (38)', 'Participants (répondants d’une enquête)': 24,
    });
    expect(String(lyon?.['Structures'])).toMatch(/^Mission Locale de Lyon ; /);
    const formats = new Set(xlsx.rows.filter((row) => row['Type'] === 'Atelier').map((row) => row['Format']));
    expect([...formats].sort()).toEqual(['Hybride', 'Présentiel', 'À distance']);
    const survey = xlsx.rows.find((row) => row['Type'] === 'Enquête');
    expect(survey).toMatchObject({ Format: 'Enquête', Région: 'Plusieurs régions ou non précisée', 'Lieu (d’après le titre)': '' });
  });
});
