/**
 * The survey cases of the broken-inputs catalogue, read by the survey parser alone: each must give
 * exactly the diagnostics its expected.json names — the root cause, and no cascade behind it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { parseSurvey } from '../../src/pipeline/ingest/surveys/index.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { checkReportText } from '../../src/cli/check-report.ts';
import { referentiels } from './helpers.ts';

const catalogue = path.resolve(import.meta.dirname, '..', 'fixtures', 'broken');
const cases = readdirSync(catalogue).filter((name) => name.startsWith('enquete-')).sort();

describe('survey cases of the broken-inputs catalogue', () => {
  it('holds at least 12 survey cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it('sets the row with a field in excess of enquete-nombre-de-champs aside whole, through to the bilan', async () => {
    const { synthesis } = synthesize(await readConsultation(path.join(catalogue, 'enquete-nombre-de-champs')));
    // Its three answers may be shifted: none is published; the row is one entry set aside.
    expect(synthesis.reconciliation).toMatchObject({ read: 7, kept: 6, rejected: 1, published: 6 });
    expect(checkReportText(synthesis)).toContain('data/enquetes/conseillers.csv : 7 lus = 6 retenus + 1 écarté (1 ligne décalée [nombre-de-champs-incorrect])');
  });

  it.each(cases)('%s gives its diagnostics and nothing else', async (name) => {
    const root = path.join(catalogue, name);
    const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as {
      diagnostics: Array<{ code: string; file: string; line: number }>;
    };
    const input = await readConsultation(root);
    expect(input.surveys).toHaveLength(1);
    const result = parseSurvey(input.surveys[0]!, referentiels);
    const found = result.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`).sort();
    expect(found).toEqual(expected.diagnostics.map((d) => `${d.code} ${d.file}:${d.line}`).sort());
    for (const d of result.diagnostics) expect(d.hint?.length ?? 0).toBeGreaterThan(10);
    // What is set aside at reading has its diagnostic: nothing is set aside without one.
    if ((result.reconciliation[0]?.rejected ?? 0) > 0) expect(result.diagnostics.length).toBeGreaterThan(0);
    const [reconciliation] = result.reconciliation;
    expect(reconciliation?.kept).toBe(result.items.length);
    expect(reconciliation?.read).toBe((reconciliation?.kept ?? 0) + (reconciliation?.rejected ?? 0));
  });
});
