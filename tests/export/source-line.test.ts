/**
 * One line for one item everywhere: the site's verbatim, the search result and the exports all give the
 * file's real text line (the one `check` prints and an editor opens), never a survey's data row under
 * the name « ligne ». A survey's cells span several lines, so the two differ in the demo.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { writeExports } from '../../src/export/index.ts';
import { createSite } from '../../src/site/site.ts';
import { siteSearchContext } from '../../src/search/site-index.ts';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import type { Chunk } from '../../src/search/format.ts';
import { fileTitle } from '../../src/search/doc-source.ts';
import { renderComponent } from './support/render-component.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-lines-');

const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The reviewer's item: answer 240 of questionnaire-conseillers.csv, which starts on the file's line 315. */
const SURVEY_ITEM = '01u0m8e0sx7oh';

/** The « Ligne » of each item in the exported verbatims, from the workbook and from the CSV. */
async function exportedLines(synthesis: Synthesis): Promise<{ xlsx: Map<string, unknown>; csv: Map<string, string> }> {
  const out = tempDir();
  await writeExports(synthesis, out);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(out, 'livre-blanc.xlsx'));
  const sheet = workbook.getWorksheet('Verbatims')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  const xlsx = new Map<string, unknown>();
  sheet.eachRow((row, number) => {
    const values = (row.values as unknown[]).slice(1);
    if (number > 1) xlsx.set(String(values[0]), values[headers.indexOf('Ligne')]);
  });
  const text = readFileSync(path.join(out, 'verbatims.csv'), 'utf8').replace(/^\ufeff/, '');
  const rows = Papa.parse<Record<string, string>>(text, { header: true, delimiter: ';', skipEmptyLines: true }).data;
  return { xlsx, csv: new Map(rows.map((row) => [row['Identifiant'] ?? '', row['Ligne'] ?? ''])) };
}

/** The place in its file of each item in the site's search documents (its source line's title), by item id (from its permalink). */
function searchSources(synthesis: Synthesis): Map<string, string> {
  const { files } = buildSearchIndex(synthesis.items, siteSearchContext(createSite(synthesis)));
  const sources = new Map<string, string>();
  for (const [name, json] of files) {
    if (!name.startsWith('d-')) continue;
    const chunk = JSON.parse(json) as Chunk;
    for (const [, , permalink, , , , , , , , , file, line, row, column] of chunk.docs) {
      sources.set(permalink.slice(permalink.indexOf('#e-') + 3), fileTitle(chunk.files[file]?.[0] ?? '', line, row || null, column));
    }
  }
  return sources;
}

describe('the line of an item, on the site, in the search and in the exports', () => {
  let synthesis: Synthesis;
  let item: FeedbackItem;
  let firstAnswer: FeedbackItem;

  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
    item = synthesis.items.find((i) => i.id === SURVEY_ITEM)!;
    firstAnswer = synthesis.items.find((i) => i.source.row === 1)!;
  });

  it('is the file’s real line, the answer’s number named as such', async () => {
    expect(item.source).toMatchObject({ file: 'data/enquetes/questionnaire-conseillers.csv', line: 315, row: 240 });
    // The column is the question shown above the quote: named there, not twice (verbatimSource).
    const expected = 'data/enquetes/questionnaire-conseillers.csv, ligne 315 (réponse n° 240), colonne de la question';
    const html = await renderComponent(synthesis, 'src/components/VerbatimItem.astro', { item });
    // Shown to readers by name and answer number; the file's line for the bureau, on hover (readableSource).
    const plain = html.replace(/ data-astro-source-(?:file|loc)="[^"]*"/g, '');
    // The session's title is set apart out of sight, its details line linking it (sourceSaidAbove); the citation copies it.
    expect(plain).toContain('Source : <span data-citation-source><span class="said-above" hidden>Questionnaire conseillers et équipes 2026 · </span>réponse n° 240 · ');
    expect(plain).toContain(`title="Fichier : ${expected}"`);
    expect(html).not.toMatch(/ligne 240\b/);
    const search = searchSources(synthesis).get(item.id);
    expect(search).toBe(`Fichier : ${expected}`);
    const exported = await exportedLines(synthesis);
    expect(exported.xlsx.get(item.id)).toBe(315);
    expect(exported.csv.get(item.id)).toBe('315');
  }, 60_000);

  it('agrees for every item: the search and the exports give the same line, the first answer being on line 2, under the header', async () => {
    expect(firstAnswer.source.line).toBe(2);
    const search = searchSources(synthesis);
    const exported = await exportedLines(synthesis);
    for (const each of synthesis.items) {
      expect(search.get(each.id), each.id).toMatch(new RegExp(`, ligne ${each.source.line}\\b`));
      expect(exported.xlsx.get(each.id), each.id).toBe(each.source.line);
      expect(exported.csv.get(each.id), each.id).toBe(String(each.source.line));
    }
    expect(search.get(firstAnswer.id)).toContain('ligne 2 (réponse n° 1)');
  }, 60_000);
});
