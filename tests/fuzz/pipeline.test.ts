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
  it('never throws; diagnostics, reconciliation and ids hold on generated consultations; nothing printed', () => {
    // A library warning (YAML…) would reach the user's terminal raw, outside the report: none allowed.
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message.split('\n')[0]}`);
    process.on('warning', onWarning);
    try {
      fc.assert(
        fc.property(consultationInput, (input) => {
          expect(checkSynthesis(synthesize(input).synthesis, input)).toEqual([]);
        }),
        fuzzParameters(600),
      );
    } finally {
      process.off('warning', onWarning);
    }
    expect([...new Set(warnings)].slice(0, 5)).toEqual([]);
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
        /** Published ids by source cell (a split answer gives several), and the columns skipped as counts. */
        const published = (cells: string[][]) => {
          const { synthesis } = synthesize(consultation(cells));
          const byCell = new Map<string, string[]>();
          for (const item of synthesis.items) {
            if (item.source.row === target + 1 && item.source.column === column + 1) continue;
            const key = `${item.source.row}:${item.source.column}`;
            byCell.set(key, [...(byCell.get(key) ?? []), item.id].sort());
          }
          const skipped = new Set(synthesis.diagnostics.filter((d) => d.code === 'colonne-numerique-ignoree').map((d) => d.column));
          return { byCell, skipped };
        };
        const original = rows.map((r) => [...r]);
        const edited = original.map((r, i) => (i === target ? r.map((c, j) => (j === column ? edit : c)) : r));
        const before = published(original);
        const after = published(edited);
        for (const [key, ids] of after.byCell) {
          const previous = before.byCell.get(key);
          const cellColumn = Number(key.split(':')[1]);
          // A cell appears only if its column was skipped as a count before the edit (and said so).
          if (previous === undefined) expect(before.skipped.has(cellColumn), `cellule ${key} apparue`).toBe(true);
          else expect(ids, `cellule ${key}`).toEqual(previous);
        }
        for (const key of before.byCell.keys()) {
          if (!after.byCell.has(key)) expect(after.skipped.has(Number(key.split(':')[1])), `cellule ${key} disparue`).toBe(true);
        }
      }),
      fuzzParameters(150),
    );
  }, fuzzTimeout(6_000));
});
