import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReportText } from '../../src/cli/check-report.ts';
import { plural } from '../../src/pipeline/text/plural.ts';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('compte rendu du tir à blanc', () => {
  it('dit que la consultation peut être publiée, ou pourquoi elle ne le peut pas, avec le bilan lus = retenus + écartés', async () => {
    const { synthesis } = synthesize(await readConsultation(REPO));
    const { read, kept, rejected, published } = synthesis.reconciliation;
    const report = checkReportText(synthesis);
    expect(report).toContain(`Total : ${plural(read, 'lu')} = ${plural(kept, 'retenu')} + ${plural(rejected, 'écarté')} → ${plural(published, 'élément publié', 'éléments publiés')}`);
    expect(checkReportText({ ...synthesis, reconciliation: { ...synthesis.reconciliation, read: 1235, kept: 1234, rejected: 1, published: 1 } })).toContain(
      'Total : 1\u202f235 lus = 1\u202f234 retenus + 1 écarté → 1 élément publié',
    );
    expect(report).toMatch(/✓ Aucune erreur bloquante \(\d+ avertissements?\) : la consultation peut être publiée\./);

    const blocking: Diagnostic = {
      code: 'region-inconnue', severity: 'blocking', message: 'Région « 99 » inconnue.', hint: 'Indiquez un code INSEE de région.',
      file: 'data/ateliers/essai.md', line: 3, column: 1,
    };
    const refused = checkReportText({ ...synthesis, diagnostics: [...synthesis.diagnostics, blocking] });
    expect(refused).toContain("✗ 1 erreur bloquante : la publication est impossible tant qu'elle n'est pas corrigée.");
    const twice = checkReportText({ ...synthesis, diagnostics: [...synthesis.diagnostics, blocking, blocking] });
    expect(twice).toContain("✗ 2 erreurs bloquantes : la publication est impossible tant qu'elles ne sont pas corrigées.");
    expect(refused).toMatch(/data\/ateliers\/essai\.md\n {2}3:1 {2}erreur {9}Région « 99 » inconnue\. \[region-inconnue\]\n {22}Conseil : Indiquez un code INSEE de région\./);
    expect(refused).not.toContain('peut être publiée');

    // In a terminal, the list of regions wraps at its width, continued under its first word.
    const narrow = checkReportText(synthesis, { color: false, width: 60 });
    const regions = narrow.slice(narrow.indexOf('Régions :'), narrow.indexOf('Éléments par étiquette'));
    expect(regions.split('\n').filter(Boolean).length).toBeGreaterThan(2);
    for (const line of regions.split('\n').filter(Boolean)) expect(line.length).toBeLessThanOrEqual(60);
    expect(regions.replace(/\s+/g, ' ')).toContain(synthesis.regions.map((r) => r.name).join(', '));
  });
});
