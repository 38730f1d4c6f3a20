import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { filterItems } from '../../src/pipeline/analysis/index.ts';
import { PDF_DESCRIPTION, writeExports, type ExportedFile } from '../../src/export/index.ts';
import { iramuteqCorpus } from '../../src/export/interop.ts';
import { XLSX_MAX_CELL_CHARACTERS, xlsxCell } from '../../src/export/cells.ts';
import { TAG_LABELS, TAGS } from '../../src/pipeline/model.ts';
import { formatLabel, profileLabel } from '../../src/site/labels.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-export-');

const repoRoot = path.resolve(import.meta.dirname, '../..');

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

describe('exports of the demo consultation', () => {
  let synthesis: Synthesis;
  let out: string;
  let written: ExportedFile[];

  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
    out = tempDir();
    written = await writeExports(synthesis, out);
  });

  it('describes each file, the PDF included, with a sentence starting with a capital letter', () => {
    for (const description of [...written.map((f) => f.description), PDF_DESCRIPTION]) expect(description).toMatch(/^\p{Lu}/u);
  });

  it('writes one sheet per view with frozen headers and filters', async () => {
    const workbook = await readWorkbook(path.join(out, 'livre-blanc.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'À propos', 'Thèmes × étiquettes', 'Régions', 'Régions × thèmes', 'Sessions', 'Questions fermées', 'Verbatims', 'Idées fortes', 'Membres des idées', 'Convergence', 'Qualité des données', 'Écartés',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
  });

  it('lists each entry set aside in « Écartés » and ecartes.csv, as many as the bilan counts', async () => {
    const workbook = await readWorkbook(path.join(out, 'livre-blanc.xlsx'));
    const sheet = workbook.getWorksheet('Écartés')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Fichier', 'Ligne', 'Réponse n°', 'Colonne', 'En-tête de colonne (s’il diffère de la question)', 'Question', 'Motif', 'Code', 'Texte lu']);
    expect(synthesis.reconciliation.rejected).toBeGreaterThan(0);
    expect(sheet.rowCount - 1).toBe(synthesis.reconciliation.rejected);
    const csv = readFileSync(path.join(out, 'ecartes.csv'), 'utf8').split('\r\n').filter(Boolean);
    expect(csv).toHaveLength(synthesis.reconciliation.rejected + 1);
  });

  it('lists every member of every idea on a row of its own, with the idea\'s rank (no cell beyond Excel\'s limit)', async () => {
    const workbook = await readWorkbook(path.join(out, 'livre-blanc.xlsx'));
    const sheet = workbook.getWorksheet('Membres des idées')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Rang de l\'idée', 'Identifiant', 'Texte', 'Région', 'Session', 'Date de la session', 'Fichier', 'Ligne', 'Réponse n°']);
    const members = synthesis.ideas.flatMap((idea, index) => idea.members.map((id) => [index + 1, id]));
    expect(members.length).toBeGreaterThan(0);
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push((row.values as unknown[]).slice(1, 3));
    });
    expect(rows).toEqual(members);
    expect(workbook.getWorksheet('Idées fortes')!.getRow(1).values).not.toContain('Membres');
  });

  it('has the same counts as the shared filter (and so as the site)', async () => {
    const workbook = await readWorkbook(path.join(out, 'livre-blanc.xlsx'));
    const sheet = workbook.getWorksheet('Thèmes × étiquettes')!;
    const headers = rowValues(sheet, 1);
    expect(headers.slice(0, 2)).toEqual(['Thème', 'Identifiant']);
    let checked = 0;
    sheet.eachRow((row, number) => {
      // The header, and under the themes the row of all items and the note (tests/export/bureau-views.test.ts).
      if (number === 1 || number > synthesis.themes.length + 1) return;
      const values = (row.values as unknown[]).slice(1);
      const theme = String(values[1]);
      TAGS.forEach((tag, index) => {
        expect(values[2 + index], `${theme}/${tag}`).toBe(filterItems(synthesis.items, { theme, tag }).length);
        checked++;
      });
    });
    expect(checked).toBe(synthesis.themes.length * 3);
    const verbatims = workbook.getWorksheet('Verbatims')!;
    expect(verbatims.rowCount - 1).toBe(synthesis.items.length);
  });

  it('gives each verbatim its number of identical answers and the first of them, as the site groups them', async () => {
    const workbook = await readWorkbook(path.join(out, 'livre-blanc.xlsx'));
    const sheet = workbook.getWorksheet('Verbatims')!;
    const headers = rowValues(sheet, 1);
    const countColumn = headers.indexOf('Réponses identiques');
    const firstColumn = headers.indexOf('Première des identiques');
    expect(countColumn).toBeGreaterThan(0);
    const rows: Array<{ id: string; count: number; first: string }> = [];
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values = (row.values as unknown[]).slice(1);
      rows.push({ id: String(values[0]), count: Number(values[countColumn]), first: String(values[firstColumn] ?? '') });
    });
    // Every group is one first answer (empty cell) and count − 1 rows naming it.
    const byId = new Map(rows.map((row) => [row.id, row]));
    const named = new Map<string, number>();
    for (const row of rows) if (row.first) named.set(row.first, (named.get(row.first) ?? 0) + 1);
    for (const row of rows) {
      if (row.first) expect(byId.get(row.first)).toMatchObject({ first: '', count: row.count });
      else expect(row.count).toBe(1 + (named.get(row.id) ?? 0));
    }
    // The demo repeats some short answers; filtering the empty cells leaves one row per distinct answer.
    expect(named.size).toBeGreaterThan(3);
    const distinct = rows.filter((row) => !row.first);
    expect(distinct.reduce((sum, row) => sum + row.count, 0)).toBe(synthesis.items.length);
  });

  it('writes CSV that French Excel opens: BOM, semicolons, CRLF, one row per item', () => {
    const csv = readFileSync(path.join(out, 'verbatims.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toContain('Identifiant;Texte;Étiquette');
    const csvText = readFileSync(path.join(out, 'themes-etiquettes.csv'), 'utf8');
    expect(csvText).toContain(TAG_LABELS.needs);
  });

  it('says in the convergence headers that only regions with enough items of the tag are counted', () => {
    const header = readFileSync(path.join(out, 'convergence.csv'), 'utf8').split('\r\n')[0] ?? '';
    expect(header).toBe(
      `\ufeffThème;Étiquette;Consensus (part, de 0 à 1);Régions comptées qui en parlent;Régions comptées (au moins ${synthesis.convergence.minItemsPerRegion} éléments de l’étiquette)`,
    );
  });

  it('counts, for each region, the sessions that contributed its items (a region with survey answers only has some)', () => {
    const lines = readFileSync(path.join(out, 'regions.csv'), 'utf8').replace(/^\ufeff/, '').split('\r\n').filter(Boolean);
    const headers = (lines[0] ?? '').split(';');
    const column = headers.indexOf('Sessions (ateliers et enquêtes ayant des éléments de la région)');
    expect(column).toBeGreaterThan(0);
    const expected = new Map<string, Set<string>>();
    for (const item of synthesis.items) expected.set(item.region ?? '', (expected.get(item.region ?? '') ?? new Set()).add(item.sessionId));
    const ownSessions = new Set(synthesis.sessions.map((s) => s.region));
    let surveyOnly = 0;
    for (const line of lines.slice(1)) {
      const cells = line.split(';');
      const code = cells[1] ?? '';
      expect(Number(cells[column]), code).toBe(expected.get(code)?.size ?? 0);
      if (!ownSessions.has(code)) {
        surveyOnly++;
        expect(Number(cells[column]), code).toBeGreaterThan(0);
      }
    }
    expect(surveyOnly).toBeGreaterThan(0); // the demo has regions answered only through the national surveys
  });

  it('labels profiles and formats as the site does, and keeps each column to one kind of value', async () => {
    const workbook = await readWorkbook(path.join(out, 'livre-blanc.xlsx'));
    const sheet = workbook.getWorksheet('Verbatims')!;
    const headers = rowValues(sheet, 1);
    const at = (name: string) => headers.indexOf(name);
    const field = 'En-tête de colonne (s’il diffère de la question)';
    expect(headers.slice(at('Ligne'), at('Voix (votes compris)') + 1)).toEqual(['Ligne', 'Réponse n°', 'Colonne', field, 'Question', 'Voix (votes compris)']);
    const byId = new Map(synthesis.items.map((item) => [item.id, item]));
    let surveys = 0;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      const values = (row.values as unknown[]).slice(1);
      const item = byId.get(String(values[0]))!;
      expect(values[at('Profil')] ?? '').toBe(item.profile ? profileLabel(item.profile) : '');
      expect(values[at('Format')]).toBe(formatLabel(item.format));
      expect(typeof values[at('Colonne')]).toBe('number');
      // The column's header only where it is not the question (the demo's surveys: never).
      expect(values[at(field)] ?? '').toBe(item.source.field === item.question ? '' : (item.source.field ?? ''));
      expect(values[at('Question')] ?? '').toBe(item.source.field === undefined ? '' : (item.question ?? ''));
      if (item.source.field) surveys++;
    });
    expect(surveys).toBeGreaterThan(0);
    const csvHeader = readFileSync(path.join(out, 'verbatims.csv'), 'utf8').split('\r\n')[0] ?? '';
    expect(csvHeader).toContain(`;Ligne;Réponse n°;Colonne;${field};Question;Voix (votes compris);`);
    const csv = readFileSync(path.join(out, 'verbatims.csv'), 'utf8');
    expect(csv).not.toMatch(/;(conseiller|enquete|presentiel|distanciel);/);
    expect(csv).toContain(';Conseillers et conseillères;Enquête;');
  });

  it('gives byte-identical files for the same Synthesis', async () => {
    const again = tempDir();
    const files = await writeExports(synthesis, again);
    for (const f of files) expect(readFileSync(path.join(again, f.file)).equals(readFileSync(path.join(out, f.file))), f.file).toBe(true);
  });

  it('with the other separator, copies the separator-independent files and writes only the tables’ CSVs', async () => {
    const semicolon = await writeExports(synthesis, tempDir());
    const shared = semicolon.filter((f) => !f.delimited);
    expect(shared.map((f) => f.file)).toEqual(['livre-blanc.xlsx', 'a-propos.txt', 'synthese.json', 'comments.csv', 'corpus-iramuteq.txt']);
    const fresh = tempDir();
    const expected = await writeExports(synthesis, fresh, ',');
    const reused = tempDir();
    expect(await writeExports(synthesis, reused, ',', { dir: out, files: shared })).toEqual(expected);
    for (const f of expected) expect(readFileSync(path.join(reused, f.file)).equals(readFileSync(path.join(fresh, f.file))), f.file).toBe(true);
    expect(readFileSync(path.join(reused, 'verbatims.csv'), 'utf8').split('\r\n')[0]).toContain('Identifiant,Texte,Étiquette');
    // Copied, not made again: a planted file of the announced size is what lands in the export…
    const planted = tempDir();
    writeFileSync(path.join(planted, 'corpus-iramuteq.txt'), 'x'.repeat(7));
    const copies = tempDir();
    await writeExports(synthesis, copies, ',', { dir: planted, files: [{ file: 'corpus-iramuteq.txt', bytes: 7 }] });
    expect(readFileSync(path.join(copies, 'corpus-iramuteq.txt'), 'utf8')).toBe('x'.repeat(7));
    // …and one that is missing or of another size is written anew.
    const rewritten = tempDir();
    await writeExports(synthesis, rewritten, ',', { dir: planted, files: [{ file: 'corpus-iramuteq.txt', bytes: 8 }, { file: 'synthese.json', bytes: 1 }] });
    for (const file of ['corpus-iramuteq.txt', 'synthese.json']) expect(readFileSync(path.join(rewritten, file)).equals(readFileSync(path.join(fresh, file))), file).toBe(true);
  });
});

describe('IRaMuTeQ corpus', () => {
  it('starts each text with a **** line of starred variables', async () => {
    const { synthesis } = synthesize(await readConsultation(repoRoot));
    const corpus = [...iramuteqCorpus(synthesis)].join('');
    const headers = corpus.split('\n').filter((l) => l.startsWith('****'));
    expect(headers).toHaveLength(synthesis.items.length);
    for (const h of headers.slice(0, 50)) expect(h).toMatch(/^\*\*\*\* \*region_\w+ \*tag_(working|broken|needs)( \*theme_\w+)+ \*profil_\w+ \*format_\w+$/);
  });
});

describe('a workbook cell', () => {
  it('cuts a text beyond Excel\'s 32,767 characters, with « … », and leaves the rest as it is', () => {
    const long = 'a'.repeat(XLSX_MAX_CELL_CHARACTERS + 10);
    const cut = xlsxCell(long) as string;
    expect(cut).toHaveLength(XLSX_MAX_CELL_CHARACTERS);
    expect(cut.endsWith('…')).toBe(true);
    expect(xlsxCell('a'.repeat(XLSX_MAX_CELL_CHARACTERS))).toHaveLength(XLSX_MAX_CELL_CHARACTERS);
    // Blank, not an empty text that a spreadsheet counts as filled.
    expect(xlsxCell(null)).toBeNull();
    expect(xlsxCell('')).toBeNull();
    expect(xlsxCell(3)).toBe(3);
  });
});
