/**
 * The exports say what the site says (tests/fixtures/site-sans-region: most items without a region, an
 * Occitanie workshop whose notes were all set aside): the same regions, the items without a region
 * under the site's label, French counts in the bilan, and one number of decimals per column.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { CONFIDENCE_HEADER, exportTables, type NamedTable } from '../../src/export/tables.ts';
import { toCsv } from '../../src/export/csv.ts';
import { toXlsx } from '../../src/export/xlsx.ts';
import { NO_REGION_LABEL } from '../../src/site/labels.ts';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/site-sans-region');

const table = (synthesis: Synthesis, name: string): NamedTable => exportTables(synthesis).find((t) => t.name === name)!;
const csvRows = (t: NamedTable) => toCsv(t).replace(/^\ufeff/, '').split('\r\n').filter(Boolean).map((line) => line.split(';'));

describe('exports of a consultation with items without a region', () => {
  let synthesis: Synthesis;
  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(ROOT)).synthesis;
  }, 120_000);

  it('list every region of the site, one with a session but nothing published at 0, the items without a region last', () => {
    const rows = csvRows(table(synthesis, 'regions')).slice(1);
    expect(rows.map((row) => row[1])).toEqual([...synthesis.regions.map((r) => r.code).sort(), '']);
    // Nothing published: no need to compare, no resemblance (empty, as /regions/ says « non calculée »).
    expect(rows.find((row) => row[0] === 'Occitanie')).toEqual(['Occitanie', '76', '0', '0', '0', '0', '0', '0', '', '', '']);
    const unlocated = synthesis.items.filter((item) => item.region === null).length;
    expect(rows.at(-1)?.[0]).toBe(NO_REGION_LABEL);
    expect(Number(rows.at(-1)?.[5])).toBe(unlocated);
  });

  it('give each region the resemblance /regions/ shows, on the needs with a theme, empty where it is not computed', () => {
    const rows = csvRows(table(synthesis, 'regions')).slice(1);
    const similarity = new Map(synthesis.convergence.regions.map((r) => [r.region, r]));
    for (const row of rows.filter((r) => r[1] !== '')) {
      const found = similarity.get(row[1]!);
      expect(row[7]).toBe(String(found?.items ?? 0));
      expect(row[8]).toBe(found?.similarity == null ? '' : found.similarity.toFixed(4).replace('.', ','));
      // The chance level beside it, as /regions/ shows it, and whether the region departs beyond it.
      expect(row[9]).toBe(found?.chance == null ? '' : found.chance.toFixed(4).replace('.', ','));
      expect(row[10]).toBe(found?.beyondChance == null ? '' : found.beyondChance ? 'oui' : 'non');
    }
    expect(rows.filter((r) => r[10] === 'non').length).toBeGreaterThan(0);
    expect(rows.at(-1)?.slice(7)).toEqual(['', '', '', '']);
  });

  it('count an idea’s regions as the site’s cards do, its members without a region apart', () => {
    const ideas = table(synthesis, 'idees-fortes');
    const at = (header: string) => ideas.headers.indexOf(header);
    const region = new Map(synthesis.items.map((item) => [item.id, item.region]));
    let withUnlocated = 0;
    synthesis.ideas.forEach((idea, index) => {
      const row = ideas.rows[index]!;
      const unlocated = idea.members.filter((id) => region.get(id) === null).length;
      if (unlocated > 0) withUnlocated++;
      expect(row[at('Nombre de régions')]).toBe(new Set(idea.members.map((id) => region.get(id)).filter(Boolean)).size);
      expect(row[at('Éléments sans région')]).toBe(unlocated);
      // Workshops or questionnaires, as the site's cards count them.
      expect([at('Éléments d’ateliers'), at('Éléments de questionnaires'), at('Ateliers'), at('Questionnaires')].map((i) => row[i])).toEqual([
        idea.fromWorkshops, idea.fromSurveys, idea.workshops, idea.surveys,
      ]);
      expect(row[at('Voix (votes compris)')]).toBe(idea.weight);
    });
    expect(withUnlocated).toBeGreaterThan(0);
  });

  it('write the bilan’s count as French does: thin space between thousands, singular for one', () => {
    const total = (published: number) => {
      const quality = table({ ...synthesis, reconciliation: { ...synthesis.reconciliation, published } }, 'qualite-des-donnees');
      return String(quality.rows.find((row) => row[1] === 'Total')?.[7]);
    };
    expect(total(129_370)).toMatch(/^129\u202f370 éléments publiés/);
    expect(total(1)).toMatch(/^1 élément publié ;/);
  });

  it('give every consensus four decimals (the synthesis’) and every confidence two, in the CSV and the workbook', async () => {
    const convergence = table(synthesis, 'convergence');
    const consensus = csvRows(convergence).slice(1).map((row) => row[2]);
    expect(consensus.length).toBeGreaterThan(2);
    for (const value of consensus) expect(value).toMatch(/^\d,\d{4}$/);
    expect(toCsv(convergence, ',').split('\r\n')[1]).toMatch(/,\d\.\d{4},/);
    // The texts hold « ; »: the confidence column alone, with the decimals the table gives it.
    const verbatims = table(synthesis, 'verbatims');
    const at = verbatims.headers.indexOf(CONFIDENCE_HEADER);
    const decimals = verbatims.decimals?.[at];
    expect(decimals).toBe(2);
    const confidence = csvRows({ ...verbatims, headers: [CONFIDENCE_HEADER], rows: verbatims.rows.map((row) => [row[at] ?? null]), decimals: { 0: decimals ?? 0 } });
    for (const [value] of confidence.slice(1)) expect(value).toMatch(/^\d,\d{2}$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx([convergence], 'test')).buffer as ArrayBuffer);
    const cell = workbook.worksheets[0]!.getRow(2).getCell(3);
    expect(typeof cell.value).toBe('number');
    // A part from 0 to 1, shown as the site shows it (« 26 % »), the synthesis’ value kept in the cell.
    expect(cell.numFmt).toBe('0%');
  });
});
