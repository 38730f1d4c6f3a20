/**
 * One date for every file of the export: « À propos », the workbook's properties, its zip entries (what
 * an archive tool or a file's properties show) and the PDF's (`pdfProperties`) all take the day
 * `export-date.ts` decides, SOURCE_DATE_EPOCH or the latest session, never « 2000 » beside it; with
 * neither, the properties have none (the zip entries, which must have one, keep a fixed day).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { writeExports, XLSX_NAME } from '../../src/export/index.ts';
import { ABOUT_TEXT_NAME } from '../../src/export/about.ts';
import { pdfProperties } from '../../src/export/pdf.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-file-dates-');

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** The day of every entry of the workbook's zip, its properties' and « À propos »'s. */
async function exportedDays(synthesis: Synthesis, sourceDateEpoch: string | undefined) {
  const out = tempDir();
  await writeExports(synthesis, out, ';', null, { sourceDateEpoch });
  const bytes = readFileSync(path.join(out, XLSX_NAME));
  const zip = await JSZip.loadAsync(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const about = readFileSync(path.join(out, ABOUT_TEXT_NAME), 'utf8');
  return {
    entries: [...new Set(Object.values(zip.files).map((entry) => entry.date.toISOString().slice(0, 10)))],
    properties: [workbook.created.toISOString().slice(0, 10), workbook.modified.toISOString().slice(0, 10)],
    about: /^Date : .*\((\d{4}-\d{2}-\d{2})\)\r?$/m.exec(about)?.[1],
  };
}

describe('une seule date pour les fichiers exportés', () => {
  let synthesis: Synthesis;
  let latestSession: string;

  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
    latestSession = synthesis.sessions.map((s) => s.date ?? '').sort().at(-1) ?? '';
  }, 120_000);

  it('dates the workbook’s zip entries, its properties, « À propos » and the PDF of SOURCE_DATE_EPOCH when set', async () => {
    const days = await exportedDays(synthesis, '1795478400'); // 2026-11-24T00:00:00Z
    expect(days).toEqual({ entries: ['2026-11-24'], properties: ['2026-11-24', '2026-11-24'], about: '2026-11-24' });
    expect(pdfProperties(synthesis, '1795478400').date?.toISOString().slice(0, 10)).toBe('2026-11-24');
  }, 60_000);

  it('dates them all of the latest session without it', async () => {
    expect(latestSession).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const days = await exportedDays(synthesis, undefined);
    expect(days).toEqual({ entries: [latestSession], properties: [latestSession, latestSession], about: latestSession });
    expect(pdfProperties(synthesis, undefined).date?.toISOString().slice(0, 10)).toBe(latestSession);
  }, 60_000);

  it('gives none when no session is dated and SOURCE_DATE_EPOCH is not set: « aucune » in « À propos », no date in the properties', async () => {
    const undated = { ...synthesis, sessions: synthesis.sessions.map((s) => ({ ...s, date: null })) };
    const out = tempDir();
    await writeExports(undated, out, ';', null, { sourceDateEpoch: undefined });
    expect(readFileSync(path.join(out, ABOUT_TEXT_NAME), 'utf8')).toMatch(/^Date : aucune\r?$/m);
    const core = await (await JSZip.loadAsync(readFileSync(path.join(out, XLSX_NAME)))).file('docProps/core.xml')!.async('string');
    expect(core).not.toMatch(/dcterms:(created|modified)/);
    expect(pdfProperties(undated, undefined).date).toBeNull();
  }, 60_000);
});
