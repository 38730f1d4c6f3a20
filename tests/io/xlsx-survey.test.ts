import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { cellText } from '../../src/pipeline/io/sheet-cells.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const temp = tempDirs('lb-xlsx-');
const FILE = 'data/enquetes/atelier-jeunes.xlsx';
const HEADER = ['Horodateur', 'Région', 'Ce qui fonctionne', 'Ce qui manque'];

/** A workbook written by exceljs into a fresh consultation folder, as Excel would save it. */
async function consultation(fill: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const root = temp();
  mkdirSync(path.join(root, 'data/enquetes'), { recursive: true });
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  await workbook.xlsx.writeFile(path.join(root, FILE));
  return root;
}

describe('an .xlsx survey in data/enquetes/', () => {
  it('is read as its CSV would be, each diagnostic naming the workbook and the worksheet row, whatever the line breaks in cells', async () => {
    const root = await consultation((workbook) => {
      const sheet = workbook.addWorksheet('Réponses');
      sheet.addRow(HEADER);
      sheet.addRow([new Date(Date.UTC(2026, 9, 1, 14, 32)), 'Bretagne', 'Le portail est rapide\net clair\nsurtout le soir', 'Un numéro de téléphone']);
      sheet.addRow([]);
      sheet.addRow([new Date(Date.UTC(2026, 9, 2)), 'Région inventée', 'Les conseillers écoutent', 'Des horaires le samedi']);
    });
    const input = await readConsultation(root);
    expect(input.ignored).toBeUndefined();
    const { synthesis } = synthesize(input);
    const texts = synthesis.items.filter((item) => item.source.file === FILE).map((item) => [item.text, item.source.line]);
    expect(texts).toEqual(
      expect.arrayContaining([
        ['Le portail est rapide\net clair\nsurtout le soir', 2],
        ['Un numéro de téléphone', 2],
        ['Les conseillers écoutent', 4],
        ['Des horaires le samedi', 4],
      ]),
    );
    // Row 4 of the sheet, not line 6 as the same rows saved as CSV would be (two breaks in a cell above, and no blank line).
    const region = synthesis.diagnostics.find((d) => d.code === 'region-inconnue');
    expect(region).toMatchObject({ file: FILE, line: 4 });
    expect(region?.message).toContain('à la ligne 4');
    expect(synthesis.reconciliation.files.find((f) => f.file === FILE)).toMatchObject({ read: 4, kept: 4 });
    expect(synthesis.diagnostics.filter((d) => d.code === 'fichier-ignore')).toEqual([]);
  });

  it('reads the first worksheet with data and names the others that hold some', async () => {
    const root = await consultation((workbook) => {
      workbook.addWorksheet('Consignes');
      const answers = workbook.addWorksheet('Réponses');
      answers.addRow(HEADER);
      answers.addRow(['', 'Bretagne', 'Le portail est rapide', '']);
      workbook.addWorksheet('Graphiques').addRow(['Total', 12]);
      workbook.addWorksheet('Vide');
    });
    const { synthesis } = synthesize(await readConsultation(root));
    expect(synthesis.items.map((item) => item.text)).toEqual(['Le portail est rapide']);
    const others = synthesis.diagnostics.filter((d) => d.code === 'classeur-autres-feuilles');
    expect(others).toEqual([expect.objectContaining({ file: FILE, severity: 'warning' })]);
    expect(others[0]?.message).toContain('« Réponses »');
    expect(others[0]?.message).toContain('« Graphiques »');
    expect(others[0]?.message).not.toContain('Vide');
  });

  it('gives dates, numbers and formulas as a French user typed them, at their rows, padded as Excel pads a CSV', async () => {
    const root = await consultation((workbook) => {
      const sheet = workbook.addWorksheet('Réponses');
      sheet.addRow(['Date', 'Note', 'Ce qui manque', 'Commentaire']);
      sheet.getRow(3).values = [new Date(Date.UTC(2026, 8, 14)), 3.5, { formula: 'CONCATENATE("Des ";"rappels")', result: 'Des rappels' }];
    });
    const [survey] = (await readConsultation(root)).surveys;
    expect(survey?.sheet).toEqual({
      sheet: 'Réponses',
      rows: [
        { row: 1, cells: ['Date', 'Note', 'Ce qui manque', 'Commentaire'] },
        { row: 3, cells: ['14/09/2026', '3,5', 'Des rappels', ''] },
      ],
      otherSheets: [],
    });
  });

  it('an unreadable workbook is a blocking diagnostic, not a crash', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'data/enquetes'), { recursive: true });
    writeFileSync(path.join(root, FILE), 'PK\u0003\u0004 pas un vrai classeur');
    const { synthesis } = synthesize(await readConsultation(root));
    expect(synthesis.diagnostics).toContainEqual(expect.objectContaining({ code: 'classeur-illisible', severity: 'blocking', file: FILE }));
  });

  it('a workbook with nothing in it is an empty survey', async () => {
    const root = await consultation((workbook) => workbook.addWorksheet('Feuil1'));
    const { synthesis } = synthesize(await readConsultation(root));
    expect(synthesis.diagnostics).toContainEqual(expect.objectContaining({ code: 'fichier-vide', severity: 'blocking', file: FILE }));
  });
});

describe('an Excel cell as text', () => {
  it('is what the sheet shows, in French', () => {
    expect(cellText(new Date(Date.UTC(2026, 9, 1)), 'dd/mm/yyyy')).toBe('01/10/2026');
    expect(cellText(new Date(Date.UTC(2026, 9, 1, 9, 5, 7)), undefined)).toBe('01/10/2026 09:05:07');
    expect(cellText(new Date(Date.UTC(1899, 11, 30, 14, 30)), 'hh:mm')).toBe('14:30');
    expect(cellText(3.5, undefined)).toBe('3,5');
    expect(cellText(0.1 + 0.2, undefined)).toBe('0,3');
    expect(cellText(0.25, '0%')).toBe('25 %');
    expect(cellText(1000, '00000')).toBe('01000');
    expect(cellText(true, undefined)).toBe('VRAI');
    expect(cellText({ richText: [{ text: 'Très ' }, { text: 'bien' }] }, undefined)).toBe('Très bien');
    expect(cellText({ text: 'le site', hyperlink: 'https://example.org' }, undefined)).toBe('le site');
    expect(cellText({ formula: 'A1*2', result: 8 }, undefined)).toBe('8');
    expect(cellText({ error: '#N/A' }, undefined)).toBe('');
    expect(cellText('ligne 1\r\nligne 2', undefined)).toBe('ligne 1\nligne 2');
  });
});
