/**
 * Property tests of the survey ingest on generated CSVs: quotes, separators, CR/LF inside cells,
 * ragged rows, UTF-8 (with or without BOM) or Windows-1252, a sidecar or not (valid or damaged),
 * truncated bytes. Never an exception, every problem a diagnostic at a line of the CSV or of its
 * sidecar, read = kept + rejected, unique ids, and ids of untouched cells stable when another
 * cell of the file is edited.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSurvey } from '../../src/pipeline/ingest/surveys/index.ts';
import { createReferentiels } from '../../src/pipeline/referentiels/index.ts';
import type { SurveyFile } from '../../src/pipeline/io/consultation-input.ts';
import { encode, generatedSurvey, lineText, surveyFile, trickyText, writeCsv, type SurveyTable } from './arbitraries.ts';
import { fuzzParameters, fuzzTimeout } from './config.ts';
import { checkIngest, inputFiles } from './invariants.ts';

const { referentiels } = createReferentiels(null);
const FILE = 'data/enquetes/enquete.csv';

function files(survey: SurveyFile): Map<string, number> {
  return inputFiles({ notes: [], surveys: [survey], themes: null, pseudonyms: null, settings: null });
}

describe('lecture des enquêtes CSV (propriétés, fast-check)', () => {
  it('never throws and keeps its invariants on generated and damaged CSVs', () => {
    fc.assert(
      fc.property(generatedSurvey, (generated) => {
        const survey = surveyFile(FILE, generated);
        expect(checkIngest(parseSurvey(survey, referentiels), FILE, files(survey))).toEqual([]);
      }),
      fuzzParameters(1500),
    );
  }, fuzzTimeout(8_000));

  it('survives random bytes, with or without a BOM', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, bom) => {
        const survey: SurveyFile = { file: FILE, bytes: bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes, sidecar: null };
        expect(checkIngest(parseSurvey(survey, referentiels), FILE, files(survey))).toEqual([]);
      }),
      fuzzParameters(600),
    );
  }, fuzzTimeout(4_000));

  it('gives the same result, ids included, when the same file is read twice', () => {
    fc.assert(
      fc.property(generatedSurvey, (generated) => {
        const survey = surveyFile(FILE, generated);
        expect(parseSurvey(survey, referentiels)).toEqual(parseSurvey(survey, referentiels));
      }),
      fuzzParameters(300),
    );
  }, fuzzTimeout(4_000));

  it('keeps the ids of untouched cells when one answer of the file is edited (even across line breaks)', () => {
    const header = ['Région', 'Vous êtes', 'Ce qui fonctionne bien', 'Ce qui vous gêne', 'Vos attentes', 'Commentaire libre'];
    const sidecar = [
      'colonnes:', '  region: "Région"', '  profil: "Vous êtes"', '  textes:',
      '    - { colonne: "Ce qui fonctionne bien", tag: working }', '    - { colonne: "Ce qui vous gêne", tag: broken }',
      '    - { colonne: "Vos attentes", tag: needs }', '    - { colonne: "Commentaire libre", tag: auto }', '',
    ].join('\n');
    const row = fc.tuple(fc.constantFrom('Bretagne', 'Occitanie', ''), fc.constantFrom('Conseillère', 'jeune', ''), trickyText, trickyText, lineText, trickyText);
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 10 }),
        fc.nat(),
        fc.integer({ min: 2, max: 5 }),
        trickyText,
        fc.constantFrom('utf-8' as const, 'windows-1252' as const),
        (rows, rowPick, column, edit, encoding) => {
          const table: SurveyTable = { header, rows: rows.map((r) => [...r]) };
          const target = rowPick % rows.length;
          const edited: SurveyTable = { header, rows: table.rows.map((r, i) => (i === target ? r.map((c, j) => (j === column ? edit : c)) : r)) };
          const read = (t: SurveyTable) => {
            const bytes = encode(writeCsv(t, { delimiter: ';', quoting: 'always', newline: '\r\n', encoding, bom: false }), { encoding, bom: false });
            return parseSurvey({ file: FILE, bytes, sidecar: { file: 'data/enquetes/enquete.yml', content: `encodage: ${encoding}\nseparateur: ";"\n${sidecar}` } }, referentiels).items;
          };
          const key = (item: { source: { row?: number; column: number } }) => `${item.source.row}:${item.source.column}`;
          const editedKey = `${target + 1}:${column + 1}`;
          const before = new Map(read(table).filter((i) => key(i) !== editedKey).map((i) => [key(i), i.id]));
          const after = new Map(read(edited).filter((i) => key(i) !== editedKey).map((i) => [key(i), i.id]));
          expect(after).toEqual(before);
        },
      ),
      fuzzParameters(500),
    );
  }, fuzzTimeout(6_000));
});
