/**
 * Property tests of the whole pipeline (`synthesize`) over generated consultations: notes and
 * surveys as above, with or without a taxonomy, a pseudonym table and settings, valid or damaged.
 * Never an exception; every diagnostic on a file of the input, at a line ≥ 1 inside it; the
 * reconciliation adds up per file and in total, and every published item traces back to one kept
 * entry; ids unique, sorted and reproducible; the same input gives the same bytes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { stableStringify } from '../../src/pipeline/stable-json.ts';
import type { ConsultationInput } from '../../src/pipeline/io/consultation-input.ts';
import { consultationInput, lineText, trickyText } from './arbitraries.ts';
import { fuzzParameters, fuzzTimeout } from './config.ts';
import { checkSynthesis } from './invariants.ts';

describe('chaîne complète synthesize (propriétés, fast-check)', () => {
  it('never throws; diagnostics, reconciliation and ids hold on generated consultations', () => {
    fc.assert(
      fc.property(consultationInput, (input) => {
        expect(checkSynthesis(synthesize(input).synthesis, input)).toEqual([]);
      }),
      fuzzParameters(600),
    );
  }, fuzzTimeout(10_000));

  it('gives byte-identical JSON when run twice on the same input', () => {
    fc.assert(
      fc.property(consultationInput, (input) => {
        expect(stableStringify(synthesize(input).synthesis)).toBe(stableStringify(synthesize(input).synthesis));
      }),
      fuzzParameters(200),
    );
  }, fuzzTimeout(6_000));

  it('keeps the published ids of untouched survey answers when another answer of the file is edited', () => {
    const header = 'Région;Vous êtes;Ce qui fonctionne bien;Vos attentes;Commentaire libre';
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    const row = fc.tuple(fc.constantFrom('Bretagne', 'Occitanie', 'Corse'), fc.constantFrom('Conseiller', 'jeune'), trickyText, lineText, trickyText);
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 40 }), fc.nat(), fc.integer({ min: 2, max: 4 }), trickyText, (rows, pick, column, edit) => {
        const target = pick % rows.length;
        const consultation = (cells: string[][]): ConsultationInput => ({
          notes: [],
          surveys: [{ file: 'data/enquetes/e.csv', bytes: new TextEncoder().encode([header, ...cells.map((r) => r.map(quote).join(';'))].join('\r\n') + '\r\n'), sidecar: null }],
          themes: null,
          pseudonyms: null,
          settings: null,
        });
        const published = (cells: string[][]) =>
          new Map(
            synthesize(consultation(cells))
              .synthesis.items.filter((item) => !(item.source.row === target + 1 && item.source.column === column + 1))
              .map((item) => [item.id, item.text]),
          );
        const original = rows.map((r) => [...r]);
        const edited = original.map((r, i) => (i === target ? r.map((c, j) => (j === column ? edit : c)) : r));
        expect([...published(edited).keys()].sort()).toEqual([...published(original).keys()].sort());
      }),
      fuzzParameters(150),
    );
  }, fuzzTimeout(6_000));
});
