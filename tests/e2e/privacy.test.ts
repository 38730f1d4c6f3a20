/**
 * Privacy acceptance: a consultation with personal data planted everywhere (notes: titles,
 * structures, headings, list items, nested items, context paragraphs; surveys: text cells, profile,
 * region and scale cells, row questions, a sidecar title; a Windows-1252 CSV and a UTF-8 one) is
 * built and exported with the real commands; no planted value, in any spacing, may appear in any
 * output file, and `check` warns at every line where one was masked.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { chromiumAvailable } from '../../src/export/pdf.ts';
import { buildWithCli, exportWithCli, listFiles, readOutputTexts, runCli, type OutputText } from '../safety/support/outputs.ts';
import { findLeaks, needles, PLANTED, PLANTED_ROOT } from '../safety/support/planted.ts';
import { isFirstName } from '../../src/pipeline/anonymise/first-names.ts';

describe('données personnelles plantées : rien ne sort', () => {
  let work = '';
  let site: OutputText[] = [];
  let exports: OutputText[] = [];
  let skipped: string[] = [];

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'livre-blanc-privacy-'));
    await buildWithCli(PLANTED_ROOT, path.join(work, 'site'));
    await exportWithCli(PLANTED_ROOT, path.join(work, 'exports'));
    const siteTexts = await readOutputTexts(path.join(work, 'site'));
    const exportTexts = await readOutputTexts(path.join(work, 'exports'));
    site = siteTexts.texts;
    exports = exportTexts.texts;
    skipped = [...siteTexts.skipped, ...exportTexts.skipped];
  }, 600_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('the scanner finds every planted value in the input files (so that it can find a leak)', async () => {
    const inputs: OutputText[] = [];
    for (const file of await listFiles(PLANTED_ROOT)) {
      const bytes = await readFile(path.join(PLANTED_ROOT, file));
      const utf8 = new TextDecoder('utf-8').decode(bytes);
      inputs.push({ name: file, text: utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8 });
    }
    const found = new Set(findLeaks(inputs).map((leak) => leak.value));
    expect(needles().map((n) => n.value).filter((value) => !found.has(value))).toEqual([]);
    // Every shape of the brief is planted.
    expect(new Set(PLANTED.values.map((v) => v.kind))).toEqual(new Set(['email', 'phone', 'nir', 'iban', 'name']));
  });

  it('scans a real output: pages, search shards, scripts, JSON, CSV, XLSX sheets, IRaMuTeQ text', () => {
    const names = [...site, ...exports].map((t) => t.name);
    for (const pattern of [/^index\.html$/, /^sessions\/.+\/index\.html$/, /^recherche\/index\.html$/, /^verbatims\/index\.html$/,
      /^index-recherche\/.+\.json$/, /\.js$/, /^telechargements\/synthese\.json$/, /^telechargements\/.+\.csv$/, /^livre-blanc\.xlsx!xl\/sharedStrings\.xml$/,
      /^corpus-iramuteq\.txt$/, /^comments\.csv$/, /^synthese\.json$/]) {
      expect(names.some((name) => pattern.test(name)), `aucun fichier de sortie ne correspond à ${pattern}`).toBe(true);
    }
    if (chromiumAvailable()) expect(names).toContain('telechargements/livre-blanc.pdf');
    // The masked items are published, with their placeholders: the scan below looks at real content.
    const all = [...site, ...exports].map((t) => t.text).join('\n');
    for (const placeholder of ['[courriel]', '[téléphone]', '[numéro de sécurité sociale]', '[iban]', '[personne]', 'Jeune A']) {
      expect(all).toContain(placeholder);
    }
    expect(skipped.filter((file) => !/\.(png|ico|svg|woff2?|jpe?g|webp)$/.test(file))).toEqual([]);
  });

  it('no planted value appears in any file of the built site', () => {
    // The /saisie/ form's script carries the anonymiser's list of common first names (« Yannick »…), the
    // word list it masks « Prénom NOM » with: a first name found there alone, as a word of that list, is not
    // the planted person. Anywhere else, or any other word of a name, is a leak.
    const leaks = findLeaks(site).filter((leak) => !(leak.file.endsWith('.js') && isFirstName(leak.value.split(' (')[0] ?? '')));
    expect(leaks).toEqual([]);
  });

  it('no planted value appears in any export (XLSX unzipped, CSV, JSON, Pol.is, IRaMuTeQ)', () => {
    expect(findLeaks(exports)).toEqual([]);
    // The list of set-aside entries is there, masked: a table the note sets aside quotes a name, a phone and an e-mail.
    expect(exports.find((t) => t.name === 'ecartes.csv')?.text).toContain('Appeler [personne] au [téléphone] | Un numéro unique, [courriel]');
  });

  it('check warns at every line where personal data was masked', async () => {
    const result = await runCli(['check', '--root', PLANTED_ROOT, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { diagnostics: Diagnostic[] };
    const warnings = report.diagnostics.filter((d) => d.code === 'donnee-personnelle');
    expect(warnings.every((d) => d.severity === 'warning')).toBe(true);
    const at = new Set(warnings.map((d) => `${d.file}:${d.line}`));
    const missing = PLANTED.warnings.flatMap(({ file, lines }) => lines.map((line) => `${file}:${line}`)).filter((key) => !at.has(key));
    expect(missing).toEqual([]);
    // Survey cells: the exact column too.
    const cells = new Set(warnings.map((d) => `${d.file}:${d.line}:${d.column}`));
    const missingCells = PLANTED.cells.flatMap(({ file, line, columns }) => columns.map((c) => `${file}:${line}:${c}`)).filter((key) => !cells.has(key));
    expect(missingCells).toEqual([]);
    // The report itself quotes no planted value (it is shown in CI logs and pasted in tickets).
    expect(findLeaks([{ name: 'check --format json', text: JSON.stringify(report.diagnostics) }])).toEqual([]);
  });
});
