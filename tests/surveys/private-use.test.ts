import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutPrivateUse } from '../../src/pipeline/text/private-use.ts';
import { parseSurvey } from '../../src/pipeline/ingest/surveys/index.ts';
import { parse, referentiels } from './helpers.ts';

const doleances = path.resolve(import.meta.dirname, '../../../shared/real-data/cahiers-doleances-sample/dataset.csv');

describe('bullets of the Symbol and Wingdings fonts (private use area)', () => {
  it('become « - » at the start of a line, and are dropped elsewhere', () => {
    expect(withoutPrivateUse('\n\uf0b7 Suppression du Sénat.\n  \uf0a7\tPlus de médecins.')).toBe('\n- Suppression du Sénat.\n- Plus de médecins.');
    expect(withoutPrivateUse('Des classes de 12 élèves \uf0e8 ou est l’égalité ?')).toBe('Des classes de 12 élèves  ou est l’égalité ?');
    expect(withoutPrivateUse('Sans puce.')).toBe('Sans puce.');
  });

  it('never reach an item of a survey', () => {
    const result = parse('Commentaire\n"\uf0b7 Un guichet.\n\uf0b7 Un numéro unique."\n');
    expect(result.items.map((item) => item.text)).toEqual(['- Un guichet.\n- Un numéro unique.']);
  });

  it.skipIf(!existsSync(doleances))('leave no empty box in the real cahiers de doléances', () => {
    const bytes = new Uint8Array(readFileSync(doleances));
    expect(Buffer.from(bytes).toString('utf8')).toMatch(/\uf0b7/);
    const result = parseSurvey({ file: 'data/enquetes/doleances.csv', bytes, sidecar: null }, referentiels);
    expect(result.items.length).toBeGreaterThan(5);
    expect(result.items.filter((item) => /[\ue000-\uf8ff]/.test(item.text))).toEqual([]);
    expect(result.items.some((item) => item.text.startsWith('- Suppression du Sénat.\n- Suppression statut'))).toBe(true);
  });
});
