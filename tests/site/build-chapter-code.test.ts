/**
 * `livre-blanc build` on a chapter whose code is valid JavaScript but fails when its page is built. Before,
 * Astro's English stack trace, then « Erreur inattendue de livre-blanc … Merci de la signaler » (a bug to
 * report, said of the author's own line). Now: an expression the check can run stops the build before
 * Astro, at its line; one reading what the chapter imports stops it in Astro, said in French at its line,
 * without Astro's copies of the stack; and a link's query the explorer cannot apply is a warning.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/package-dir.ts';
import { withBuildLock } from '../e2e/support/build-lock.ts';
import { childTempEnv } from '../support/temp-dirs.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A one-note consultation with these chapters (and files beside them). */
function consultation(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lb-code-build-'));
  roots.push(root);
  const note = 'content/ateliers/auvergne-rhone-alpes/2026-09-24-lyon.md';
  mkdirSync(path.join(root, path.dirname(note)), { recursive: true });
  cpSync(path.join(PACKAGE_DIR, note), path.join(root, note));
  mkdirSync(path.join(root, 'content/livre-blanc'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, 'content/livre-blanc', name), text);
  return root;
}

/** Runs `build` on `root`, its temp dir a folder of its own: `leftovers` is what the command left in it. */
function build(root: string): Promise<{ code: number | null; output: string; leftovers: string[] }> {
  const tmp = path.join(root, 'tmp');
  mkdirSync(tmp);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(PACKAGE_DIR, 'bin/livre-blanc.js'), 'build', '--root', root, '--out', path.join(root, 'site')], {
      env: { ...childTempEnv(tmp), LIVRE_BLANC_CACHE: '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output, leftovers: readdirSync(tmp) }));
  });
}

const GOOD = '---\ntitre: Bon\nordre: 1\nauteur:\n  nom: Lou\n---\n\nPar {frontmatter.auteur.nom}. Voir [les verbatims](/verbatims/?theme=ergonomie-inexistant).\n';

describe('build: a chapter’s code that fails when its page is built', () => {
  it('stops before Astro on an expression the check can run, at its line, in French', async () => {
    const root = consultation({ '01-bon.mdx': GOOD, '02-casse.mdx': '---\ntitre: Cassé\nordre: 2\n---\n\nLe titre est {frontmatter.x.y}.\n' });
    const result = await build(root);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toMatch(/content\/livre-blanc\/02-casse\.mdx\n\s+6:14\s+erreur\s+\{frontmatter\.x\.y\} : ce code échoue quand la page est construite \(on lit « y » dans une valeur qui vaut undefined\)/);
    expect(result.output).toMatch(/Publication impossible : une erreur bloquante dans les chapitres/);
    expect(result.output).not.toContain('Construction du site');
    expect(result.output).not.toMatch(/Erreur inattendue|TypeError|\[ERROR\]/);
  }, 120_000);

  it('stops before Astro on an `export` line reading the front matter, which the compiled chapter defines after it', async () => {
    const root = consultation({ '01-bon.mdx': GOOD, '02-court.mdx': '---\ntitre: Les chiffres de la consultation\nordre: 2\n---\n\nexport const titreCourt = frontmatter.titre.slice(0, 15)\n\nCe chapitre ({titreCourt}…).\n' });
    const result = await build(root);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toMatch(/content\/livre-blanc\/02-court\.mdx\n\s+6:27\s+erreur\s+« export const titreCourt = frontmatter\.titre\.slice\(0, 15\) » : en MDX, l’en-tête du chapitre \(frontmatter\) n’existe pas encore/);
    expect(result.output).not.toMatch(/Construction du site|Erreur inattendue|TypeError|\[ERROR\]/);
  }, 120_000);

  it('says in French, at its line, an expression reading an import that fails in Astro, without Astro’s stack, and publishes nothing', async () => {
    const root = consultation({
      '01-bon.mdx': GOOD,
      '02-importe.mdx': "---\ntitre: Un import\nordre: 2\n---\n\nimport { total } from './calcul.js'\n\nLe détail est {total.detail.nombre}.\n",
      'calcul.js': 'export const total = { nombre: 3 };\n',
    });
    const result = await withBuildLock(() => build(root));
    expect(result.code, result.output).toBe(1);
    // The query's warning, before the build: the explorer would list nothing.
    expect(result.output).toMatch(/content\/livre-blanc\/01-bon\.mdx\n\s+8:36\s+avertissement\s+Le lien vers \/verbatims\/\?theme=ergonomie-inexistant : le thème « ergonomie-inexistant » est inconnu/);
    expect(result.output).toMatch(/content\/livre-blanc\/02-importe\.mdx\n\s+8:15\s+erreur\s+\{total\.detail\.nombre\} : ce code échoue quand la page est construite \(on lit « nombre » dans une valeur qui vaut undefined\) ; la construction s’est arrêtée là\. \[chapitre-expression-en-erreur\]/);
    expect(result.output).toContain('Publication impossible : un chapitre du livre blanc ne peut pas être construit');
    expect(result.output).not.toMatch(/Erreur inattendue|Merci de la signaler|_createMdxContent|\[ERROR\]|Caught error/);
    expect(existsSync(path.join(root, 'site'))).toBe(false);
    // The build's work folder (livre-blanc-XXXXXX in the temp dir) is removed though Astro failed.
    expect(result.leftovers).toEqual([]);
  }, 300_000);

  it('says in French, at its line, an `export` line reading an import that fails as the chapter loads, in a file named with accents', async () => {
    const root = consultation({
      '01-bon.mdx': GOOD,
      'données-déclarées.mdx': "---\ntitre: Données\nordre: 2\n---\n\nimport chiffres from './chiffres.json'\n\nexport const enquetes = chiffres.enquetes.total\n\nEnquêtes : {enquetes}.\n",
      'chiffres.json': '{ "ateliers": { "total": 15 } }\n',
    });
    const result = await withBuildLock(() => build(root));
    expect(result.code, result.output).toBe(1);
    expect(result.output).toMatch(/content\/livre-blanc\/données-déclarées\.mdx\n\s+8:1\s+erreur\s+« export const enquetes = chiffres\.enquetes\.total » : ce code échoue quand la page est construite \(on lit « total » dans une valeur qui vaut undefined\)/);
    expect(result.output).not.toMatch(/Erreur inattendue|Merci de la signaler|ModuleJob|\[ERROR\]|Caught error/);
    expect(existsSync(path.join(root, 'site'))).toBe(false);
    expect(result.leftovers).toEqual([]);
  }, 300_000);
});
