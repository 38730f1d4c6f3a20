/**
 * What the bureau's review asked of the exports: the regions × themes table the site shows, a row of
 * all items under the themes, « À propos » (which consultation, version, synthesis, date, method),
 * shares shown as percentages, a reason in the views left empty, blank cells rather than empty texts.
 * Every figure is checked against the Synthesis or the site's own function.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { TAGS } from '../../src/pipeline/model.ts';
import { writeExports } from '../../src/export/index.ts';
import { ALL_ITEMS_LABEL, exportTables, type NamedTable } from '../../src/export/tables.ts';
import { REGIONS_THEMES_NAME, SEVERAL_THEMES_NOTE, TOTAL_ROW_LABEL } from '../../src/export/regions-themes-table.ts';
import { ABOUT_TEXT_NAME, FINGERPRINT_LABEL, METHODOLOGY_LABEL } from '../../src/export/about.ts';
import { methodologyParagraph } from '../../src/export/methodology.ts';
import { toCsv } from '../../src/export/csv.ts';
import { createSite } from '../../src/site/site.ts';
import { heatmap } from '../../src/site/heatmap.ts';
import { regionCoverage } from '../../src/site/region-coverage.ts';
import { noConvergenceNotice, noIdeasNotice } from '../../src/site/region-notices.ts';
import { wholePercents } from '../../src/site/shares.ts';
import { NO_REGION_LABEL } from '../../src/site/labels.ts';
import { frenchTypography } from '../../src/site/typography/french-typography.ts';
import { downloadsKey } from '../../src/cli/downloads-cache.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-bureau-');

const repoRoot = path.resolve(import.meta.dirname, '../..');
const table = (synthesis: Synthesis, name: string): NamedTable => exportTables(synthesis).find((t) => t.name === name)!;

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** « Rubrique » → « Valeur » and « Part » of the « À propos » sheet. */
function aboutRows(workbook: ExcelJS.Workbook): Map<string, { value: unknown; share: unknown; shareFormat: string }> {
  const rows = new Map<string, { value: unknown; share: unknown; shareFormat: string }>();
  workbook.getWorksheet('À propos')!.eachRow((row, number) => {
    if (number > 1) rows.set(String(row.getCell(1).value), { value: row.getCell(2).value, share: row.getCell(3).value, shareFormat: row.getCell(3).numFmt });
  });
  return rows;
}

/** The site's heatmap « Éléments par thème et par région », as the site builds it, one row per region. */
function siteHeatmapByRegion(synthesis: Synthesis): Array<[string, number[]]> {
  const map = heatmap(createSite(synthesis), 'theme', 'region', {}, { id: 'x', title: 'x', rowLabel: 'Thème' });
  return map.columns.map((region, column) => [region.label, map.rows.map((_, row) => map.values[row]![column]!)]);
}

function checkRegionsThemes(synthesis: Synthesis): NamedTable {
  const regionsThemes = table(synthesis, REGIONS_THEMES_NAME);
  const themes = regionsThemes.headers.length - 3;
  const expected = siteHeatmapByRegion(synthesis);
  const body = regionsThemes.rows.slice(0, expected.length);
  // The site's labels, with the apostrophe its pages print (« Provence-Alpes-Côte d’Azur »).
  expect(body.map((row) => [row[0], row.slice(2, 2 + themes)])).toEqual(expected.map(([label, values]) => [frenchTypography(label), values]));
  // The same numbers as the Synthesis' cross-count, and each region's items counted once.
  const cell = new Map(synthesis.counts.byRegionTheme.map((r) => [`${r.keys[0]}|${r.keys[1]}`, r.items]));
  const themeIds = new Map(synthesis.themes.map((t) => [t.label, t.id]));
  const byRegion = new Map(synthesis.counts.byRegion.map((r) => [r.keys[0], r.items]));
  for (const row of body) {
    const code = (row[1] as string | null) ?? '';
    regionsThemes.headers.slice(2, 2 + themes).forEach((label, index) => expect(row[2 + index]).toBe(cell.get(`${code}|${themeIds.get(label)}`) ?? 0));
    expect(row.at(-1)).toBe(byRegion.get(code));
  }
  const byTheme = new Map(synthesis.counts.byTheme.map((r) => [themeIds.get(synthesis.themes.find((t) => t.id === r.keys[0])!.label), r.items]));
  const total = regionsThemes.rows[expected.length]!;
  expect(total[0]).toBe(TOTAL_ROW_LABEL);
  expect(total.slice(2)).toEqual([...regionsThemes.headers.slice(2, 2 + themes).map((label) => byTheme.get(themeIds.get(label))), synthesis.counts.total.items]);
  expect(regionsThemes.rows[expected.length + 1]?.[0]).toBe(SEVERAL_THEMES_NOTE);
  expect(regionsThemes.rows).toHaveLength(expected.length + 2);
  return regionsThemes;
}

describe('exports of the demo consultation, for the bureau’s note', () => {
  let synthesis: Synthesis;
  let out: string;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
    out = tempDir();
    await writeExports(synthesis, out, ';', null, { sourceDateEpoch: '1767225600' }); // 2026-01-01T00:00:00Z
    workbook = await readWorkbook(path.join(out, 'livre-blanc.xlsx'));
  }, 120_000);

  it('give the site’s regions × themes table, with its « Ensemble » row and the note on several themes, in a sheet and a CSV', () => {
    checkRegionsThemes(synthesis);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names.indexOf('Régions × thèmes')).toBe(names.indexOf('Régions') + 1);
    const csv = readFileSync(path.join(out, 'regions-themes.csv'), 'utf8').split('\r\n');
    expect(csv[0]).toMatch(/^\ufeffRégion;Code INSEE;/);
    expect(csv.some((line) => line.startsWith(`${TOTAL_ROW_LABEL};;`))).toBe(true);
  });

  it('end « Thèmes × étiquettes » with all items counted once (620, 703, 844, 2 167 on the demo) and say why the themes add up to more', () => {
    const themes = table(synthesis, 'themes-etiquettes');
    const all = themes.rows.find((row) => row[0] === ALL_ITEMS_LABEL)!;
    const byTag = new Map(synthesis.counts.byTag.map((r) => [r.keys[0], r.items]));
    expect(all.slice(2, 6)).toEqual([...TAGS.map((tag) => byTag.get(tag)), synthesis.counts.total.items]);
    expect(all.slice(2, 6)).toEqual([620, 703, 844, 2167]);
    const themeTotals = themes.rows.slice(0, synthesis.themes.length).reduce((sum, row) => sum + (row[5] as number), 0);
    expect(themeTotals).toBeGreaterThan(synthesis.counts.total.items);
    expect(themes.rows.at(-1)?.[0]).toBe(SEVERAL_THEMES_NOTE);
  });

  it('open on « À propos »: the consultation, its figures, the version, synthese.json’s fingerprint, the date and where it comes from', async () => {
    expect(workbook.worksheets[0]?.name).toBe('À propos');
    const about = aboutRows(workbook);
    expect(about.get('Consultation')?.value).toBe(synthesis.title);
    expect(about.get('Sessions (ateliers et enquêtes)')?.value).toBe(synthesis.sessions.length);
    expect(about.get('Éléments publiés')?.value).toBe(synthesis.counts.total.items);
    expect(about.get('Régions représentées (au moins un élément publié)')?.value).toBe(regionCoverage(createSite(synthesis)).represented.length);
    // The strong ideas found and those published: « Idées fortes : 100 » read as all there were.
    expect(synthesis.ideasFound).toBeGreaterThan(synthesis.ideas.length);
    expect(about.get('Idées fortes trouvées')?.value).toBe(synthesis.ideasFound);
    expect(about.get('Idées fortes publiées (les plus partagées)')?.value).toBe(synthesis.ideas.length);
    // Each tag's items and their share, the whole percentages the site prints (they add up to 100 %), shown as percentages.
    const percents = wholePercents(TAGS.map((tag) => synthesis.counts.byTag.find((r) => r.keys[0] === tag)!.items));
    const tagRows = [...about.entries()].filter(([label]) => label.startsWith('Éléments « '));
    expect(tagRows.map(([, row]) => row.value)).toEqual([620, 703, 844]);
    expect(tagRows.map(([, row]) => row.share)).toEqual(percents.map((p) => p / 100));
    expect(tagRows.every(([, row]) => row.shareFormat === '0%')).toBe(true);
    const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    expect(about.get('Version de livre-blanc')?.value).toBe(version);
    const digest = createHash('sha256').update(readFileSync(path.join(out, 'synthese.json'))).digest('hex').slice(0, 12);
    expect(about.get(FINGERPRINT_LABEL)?.value).toBe(digest);
    expect(about.get('Date')?.value).toBe('1er janvier 2026 (2026-01-01)');
    expect(String(about.get('Origine de la date')?.value)).toContain('SOURCE_DATE_EPOCH');
    expect(about.get(METHODOLOGY_LABEL)?.value).toBe(methodologyParagraph(synthesis));
    // It opens as the /methodologie/ page does: where the feedback comes from, and how reliable the reading of texts is.
    expect(methodologyParagraph(synthesis)).toMatch(/^Les retours viennent de 15 ateliers tenus dans 9 régions et de 2 enquêtes \(578 répondants, 1.787 réponses écrites retenues\)\. /);
    expect(methodologyParagraph(synthesis)).toContain('juste environ 9 fois sur 10 lors d’un test sur le Grand Débat national');
    expect(methodologyParagraph(synthesis)).toContain('« Ce qui fonctionne », « Ce qui dysfonctionne » ou « Besoins et attentes »');
    // The workbook's own properties carry the same date and say which version and synthesis made it.
    expect(workbook.created).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(workbook.modified).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(workbook.description).toBe(`livre-blanc ${version}, synthese.json ${digest}`);
    // a-propos.txt says the same, for a note written outside a spreadsheet.
    const text = readFileSync(path.join(out, ABOUT_TEXT_NAME), 'utf8');
    for (const line of [`Consultation : ${synthesis.title}`, `Version de livre-blanc : ${version}`, `${FINGERPRINT_LABEL} : ${digest}`, 'Date : 1er janvier 2026 (2026-01-01)', methodologyParagraph(synthesis)]) {
      expect(text).toContain(line);
    }
    expect(text).toMatch(/Éléments « Ce qui fonctionne » : 620 \(\d+\s%\)/);
  });

  it('date themselves by the latest session without SOURCE_DATE_EPOCH, and give the same bytes again', async () => {
    const latest = synthesis.sessions.map((s) => s.date).filter((d): d is string => d !== null).sort().at(-1)!;
    const dirs = [tempDir(), tempDir()];
    for (const dir of dirs) await writeExports(synthesis, dir, ';', null, { sourceDateEpoch: undefined });
    const undated = await readWorkbook(path.join(dirs[0]!, 'livre-blanc.xlsx'));
    expect(String(aboutRows(undated).get('Date')?.value)).toContain(`(${latest})`);
    expect(String(aboutRows(undated).get('Origine de la date')?.value)).toContain('dernière session');
    expect(undated.created).toEqual(new Date(`${latest}T00:00:00Z`));
    for (const file of ['livre-blanc.xlsx', ABOUT_TEXT_NAME]) {
      expect(readFileSync(path.join(dirs[0]!, file)).equals(readFileSync(path.join(dirs[1]!, file))), file).toBe(true);
      expect(readFileSync(path.join(dirs[0]!, file)).equals(readFileSync(path.join(out, file))), file).toBe(false);
    }
    // The synthesis itself has no date: the same bytes whatever the date.
    expect(readFileSync(path.join(dirs[0]!, 'synthese.json')).equals(readFileSync(path.join(out, 'synthese.json')))).toBe(true);
  });

  it('keep the downloads of one SOURCE_DATE_EPOCH apart from another’s', async () => {
    const saved = process.env.SOURCE_DATE_EPOCH;
    try {
      delete process.env.SOURCE_DATE_EPOCH;
      const unset = await downloadsKey('synthese');
      process.env.SOURCE_DATE_EPOCH = '1767225600';
      expect(await downloadsKey('synthese')).not.toBe(unset);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('show shares as percentages in the workbook, the number kept, and as numbers from 0 to 1 in the CSV, the decimal mark after the separator', () => {
    const percent = (sheet: string, header: string) => {
      const found = workbook.getWorksheet(sheet)!;
      const column = (found.getRow(1).values as unknown[]).indexOf(header);
      expect(column, header).toBeGreaterThan(0);
      return found.getRow(2).getCell(column);
    };
    const consensus = percent('Convergence', 'Consensus (part, de 0 à 1)');
    expect(consensus.numFmt).toBe('0%');
    expect(consensus.value).toBe(synthesis.convergence.themes[0]!.consensus);
    expect(percent('Verbatims', 'Confiance (part, de 0 à 1)').numFmt).toBe('0%');
    const regions = workbook.getWorksheet('Régions')!;
    const similarity = (regions.getRow(1).values as unknown[]).findIndex((h) => String(h).startsWith('Ressemblance des besoins'));
    expect(regions.getRow(2).getCell(similarity).numFmt).toBe('0%');
    expect(regions.getRow(2).getCell(similarity + 1).numFmt).toBe('0%');
    const convergence = table(synthesis, 'convergence');
    expect(toCsv(convergence, ';').split('\r\n')[1]).toMatch(/;0,\d{4};/);
    expect(toCsv(convergence, ',').split('\r\n')[1]).toMatch(/,0\.\d{4},/);
  });

  it('say in a view left empty why it is, in the site’s words', () => {
    const represented = regionCoverage(createSite(synthesis)).represented.length;
    const empty = { ...synthesis, ideas: [], convergence: { ...synthesis.convergence, themes: [] } };
    for (const [name, notice] of [['idees-fortes', noIdeasNotice(represented)], ['idees-fortes-membres', noIdeasNotice(represented)], ['convergence', noConvergenceNotice(represented)]] as const) {
      const view = table(empty, name);
      expect(view.rows, name).toEqual([[notice, ...view.headers.slice(1).map(() => null)]]);
    }
    // No region at all: the site says that ideas and convergence are measured between regions.
    const unlocated = { ...empty, counts: { ...empty.counts, byRegion: [{ keys: [''], items: synthesis.counts.total.items, weight: synthesis.counts.total.weight }] } };
    expect(table(unlocated, 'idees-fortes').rows[0]?.[0]).toBe(noIdeasNotice(0));
    expect(noIdeasNotice(0)).toContain('n’indiquent pas de région');
  });
});

describe('exports of a consultation with items without a region (tests/fixtures/site-sans-region)', () => {
  let synthesis: Synthesis;
  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(path.resolve(repoRoot, 'tests/fixtures/site-sans-region'))).synthesis;
  }, 120_000);

  it('give the regions × themes table a « Sans région » row, last of the regions, as the site’s table', () => {
    const regionsThemes = checkRegionsThemes(synthesis);
    const unlocated = regionsThemes.rows.find((row) => row[0] === NO_REGION_LABEL)!;
    expect(unlocated[1]).toBeNull();
    expect(unlocated.at(-1)).toBe(synthesis.items.filter((item) => item.region === null).length);
    expect(regionsThemes.rows.indexOf(unlocated)).toBe(regionsThemes.rows.length - 3);
  });

  it('leave the cells without a value blank in the workbook, not empty texts', async () => {
    const out = tempDir();
    await writeExports(synthesis, out);
    const workbook = await readWorkbook(path.join(out, 'livre-blanc.xlsx'));
    const regions = workbook.getWorksheet('Régions')!;
    const last = regions.getRow(regions.rowCount);
    expect(last.getCell(1).value).toBe(NO_REGION_LABEL);
    for (const column of [2, 9, 10, 11, 12]) expect(last.getCell(column).type, `colonne ${column}`).toBe(ExcelJS.ValueType.Null);
    let emptyTexts = 0;
    for (const sheet of workbook.worksheets) sheet.eachRow((row) => row.eachCell((cell) => (emptyTexts += cell.value === '' ? 1 : 0)));
    expect(emptyTexts).toBe(0);
  });
});
