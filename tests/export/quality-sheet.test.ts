/** The « Qualité des données » sheet names each diagnostic's severity as check does: an info is no warning. */
import { describe, expect, it } from 'vitest';
import { exportTables } from '../../src/export/tables.ts';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

describe('« Qualité des données »', () => {
  it('says « information » for a reading notice, « avertissement » for a warning', () => {
    const info: Diagnostic = { code: 'tableau-lu', severity: 'info', message: 'Le tableau est lu ligne par ligne.', file: 'a.md', line: 3, column: 1 };
    const blocking: Diagnostic = { ...info, code: 'region-inconnue', severity: 'blocking', message: 'Région inconnue.' };
    const synthesis = { ...fixtureSynthesis, diagnostics: [...fixtureSynthesis.diagnostics, info, blocking] };
    const sheet = exportTables(synthesis).find((t) => t.name === 'qualite-des-donnees');
    const natures = (sheet?.rows ?? []).filter((row) => row[0] !== 'bilan').map((row) => [row[0], row[3]]);
    expect(natures).toEqual([
      ['avertissement', 'element-vide'],
      ['avertissement', 'donnee-personnelle'],
      ['information', 'tableau-lu'],
      ['erreur bloquante', 'region-inconnue'],
    ]);
  });
});
