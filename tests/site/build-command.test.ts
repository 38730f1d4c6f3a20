import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';
import { checkOutputFolder } from '../../src/cli/output-folder.ts';
import { PACKAGE_DIR } from '../../src/cli/package-dir.ts';
import { withBuildLock } from '../e2e/support/build-lock.ts';
import { childTempEnv } from '../support/temp-dirs.ts';

const catalogue = path.resolve(import.meta.dirname, '../fixtures/broken');
const blockingCase = readdirSync(catalogue)
  .sort()
  .find((name) => {
    const expected = path.join(catalogue, name, 'expected.json');
    return existsSync(expected) && (JSON.parse(readFileSync(expected, 'utf8')) as { blocking: boolean }).blocking;
  });

function captureStderr(): { text: () => string; stdout: () => string } {
  let text = '';
  let stdout = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  return { text: () => text, stdout: () => stdout };
}

/**
 * Runs `run` on a new temporary consultation folder, without the synthesis cache (the developer's
 * caches stay as they are), then removes the folder and restores the environment.
 */
async function inTemporaryConsultation(prefix: string, run: (root: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(path.join(os.tmpdir(), prefix));
  const cache = process.env.LIVRE_BLANC_CACHE;
  process.env.LIVRE_BLANC_CACHE = '0';
  try {
    await run(root);
  } finally {
    if (cache === undefined) delete process.env.LIVRE_BLANC_CACHE;
    else process.env.LIVRE_BLANC_CACHE = cache;
    rmSync(root, { recursive: true, force: true });
  }
}

afterEach(() => vi.restoreAllMocks());

describe('livre-blanc build', () => {
  it.skipIf(!blockingCase)('refuses to publish a consultation with blocking errors, and says to run check', async () => {
    const out = path.join(os.tmpdir(), `livre-blanc-jamais-${process.pid}`);
    const stderr = captureStderr();
    const code = await main(['build', '--root', path.join(catalogue, blockingCase ?? ''), '--out', out]);
    expect(code).toBe(1);
    expect(stderr.text()).toMatch(/Publication impossible : \d+ erreurs? bloquantes?/);
    expect(stderr.text()).toContain('livre-blanc check --root');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on an unknown flag and 0 on --help', async () => {
    captureStderr();
    expect(await main(['build', '--sortie', 'x'])).toBe(2);
    expect(await main(['build', '--help'])).toBe(0);
  });

  it.skipIf(!blockingCase)('never empties a folder that holds the sources', async () => {
    const stderr = captureStderr();
    const root = path.join(catalogue, blockingCase ?? '');
    expect(await main(['build', '--root', root, '--out', '.'])).toBe(2);
    expect(await main(['build', '--root', root, '--out', path.dirname(root)])).toBe(2);
    expect(stderr.text()).toContain('il serait vidé');
  });

  it('never replaces a file, nor a folder of other files, and replaces an earlier site', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lb-sortie-'));
    const root = path.join(dir, 'consultation');
    try {
      writeFileSync(path.join(dir, 'rapport.docx'), 'le rapport');
      expect(() => checkOutputFolder(path.join(dir, 'rapport.docx'), root)).toThrow('est un fichier, pas un dossier');
      mkdirSync(path.join(dir, 'documents'));
      writeFileSync(path.join(dir, 'documents', 'notes.txt'), 'mes notes');
      expect(() => checkOutputFolder(path.join(dir, 'documents'), root)).toThrow("contient d’autres fichiers qu’un site construit (notes.txt)");
      mkdirSync(path.join(dir, 'site', '_astro'), { recursive: true });
      writeFileSync(path.join(dir, 'site', 'index.html'), '<h1>Ancien site</h1>');
      expect(() => checkOutputFolder(path.join(dir, 'site'), root)).not.toThrow();
      mkdirSync(path.join(dir, 'vide'));
      expect(() => checkOutputFolder(path.join(dir, 'vide'), root)).not.toThrow();
      expect(() => checkOutputFolder(path.join(dir, 'nouveau'), root)).not.toThrow();
      expect(readFileSync(path.join(dir, 'rapport.docx'), 'utf8')).toBe('le rapport');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses with exit code 2 to build over a file', async () => {
    const stderr = captureStderr();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lb-sortie-'));
    try {
      writeFileSync(path.join(dir, 'rapport.docx'), 'le rapport');
      expect(await main(['build', '--out', path.join(dir, 'rapport.docx')])).toBe(2);
      expect(stderr.text()).toContain('est un fichier, pas un dossier');
      expect(readFileSync(path.join(dir, 'rapport.docx'), 'utf8')).toBe('le rapport');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says in French that a consultation has no chapters yet, without Astro’s English warnings', async () => {
    await inTemporaryConsultation('lb-sans-chapitres-', async (root) => {
      const out = path.join(root, 'site');
      const note = 'content/ateliers/auvergne-rhone-alpes/2026-09-24-lyon.md';
      mkdirSync(path.join(root, path.dirname(note)), { recursive: true });
      cpSync(path.resolve(import.meta.dirname, '../..', note), path.join(root, note));
      const stderr = captureStderr();
      // Astro's logger writes through the console, which vitest would otherwise take for itself.
      let consoleText = '';
      for (const method of ['log', 'info', 'warn', 'error'] as const) {
        vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
          consoleText += `${args.join(' ')}\n`;
        });
      }
      expect(await withBuildLock(() => main(['build', '--root', root, '--out', out]))).toBe(0);
      expect(stderr.text()).toMatch(/Aucun chapitre dans .*content\/livre-blanc\/ \(fichiers \.mdx\)/);
      // Astro's logger writes warnings to stdout: « [WARN] [glob-loader] No files found matching… ».
      expect(stderr.text() + stderr.stdout() + consoleText).not.toMatch(/WARN|No files found|does not exist|collection/);
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
      // One region only: the home page says it where the map would be (no map, no convergence), and why there is no strong idea, not « not yet ».
      const home = readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(home).toContain('viennent d’une seule région, Auvergne-Rhône-Alpes');
      expect(home).not.toContain('region-map');
      expect(home).not.toContain('La convergence des besoins se mesure entre régions');
      expect(home).toContain('elles rapprochent des énoncés proches dits dans plusieurs régions');
      // French plurals: one region is « 1 région représentée », not « 1 régions ».
      const keyFigures = home.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      expect(keyFigures).toMatch(/1 région représentée/);
      // A kind of session with none is not named: « (1 atelier) », not « (1 atelier, 0 enquête) ».
      expect(keyFigures).toMatch(/1 session \(1 atelier\)/);
      expect(keyFigures).not.toMatch(/0 enquête/);
      // The print page (the PDF) says what it is: the data without chapters, no empty table of contents.
      const print = readFileSync(path.join(out, 'imprimer', 'index.html'), 'utf8');
      const printText = print.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
      expect(print).not.toContain('Sommaire');
      expect(printText).toContain('Synthèse des données de la consultation');
      expect(printText).toContain('ne contient que la synthèse des données de la consultation, sans texte éditorial');
      expect(printText).toMatch(/Synthèse de 1 atelier, 1 région représentée et \d+ contributions publiées\./);
    });
  }, 300_000);

  it('--hors-ligne: builds a site whose pages open from their files, and says how to open it (a survey without regions)', async () => {
    await inTemporaryConsultation('lb-hors-ligne-cli-', async (root) => {
      const out = path.join(root, 'site');
      // A survey with no region column: the regions page says so rather than showing an empty map.
      mkdirSync(path.join(root, 'data', 'enquetes'), { recursive: true });
      writeFileSync(
        path.join(root, 'data', 'enquetes', 'avis.csv'),
        'Horodateur;Commentaire libre\n' +
          '2026-10-01;La recherche d’un jeune est rapide.\n' +
          '2026-10-02;Le logiciel est très lent le lundi matin.\n' +
          '2026-10-03;Il faudrait un agenda partagé avec les partenaires.\n',
      );
      let stdout = '';
      captureStderr();
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
      });
      expect(await withBuildLock(() => main(['build', '--root', root, '--out', out, '--hors-ligne']))).toBe(0);
      expect(stdout).toContain(`ouvrez ${path.join(out, 'index.html')} dans un navigateur`);
      const home = readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(home).toContain('href="regions/index.html"');
      expect(home).not.toMatch(/\s(?:href|src|action)="\/(?!\/)/);
      expect(home).toContain('<p class="offline-notice" role="note">');
      // Opened from its files no script runs: the header never folds behind « Menu ».
      expect(home).toContain('<header class="site-header">');
      expect(home).not.toContain('menu-foldable');
      expect(home).toContain('n’indiquent pas de région');
      expect(home).not.toContain('region-map');
      const region = readFileSync(path.join(out, 'regions', 'index.html'), 'utf8');
      expect(region).toContain('href="../index.html"');
      expect(region).toContain('n’indiquent pas de région');
      expect(region).not.toContain('region-map');
      // No workshop: the sessions page is « Enquêtes », without an empty table of workshops nor an invitation to enter a note.
      const sessions = readFileSync(path.join(out, 'ateliers', 'index.html'), 'utf8');
      expect(sessions).toMatch(/<h1>Enquêtes<\/h1>/);
      expect(sessions).not.toContain('Ateliers (0)');
      expect(sessions).not.toContain('ateliers-legende');
    });
  }, 300_000);

  it('leaves alone the packages astro dev optimised for the browser (node_modules/.vite), so that a dev server open beside it keeps working', async () => {
    // A build rewrote them with its own, and the open dev server's pages got « 504 Outdated Optimize Dep ».
    const metadata = path.join(PACKAGE_DIR, 'node_modules', '.vite', 'deps', '_metadata.json');
    const root = mkdtempSync(path.join(os.tmpdir(), 'lb-vite-'));
    const note = 'content/ateliers/auvergne-rhone-alpes/2026-09-24-lyon.md';
    mkdirSync(path.join(root, path.dirname(note)), { recursive: true });
    cpSync(path.join(PACKAGE_DIR, note), path.join(root, note));
    try {
      await withBuildLock(async () => {
        // Inside the lock: no dev server of another test file is running meanwhile.
        const original = existsSync(metadata) ? readFileSync(metadata, 'utf8') : null;
        const devState = JSON.stringify({ hash: 'astro-dev', configHash: 'astro-dev', lockfileHash: 'astro-dev', browserHash: 'astro-dev', optimized: {}, chunks: {} });
        mkdirSync(path.dirname(metadata), { recursive: true });
        writeFileSync(metadata, devState);
        try {
          const result = spawnSync(process.execPath, [path.join(PACKAGE_DIR, 'bin/livre-blanc.js'), 'build', '--root', root, '--out', path.join(root, 'site')], { encoding: 'utf8', env: { ...process.env, LIVRE_BLANC_CACHE: '0' } });
          expect(result.status, result.stderr).toBe(0);
          expect(readFileSync(metadata, 'utf8')).toBe(devState);
        } finally {
          if (original === null) rmSync(metadata, { force: true });
          else writeFileSync(metadata, original);
        }
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);

  it('builds from any folder, with the themes of the consultation built (not of the current folder) in /saisie, and warns of a chapter link to an anchor its built page lacks', async () => {
    // A consultation's own folder, outside the package and with no node_modules: where an ambassador runs it.
    const root = mkdtempSync(path.join(os.tmpdir(), 'lb-ailleurs-'));
    const note = 'content/ateliers/auvergne-rhone-alpes/2026-09-24-lyon.md';
    mkdirSync(path.join(root, path.dirname(note)), { recursive: true });
    cpSync(path.resolve(import.meta.dirname, '../..', note), path.join(root, note));
    mkdirSync(path.join(root, 'data'));
    writeFileSync(
      path.join(root, 'data/themes.yml'),
      'themes:\n  - id: theme-de-cette-consultation\n    libelle: Thème de cette consultation\n    description: Un thème à elle.\n    mots_cles: [agenda]\n',
    );
    // Its heading's id is accented, as Astro slugs it: the link written without the accent opens the page at its top.
    mkdirSync(path.join(root, 'content/livre-blanc'), { recursive: true });
    writeFileSync(path.join(root, 'content/livre-blanc/01-lyon.mdx'), '---\ntitre: Lyon\nordre: 1\n---\n\n## Idées partagées\n\n[Plus haut](#idées-partagées), [encore](#idees-partagees).\n');
    const bin = path.resolve(import.meta.dirname, '../../bin/livre-blanc.js');
    // Its temp dir a folder of its own, to see that the build (Astro, then Chromium for the PDF) leaves nothing there.
    const tmp = path.join(root, 'tmp');
    mkdirSync(tmp);
    try {
      const result = await withBuildLock(
        () =>
          new Promise<{ code: number | null; output: string }>((resolve) => {
            const child = spawn(process.execPath, [bin, 'build', '--out', 'site'], { cwd: root, env: { ...childTempEnv(tmp), LIVRE_BLANC_CACHE: '0' } });
            let output = '';
            child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
            child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
            child.on('exit', (code) => resolve({ code, output }));
          }),
      );
      expect(result.code, result.output).toBe(0);
      expect(existsSync(path.join(root, 'site', 'index.html'))).toBe(true);
      expect(existsSync(path.join(root, '.astro'))).toBe(false); // nothing left in the consultation's folder
      expect(readdirSync(tmp)).toEqual([]);
      const entry = readFileSync(path.join(root, 'site', 'saisie', 'index.html'), 'utf8');
      expect(entry).toContain('theme-de-cette-consultation');
      expect(entry).not.toContain('communication-jeunes'); // a theme of the package's demo
      expect(result.output.match(/\[chapitre-ancre-inconnue\]/g)).toHaveLength(1);
      expect(result.output).toMatch(/content\/livre-blanc\/01-lyon\.mdx\n\s+8:32\s+avertissement\s+Le lien vers #idees-partagees ouvre la page \/livre-blanc\/01-lyon\/ à son début/);
      expect(result.output).toContain('Conseil : Vouliez-vous dire #idées-partagées ?');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
