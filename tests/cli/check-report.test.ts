import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { checkReportJson, checkReportText } from '../../src/cli/check-report.ts';
import { describeReasons } from '../../src/pipeline/rejection-reasons.ts';
import type { Reconciliation } from '../../src/pipeline/model.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { plural } from '../../src/pipeline/text/plural.ts';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

describe('compte rendu du tir à blanc', () => {
  it('dit que la consultation peut être publiée, ou pourquoi elle ne le peut pas, avec le bilan lus = retenus + écartés', async () => {
    const { synthesis } = synthesize(await readConsultation(REPO));
    const { read, kept, rejected, reasons, published } = synthesis.reconciliation;
    const report = checkReportText(synthesis);
    expect(report).toContain(
      `Total : ${plural(read, 'lu')} = ${plural(kept, 'retenu')} + ${plural(rejected, 'écarté')} (${describeReasons(reasons)}) → ${plural(published, 'élément publié', 'éléments publiés')}`,
    );
    const one = { ...synthesis.reconciliation, read: 1235, kept: 1234, rejected: 1, reasons: [{ reason: 'nombre-de-champs-incorrect' as const, count: 1 }], published: 1 };
    expect(checkReportText({ ...synthesis, reconciliation: one })).toContain(
      'Total : 1\u202f235 lus = 1\u202f234 retenus + 1 écarté (1 champ en trop [nombre-de-champs-incorrect]) → 1 élément publié',
    );
    expect(checkReportText({ ...synthesis, reconciliation: { ...one, rejected: 0, kept: 1235, reasons: [] } })).toContain(
      'Total : 1\u202f235 lus = 1\u202f235 retenus + 0 écarté → 1 élément publié',
    );
    expect(report).toMatch(/✓ Aucune erreur bloquante, (?:\d+ avertissements?|aucun avertissement)(?:, \d+ informations?)? : la consultation peut être publiée\./);

    const blocking: Diagnostic = {
      code: 'region-inconnue', severity: 'blocking', message: 'Région « 99 » inconnue.', hint: 'Indiquez un code INSEE de région.',
      file: 'data/ateliers/essai.md', line: 3, column: 1,
    };
    const refused = checkReportText({ ...synthesis, diagnostics: [...synthesis.diagnostics, blocking] });
    expect(refused).toContain("✗ 1 erreur bloquante : la publication est impossible tant qu’elle n’est pas corrigée.");
    const twice = checkReportText({ ...synthesis, diagnostics: [...synthesis.diagnostics, blocking, blocking] });
    expect(twice).toContain("✗ 2 erreurs bloquantes : la publication est impossible tant qu’elles ne sont pas corrigées.");
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

describe('bilan du tir à blanc : pourquoi des entrées sont écartées', () => {
  const FIXTURE = path.join(REPO, 'tests/fixtures/bilan-motifs');

  it('dit, par fichier et au total, les motifs des écartés avec leur code, qui font le compte', async () => {
    const { synthesis } = synthesize(await readConsultation(FIXTURE));
    const report = checkReportText(synthesis);
    const bilan = report.slice(report.indexOf('Bilan (lus = retenus + écartés) :'), report.indexOf('\n\n✓'));
    expect(bilan.split('\n')).toEqual([
      'Bilan (lus = retenus + écartés) :',
      '  content/ateliers/bretagne/2026-09-12-rennes.md : 6 lus = 3 retenus + 3 écartés (1 puce vide [element-vide], 1 non-réponse [non-reponses-ecartees], 1 texte hors liste [texte-hors-liste])',
      // A row cut by a « ; » in an answer is set aside whole (its columns shifted), named by the diagnostic that says so.
      '  data/enquetes/conseillers.csv : 10 lus = 6 retenus + 4 écartés (3 non-réponses [non-reponses-ecartees], 1 ligne décalée [nombre-de-champs-incorrect])',
      // Short answers to a « satisfaction et/ou difficultés » question that judge nothing: their own reason, not non-answers.
      '  data/enquetes/retraite.csv : 4 lus = 1 retenu + 3 écartés (2 réponses sans jugement lisible [sans-jugement-lisible], 1 non-réponse [non-reponses-ecartees])',
      // Five reasons in all: beyond the third in one count, so that the line stays readable and the sum holds.
      '  Total : 20 lus = 10 retenus + 10 écartés (5 non-réponses [non-reponses-ecartees], 2 réponses sans jugement lisible [sans-jugement-lisible], 1 puce vide [element-vide], 2 autres…) → 10 éléments publiés',
    ]);
    // Every count printed in parentheses adds up to the « écartés » before it.
    for (const line of bilan.split('\n').slice(1)) {
      const [, rejected, why] = /\+ (\d+) écartés? \((.*)\)/.exec(line) ?? [];
      const counts = [...(why ?? '').matchAll(/(?:^|, )(\d+) /g)].map((m) => Number(m[1]));
      expect(counts.reduce((n, c) => n + c, 0), line).toBe(Number(rejected));
    }
    // Every code named is one the report above lists for that file.
    for (const f of synthesis.reconciliation.files) {
      const block = report.slice(report.indexOf(`${f.file}\n`), report.indexOf('\n\n', report.indexOf(`${f.file}\n`)));
      for (const code of ['element-vide', 'texte-hors-liste', 'non-reponses-ecartees', 'nombre-de-champs-incorrect', 'sans-jugement-lisible'])
        if (bilan.split('\n').find((l) => l.startsWith(`  ${f.file} `))?.includes(code)) expect(block, `${f.file} ${code}`).toContain(`[${code}]`);
    }
  });

  it('garde des lignes lisibles : au plus trois motifs, puis le reste en un seul compte ; repliées à la largeur d’un terminal', async () => {
    const { synthesis } = synthesize(await readConsultation(FIXTURE));
    const four: Reconciliation = {
      ...synthesis.reconciliation,
      read: 22, kept: 12, rejected: 10,
      reasons: [
        { reason: 'non-reponses-ecartees', count: 4 },
        { reason: 'element-vide', count: 3 },
        { reason: 'texte-hors-liste', count: 2 },
        { reason: 'texte-vide', count: 1 },
      ],
    };
    expect(checkReportText({ ...synthesis, reconciliation: four })).toContain(
      '  Total : 22 lus = 12 retenus + 10 écartés (4 non-réponses [non-reponses-ecartees], 3 puces vides [element-vide], ' +
        '2 textes hors liste [texte-hors-liste], 1 autre…) → 10 éléments publiés',
    );
    const narrow = checkReportText(synthesis, { color: false, width: 80 });
    const bilan = narrow.slice(narrow.indexOf('Bilan'), narrow.indexOf('\n\n✓')).split('\n');
    for (const line of bilan) expect(line.length, line).toBeLessThanOrEqual(80);
    // Continued two columns in, under the file's name.
    expect(bilan.filter((l) => l.startsWith('    ')).length).toBeGreaterThan(0);
    expect(bilan.join(' ').replace(/\s+/g, ' ')).toContain('(3 non-réponses [non-reponses-ecartees], 1 ligne décalée [nombre-de-champs-incorrect])');
  });

  it('met les mêmes motifs dans le JSON de check --format json, ceux de la synthèse', async () => {
    const { synthesis } = synthesize(await readConsultation(FIXTURE));
    const json = JSON.parse(checkReportJson(synthesis)) as { reconciliation: Reconciliation; setAside: Synthesis['setAside'] };
    expect(json.reconciliation).toEqual(synthesis.reconciliation);
    // Each entry counted, listed: as many per file and reason as the bilan says.
    const listed = (file: string, reason: string) => json.setAside.filter((e) => e.source.file === file && e.reason === reason).length;
    for (const file of json.reconciliation.files) for (const { reason, count } of file.reasons) expect(listed(file.file, reason), `${file.file} ${reason}`).toBe(count);
    expect(json.setAside).toHaveLength(json.reconciliation.rejected);
    expect(json.reconciliation.files.map((f) => f.reasons.reduce((n, r) => n + r.count, 0))).toEqual(json.reconciliation.files.map((f) => f.rejected));
    // Through the command itself.
    const stdout = execFileSync(process.execPath, [path.join(REPO, 'bin/livre-blanc.js'), 'check', '--root', FIXTURE, '--format', 'json'], {
      encoding: 'utf8',
      env: { ...process.env, LIVRE_BLANC_CACHE: '0' },
    });
    const command = JSON.parse(stdout) as { reconciliation: Reconciliation };
    expect(command.reconciliation.reasons).toEqual([
      { reason: 'non-reponses-ecartees', count: 5 },
      { reason: 'sans-jugement-lisible', count: 2 },
      { reason: 'element-vide', count: 1 },
      { reason: 'ligne-decalee', count: 1 },
      { reason: 'texte-hors-liste', count: 1 },
    ]);
  });
});
