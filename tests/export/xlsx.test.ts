import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../src/export/xlsx.ts';
import type { NamedTable } from '../../src/export/tables.ts';

const table = (rows: number): NamedTable => ({
  name: 'verbatims',
  sheet: 'Verbatims d’une consultation très longue', // longer than Excel's 31 characters
  headers: ['Identifiant', 'Texte'],
  rows: Array.from({ length: rows }, (_, i) => [`e${i}`, `Texte ${i}`]),
});

/** DOS date and time of every local file header of a zip (PKWARE APPNOTE 4.3.7: offsets 10 and 12). */
function entryDates(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dates: string[] = [];
  for (let at = 0; at + 30 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x04034b50) continue;
    dates.push(`${view.getUint16(at + 12, true)}/${view.getUint16(at + 10, true)}`);
  }
  return dates;
}

describe('classeur XLSX', () => {
  it('donne à chaque entrée du zip d’un classeur sans date la même date fixe (le format en exige une), pas l’heure de l’export', async () => {
    const dates = entryDates(await toXlsx([table(50)], 'Essai'));
    expect(dates.length).toBeGreaterThan(5);
    expect(new Set(dates).size).toBe(1);
    expect(dates[0]).toBe(`${(20 << 9) | (1 << 5) | 1}/0`); // 1 January 2000, 00:00, whatever the machine's time zone
  });

  it('date les entrées du zip du jour de ses propriétés, celui que voit qui regarde les propriétés du fichier', async () => {
    const day = new Date('2026-11-24T00:00:00Z');
    const bytes = await toXlsx([table(50)], 'Essai', undefined, { date: day });
    // The central directory, as an archive tool lists it (jszip, which exceljs reads with)…
    const zip = await JSZip.loadAsync(bytes);
    const entries = Object.values(zip.files);
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.map((entry) => entry.date.toISOString()).filter((date) => date !== day.toISOString())).toEqual([]);
    // … and each local header.
    expect(new Set(entryDates(bytes))).toEqual(new Set([`${(46 << 9) | (11 << 5) | 24}/0`]));
    // MS-DOS dates start in 1980: SOURCE_DATE_EPOCH=0 gives 1 January 1980, not a wrong year.
    const early = await JSZip.loadAsync(await toXlsx([table(3)], 'Essai', undefined, { date: new Date(0) }));
    expect(new Set(Object.values(early.files).map((entry) => entry.date.toISOString()))).toEqual(new Set(['1980-01-01T00:00:00.000Z']));
  });

  it('date ses propriétés (création, modification) du jour qu’on lui donne, d’aucun sinon, jamais de l’horloge', async () => {
    const read = async (bytes: Uint8Array) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
      return workbook;
    };
    const dated = await read(await toXlsx([table(3)], 'Essai', undefined, { date: new Date('2026-11-24T00:00:00Z'), description: 'livre-blanc 1.2.3' }));
    expect([dated.created, dated.modified]).toEqual([new Date('2026-11-24T00:00:00Z'), new Date('2026-11-24T00:00:00Z')]);
    expect(dated.description).toBe('livre-blanc 1.2.3');
    // Without one, docProps/core.xml has no date (both are optional): Excel and Explorer show none, not a false day.
    const core = await (await JSZip.loadAsync(await toXlsx([table(3)], 'Essai'))).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>Essai</dc:title>');
    expect(core).not.toMatch(/dcterms:(created|modified)|\d{4}-\d{2}-\d{2}T/);
  });

  it('continue une table trop longue pour une feuille Excel sur des feuilles numérotées, chacune avec son en-tête', async () => {
    const bytes = await toXlsx([table(25)], 'Essai', 10);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(['Verbatims d’une consultatio (1)', 'Verbatims d’une consultatio (2)', 'Verbatims d’une consultatio (3)']);
    expect(names.every((name) => name.length <= 31)).toBe(true);
    const rows = workbook.worksheets.map((sheet) => sheet.rowCount);
    expect(rows).toEqual([11, 11, 6]);
    expect(workbook.worksheets[2]?.getRow(1).getCell(1).value).toBe('Identifiant');
    expect(workbook.worksheets[2]?.getRow(6).getCell(1).value).toBe('e24');
  });
});
