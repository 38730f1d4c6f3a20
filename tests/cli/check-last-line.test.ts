/** The last line of `check` names where the first blocking problem is: it may sit far up a long report. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportText } from '../../src/cli/check-report.ts';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/lectures-a-verifier');

const blocking = (file: string, line: number, column = 1): Diagnostic => ({
  code: 'region-inconnue', severity: 'blocking', message: 'Région « 99 » inconnue.', hint: 'Indiquez un code INSEE.', file, line, column,
});

describe('the last line of check', () => {
  it('says where the blocking error is, and for several where the first of the report is', async () => {
    const { synthesis } = synthesize(await readConsultation(FIXTURE));
    const warning: Diagnostic = { ...blocking('content/ateliers/a.md', 2), severity: 'warning', code: 'doublon' };
    const one = checkReportText({ ...synthesis, diagnostics: [warning, blocking('content/ateliers/a.md', 62, 9)] });
    expect(one.trimEnd().split('\n').at(-1)).toBe(
      '✗ 1 erreur bloquante : la publication est impossible tant qu’elle n’est pas corrigée. Elle est en content/ateliers/a.md:62:9.',
    );
    // The report lists a.md first (its first problem came first), then by line: a.md:40 is the first error read.
    const several = checkReportText({ ...synthesis, diagnostics: [warning, blocking('content/ateliers/b.md', 3), blocking('content/ateliers/a.md', 80), blocking('content/ateliers/a.md', 40)] });
    expect(several.trimEnd().split('\n').at(-1)).toBe(
      '✗ 3 erreurs bloquantes : la publication est impossible tant qu’elles ne sont pas corrigées. La première est en content/ateliers/a.md:40:1.',
    );
  });
});
