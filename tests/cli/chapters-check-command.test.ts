import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutSynthesisCache } from '../support/no-cache.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';

const demo = path.resolve(import.meta.dirname, '../..');
const BROKEN = `---
titre: Ce qui dysfonctionne
ordre: 1
---

On compte <Figure stat="items" tags="needs"/> éléments.

<Verbatims theme="saisie" tag="broken"/>
`;

function capture(): { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((err += String(chunk)), true));
  return { stdout: () => out, stderr: () => err };
}

/** A one-note consultation with a chapter holding two mistakes (or the chapter given). */
function brokenConsultation(chapter = BROKEN): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'livre-blanc-chapitres-'));
  const note = 'content/ateliers/nouvelle-aquitaine/2026-09-12-saintes.md';
  mkdirSync(path.dirname(path.join(root, note)), { recursive: true });
  cpSync(path.join(demo, note), path.join(root, note));
  cpSync(path.join(demo, 'data/themes.yml'), path.join(root, 'data/themes.yml'));
  mkdirSync(path.join(root, 'content/livre-blanc'));
  writeFileSync(path.join(root, 'content/livre-blanc/chapitre.mdx'), chapter);
  return root;
}

const roots: string[] = [];
// The developer's synthesis cache stays as it is.
withoutSynthesisCache();
afterEach(() => {
  vi.restoreAllMocks();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('chapters in check and build', () => {
  it('check reports every chapter problem as a blocking diagnostic, in the JSON too', async () => {
    const root = brokenConsultation();
    roots.push(root);
    const output = capture();
    expect(await main(['check', '--root', root, '--format', 'json'])).toBe(1);
    const report = JSON.parse(output.stdout()) as { ok: boolean; diagnostics: Array<{ code: string; file: string; line: number; column: number; hint?: string }> };
    expect(report.ok).toBe(false);
    const chapters = report.diagnostics.filter((d) => d.file === 'content/livre-blanc/chapitre.mdx');
    expect(chapters.map((d) => [d.code, d.line, d.column, d.hint])).toEqual([
      ['chapitre-propriete-inconnue', 6, 32, 'Vouliez-vous dire tag ?'],
      ['chapitre-valeur-inconnue', 8, 12, 'Vouliez-vous dire « saisie-ergonomie » ?'],
    ]);
  });

  it('build lists them all before Astro runs, without a stack trace, and exits 1', async () => {
    const root = brokenConsultation();
    roots.push(root);
    const out = path.join(root, 'site');
    const output = capture();
    expect(await main(['build', '--root', root, '--out', out])).toBe(1);
    const text = output.stderr();
    expect(text).toContain('content/livre-blanc/chapitre.mdx');
    expect(text).toContain('6:32');
    expect(text).toContain('8:12');
    expect(text).toMatch(/Publication impossible : 2 erreurs bloquantes dans les chapitres/);
    expect(text).not.toMatch(/Erreur inattendue|at .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('mistakes Astro would stop on in English', () => {
  it.each([
    ['a word in braces', 'Moins de 5 % disent {beaucoup}.', '6:21', 'chapitre-nom-inconnu', /beaucoup/],
    ['a word as a prop value', '<Verbatims limit={trois}/>', '6:12', 'chapitre-nom-inconnu', /limit=\{trois\}/],
    ['an image missing beside the chapter', '![Une photo](./photo.jpg)', '6:1', 'chapitre-image-introuvable', /\.\/photo\.jpg/],
  ])('build stops on %s with the French diagnostic, before Astro', async (_what, line, place, code, quoted) => {
    const root = brokenConsultation(`---\ntitre: Un chapitre\nordre: 1\n---\n\n${line}\n`);
    roots.push(root);
    const out = path.join(root, 'site');
    const output = capture();
    expect(await main(['build', '--root', root, '--out', out])).toBe(1);
    const text = output.stderr();
    expect(text).toContain(`content/livre-blanc/chapitre.mdx`);
    expect(text).toContain(place);
    expect(text).toContain(`[${code}]`);
    expect(text).toMatch(quoted);
    expect(text).toMatch(/Publication impossible : une erreur bloquante dans les chapitres/);
    expect(text).not.toMatch(/Erreur inattendue|is not defined|UNRESOLVED_IMPORT|\u001b\[3\dm.*at |at .*\.ts:\d+/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a chapter error met during the build (last safety net)', () => {
  it('is told as the chapter’s problem, not as a bug to report', async () => {
    const { describeFailure } = await import('../../src/cli/failure.ts');
    const { ContentError } = await import('../../src/site/filters.ts');
    const wrapped = new Error('Astro a échoué', { cause: new ContentError('<Figure> dans la page /imprimer/ : stat="item" inconnu.') });
    const text = describeFailure(wrapped);
    expect(text).toContain('Un chapitre du livre blanc ne peut pas être construit');
    expect(text).toContain('stat="item" inconnu');
    expect(text).not.toContain('Merci de la signaler');
  });
});
