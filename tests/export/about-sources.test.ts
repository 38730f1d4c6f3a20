/**
 * « À propos » says where the feedback comes from in figures a note can cite: the surveys' respondents
 * and answers kept, as the /methodologie/ page says them, and the answers set aside (« RAS », « / »)
 * counted apart — never every cell read, set aside or not (« 1 850 réponses écrites »).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { aboutText, METHODOLOGY_LABEL } from '../../src/export/about.ts';
import { formatInteger } from '../../src/site/format.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('the sources of « À propos »', () => {
  let synthesis: Synthesis;
  beforeAll(async () => {
    synthesis = synthesize(await readConsultation(repoRoot)).synthesis;
  }, 120_000);

  it('counts respondents and answers kept, then those set aside, from the sessions and the bilan', () => {
    const surveys = synthesis.sessions.filter((s) => s.kind === 'survey');
    const files = synthesis.reconciliation.files.filter((f) => surveys.some((s) => s.file === f.file));
    const figure = (n: number) => formatInteger(n).replace(/\u202f/g, ' ');
    const read = files.reduce((n, f) => n + f.read, 0);
    const kept = files.reduce((n, f) => n + f.kept, 0);
    const respondents = surveys.reduce((n, s) => n + (s.participants ?? 0), 0);
    const { rejected } = synthesis.reconciliation;
    expect(rejected).toBeGreaterThan(0);
    const text = aboutText(synthesis, { version: '0', fingerprint: 'x', date: null }).replace(/\u202f/g, ' ');
    const methodology = text.slice(text.indexOf(`${METHODOLOGY_LABEL} :`));
    expect(methodology).toContain(`de ${surveys.length} enquêtes (${figure(respondents)} répondants, ${figure(kept)} réponses écrites retenues)`);
    expect(methodology).toContain(`lues, ${figure(rejected)} ont été écartées (`);
    expect(methodology).not.toContain(`${figure(read)} réponses`);
  });
});
