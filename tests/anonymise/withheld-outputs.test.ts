/**
 * The answers of a small group (the only « Direction » answering from Corse, two partners in
 * Occitanie) reach no output with their profile: one aggregation feeds the counts, the exports
 * (workbook, CSV, JSON) and the search facets, and all of them agree on the withheld profile.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { WITHHELD_PROFILE } from '../../src/pipeline/model.ts';
import { writeExports } from '../../src/export/index.ts';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { orderDocuments } from '../../src/search/build/documents.ts';
import { siteSearchContext } from '../../src/search/site-index.ts';
import { createSite } from '../../src/site/site.ts';
import { profileLabel } from '../../src/site/labels.ts';
import { withheldProfilesSentence } from '../../src/site/withheld-profiles.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-withheld-');

/** As published: the final full stop is dropped. */
const CORSE = 'Le pilotage insulaire manque de relais avec les partenaires';
const OCCITANIE = 'La convention avec le département est claire et suivie';
const CSV = [
  'Région;Vous êtes;Remarque',
  `Corse;Direction;${CORSE}.`,
  'Corse;Conseiller;Le logiciel est lent le matin.',
  'Corse;Conseiller;Les tableaux de bord sont clairs.',
  'Corse;Conseiller;Il faudrait une formation aux nouveaux écrans.',
  'Bretagne;Direction;Le tableau de bord régional est utile.',
  'Bretagne;Direction;La saisie des entretiens est trop longue.',
  'Bretagne;Direction;Il faudrait exporter les indicateurs.',
  `Occitanie;Partenaire;${OCCITANIE}.`,
  'Martinique;Jeune;Ma conseillère répond vite.',
].join('\n');
const SIDECAR = 'separateur: ";"\ncolonnes:\n  region: "Région"\n  profil: "Vous êtes"\n  textes:\n    - { colonne: "Remarque", tag: auto }\n';

function run(): Synthesis {
  const survey = { file: 'data/enquetes/reseau.csv', bytes: new TextEncoder().encode(`${CSV}\n`), sidecar: { file: 'data/enquetes/reseau.yml', content: SIDECAR } };
  return synthesize({ notes: [], surveys: [survey], themes: null, pseudonyms: null, settings: null }).synthesis;
}

/** Every text of an output file: a workbook's cells row by row, other files as written. */
async function textOf(file: string): Promise<string> {
  if (!file.endsWith('.xlsx')) return readFileSync(file, 'utf8');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const rows: string[] = [];
  for (const sheet of workbook.worksheets) sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(String).join(';')));
  return rows.join('\n');
}

/** The JSON objects holding `text` among their own values, as written. */
function objectsWith(value: unknown, text: string, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) objectsWith(v, text, found);
  else if (value !== null && typeof value === 'object') {
    if (Object.values(value).includes(text)) found.push(JSON.stringify(value));
    for (const v of Object.values(value)) objectsWith(v, text, found);
  }
  return found;
}

describe('a small group’s answers in every output', () => {
  let synthesis: Synthesis;
  let out: string;

  beforeAll(async () => {
    synthesis = run();
    out = tempDir();
    await writeExports(synthesis, out);
    const { files } = buildSearchIndex(synthesis.items, siteSearchContext(createSite(synthesis)));
    for (const [name, text] of files) writeFileSync(path.join(out, `recherche-${name}`), text);
  });

  it('publishes them, without their profile, and the counts by profile say so', () => {
    const byProfile = Object.fromEntries(synthesis.counts.byProfile.map((row) => [row.keys[0], row.items]));
    expect(byProfile).toEqual({ conseiller: 3, direction: 3, jeune: 1, [WITHHELD_PROFILE]: 2 });
    expect(synthesis.items.find((item) => item.text === CORSE)).toMatchObject({ region: '94', profile: WITHHELD_PROFILE });
    expect(withheldProfilesSentence(synthesis.items)).toBe(
      'Pour protéger leurs auteurs, 2 éléments d’enquête sont publiés sans leur profil (« profil non publié ») : moins de 3 répondants partageaient ce profil dans leur région.',
    );
  });

  it('counts by profile agree across the synthesis, the Verbatims export and the search facets', () => {
    const expected = Object.fromEntries(synthesis.counts.byProfile.map((row) => [profileLabel(row.keys[0] || null), row.items]));
    expect(expected).toMatchObject({ Direction: 3, 'Profil non publié (moins de 3 répondants)': 2 });
    const csv = readFileSync(path.join(out, 'verbatims.csv'), 'utf8').split(/\r?\n/).filter(Boolean);
    const column = (csv[0] as string).split(';').indexOf('Profil');
    const exported: Record<string, number> = {};
    for (const line of csv.slice(1)) {
      const label = line.split(';')[column] as string;
      exported[label] = (exported[label] ?? 0) + 1;
    }
    expect(exported).toEqual(expected);
    const documents = orderDocuments(synthesis.items, siteSearchContext(createSite(synthesis)));
    const faceted: Record<string, number> = {};
    for (const doc of documents.docs) {
      const [, label] = documents.facets.profile[doc.profile] as [string, string];
      faceted[label] = (faceted[label] ?? 0) + 1;
    }
    expect(faceted).toEqual(expected);
  });

  it('leaves no file where their profile goes with their answer or their region', async () => {
    const files = readdirSync(out);
    expect(files).toEqual(expect.arrayContaining(['livre-blanc.xlsx', 'synthese.json', 'verbatims.csv', 'qualite-des-donnees.csv', 'recherche-manifeste.json']));
    for (const file of files) {
      const text = await textOf(path.join(out, file));
      // Lines of the CSV, the workbook's rows; the JSON's objects holding the answer.
      const records = file.endsWith('.json') ? [CORSE, OCCITANIE].flatMap((t) => objectsWith(JSON.parse(text), t)) : text.split('\n');
      for (const record of records.filter((r) => r.includes(CORSE))) expect(record, file).not.toMatch(/direction/i);
      for (const record of records.filter((r) => r.includes(OCCITANIE))) expect(record, file).not.toMatch(/partenaire/i);
      // Nor a diagnostic naming the groups, which the workbook, the CSV and the JSON publish.
      expect(text, file).not.toMatch(/direction\W{0,4} en Corse|partenaire\W{0,4} en Occitanie/i);
    }
  });
});
