/**
 * `check` with infos (how a note was read, to check): listed after the warnings under their own
 * heading, counted apart in the summary line and the JSON, and never a reason to fail.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INFOS_HEADING, checkReportJson, checkReportText } from '../../src/cli/check-report.ts';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
/** A note with nothing wrong, whose table and enumeration are read as check says. */
const FIXTURE = path.join(REPO, 'tests/fixtures/lectures-a-verifier');

interface JsonReport {
  ok: boolean;
  summary: { blocking: number; warnings: number; infos: number };
  diagnostics: Diagnostic[];
}

const warning: Diagnostic = {
  code: 'doublon', severity: 'warning', message: 'Le même texte apparaît deux fois.', hint: 'Supprimez la copie.',
  file: 'content/ateliers/occitanie/2026-10-15-albi.md', line: 30, column: 1,
};

function run(format: 'text' | 'json'): string {
  // execFileSync throws on a non-zero exit: infos alone must leave check at 0.
  return execFileSync(process.execPath, [path.join(REPO, 'bin/livre-blanc.js'), 'check', '--root', FIXTURE, '--format', format], {
    encoding: 'utf8',
    env: { ...process.env, LIVRE_BLANC_CACHE: '0' },
  });
}

describe('check and its infos', () => {
  it('says there is no warning when the only notices are readings, and exits 0', () => {
    const text = run('text');
    expect(text).toContain('✓ Aucune erreur bloquante, aucun avertissement, 3 informations : la consultation peut être publiée.');
    expect(text).not.toContain('avertissement  ');
    expect(text).toMatch(/ {2}13:1 {2}information {4}Le tableau sous le titre « Atelier du matin » est lu colonne par colonne/);
    expect(text).toMatch(/ {2}20:1 {2}information {4}Cet élément énumère plusieurs retours/);
    expect(text.indexOf(INFOS_HEADING)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(INFOS_HEADING)).toBeLessThan(text.indexOf('[tableau-lu]'));

    const json = JSON.parse(run('json')) as JsonReport;
    expect(json.ok).toBe(true);
    expect(json.summary).toMatchObject({ blocking: 0, warnings: 0, infos: 3 });
    // (The third: no accessibility audit is declared, which every footer will say.)
    expect(json.diagnostics.map((d) => [d.code, d.severity])).toEqual([['tableau-lu', 'info'], ['enumeration-en-ligne', 'info'], ['audit-accessibilite-absent', 'info']]);
  });

  it('counts warnings and infos apart, and lists the infos after the warnings', async () => {
    const { synthesis } = synthesize(await readConsultation(FIXTURE));
    const mixed = { ...synthesis, diagnostics: [...synthesis.diagnostics, warning] };
    const text = checkReportText(mixed);
    expect(text).toContain('✓ Aucune erreur bloquante, 1 avertissement, 3 informations : la consultation peut être publiée.');
    // The warning comes first though its line is after the infos': problems, then readings to check.
    const warned = text.indexOf('[doublon]');
    expect(warned).toBeGreaterThanOrEqual(0);
    expect(warned).toBeLessThan(text.indexOf(INFOS_HEADING));
    expect(text.indexOf(INFOS_HEADING)).toBeLessThan(text.indexOf('[enumeration-en-ligne]'));

    expect(JSON.parse(checkReportJson(mixed))).toMatchObject({ ok: true, summary: { blocking: 0, warnings: 1, infos: 3 } });
    expect(checkReportText({ ...synthesis, diagnostics: [warning] })).toContain('✓ Aucune erreur bloquante, 1 avertissement : la consultation peut être publiée.');
    expect(checkReportText({ ...synthesis, diagnostics: [] })).toContain('✓ Aucune erreur bloquante : la consultation peut être publiée.');
  });

  it('still refuses on a blocking error, infos or not', async () => {
    const { synthesis } = synthesize(await readConsultation(FIXTURE));
    const blocking: Diagnostic = { ...warning, code: 'region-inconnue', severity: 'blocking', message: 'Région « 99 » inconnue.' };
    const refused = { ...synthesis, diagnostics: [...synthesis.diagnostics, blocking] };
    expect(checkReportText(refused)).toContain("✗ 1 erreur bloquante : la publication est impossible tant qu’elle n’est pas corrigée.");
    expect(JSON.parse(checkReportJson(refused))).toMatchObject({ ok: false, summary: { blocking: 1, warnings: 0, infos: 3 } });
  });
});
