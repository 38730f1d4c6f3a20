import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportText, SITE_ITEM_LIMIT } from '../../src/cli/check-report.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('compte rendu du tir à blanc', () => {
  it('prévient quand la consultation dépasse ce que build peut écrire d’un seul bloc, et seulement alors', async () => {
    const { synthesis } = synthesize(await readConsultation(REPO));
    const report = checkReportText(synthesis, false);
    expect(report).toContain('la consultation peut être publiée');
    expect(report).not.toContain('« build » et « export »');
    const items = new Array(SITE_ITEM_LIMIT + 1).fill(synthesis.items[0]);
    const huge = checkReportText({ ...synthesis, items }, false);
    expect(huge).toMatch(new RegExp(`⚠ ${SITE_ITEM_LIMIT + 1} éléments : au-delà d'environ .*« build » et « export »`));
    expect(huge).not.toContain('peut être publiée');
  });
});
