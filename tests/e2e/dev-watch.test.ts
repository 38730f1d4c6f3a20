/**
 * End-to-end, under `astro dev` (the command `npm run dev` runs, headless Chromium): a workshop note
 * added to the consultation while the site is open reloads the page, and the page shows it; the
 * entry form open beside it is left as it is; and a note saved from that form shows the same way. Guards
 * the whole chain: the integration is wired in astro.config.mjs, the watch sees the consultation
 * root (here outside the project, through LIVRE_BLANC_ROOT), and the Synthesis memoised in Vite's
 * module runner is computed anew.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import { ROOT_ENV, SYNTHESIS_ENV } from '../../src/site/synthesis.ts';
import { renderNote } from '../../src/entry/note-template.ts';
import { STORAGE_KEY } from '../../src/components/entry/draft-storage.ts';
import { sampleDraft } from '../entry/helpers.ts';
import { tempDirs } from '../support/temp-dirs.ts';
import { withBuildLock } from './support/build-lock.ts';
import { HAS_CHROMIUM, launchBrowser, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const temp = tempDirs('lb-dev-watch-');
const REGION = 'content/ateliers/bretagne';

/** A port free right now, for `astro dev --port`. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `astro dev` in its own process, as `npm run dev` starts it, without what vitest puts in the
 * environment: Astro's programmatic `dev()` serves no page under vitest (VITEST set), and with
 * NODE_ENV=test its dev server sends no reload to the pages. `--ignore-lock`: a developer's own
 * `npm run dev` may be running, and stays untouched.
 */
async function startDev(root: string): Promise<{ url: string; process: ChildProcess; output: () => string }> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, [ROOT_ENV]: root, LIVRE_BLANC_CACHE: '0' };
  for (const name of Object.keys(env)) if (name.startsWith('VITEST') || name === 'NODE_ENV' || name === SYNTHESIS_ENV) delete env[name];
  const astro = path.join(PACKAGE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const child = spawn(process.execPath, [astro, 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], { cwd: PACKAGE_DIR, env });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); Date.now() - started < 120_000; ) {
    if (child.exitCode !== null) break;
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, process: child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill();
  throw new Error(`astro dev n'a pas démarré :\n${output}`);
}

/** Whether the page's main content comes to include `text` within `timeout` ms (reloads included). */
async function shows(page: Page, text: string, timeout: number): Promise<boolean> {
  for (const started = Date.now(); Date.now() - started < timeout; ) {
    const content = await page.evaluate(() => document.querySelector('main')?.textContent ?? '').catch(() => ''); // mid-reload
    if (content.includes(text)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

let running: ChildProcess | undefined;
afterAll(() => running?.kill());

describe.skipIf(!HAS_CHROMIUM)('le site suit la consultation sous astro dev', () => {
  // Long enough to wait for the build lock behind other files' builds, as their hooks do (vitest.config.ts).
  it('une note ajoutée pendant que la page est ouverte la recharge, et la page la montre', { timeout: 600_000 }, async () => {
    const root = temp();
    mkdirSync(path.join(root, REGION), { recursive: true });
    cpSync(path.join(PACKAGE_DIR, REGION), path.join(root, REGION), { recursive: true });
    const rennes = readFileSync(path.join(root, REGION, '2026-10-01-rennes.md'), 'utf8');
    mkdirSync(path.join(root, 'content/livre-blanc'));
    writeFileSync(path.join(root, 'content/livre-blanc/01-bretagne.mdx'), '---\ntitre: Ce que dit la Bretagne\nordre: 1\n---\n\nDeux ateliers.\n');

    // The dev server shares the package's `.astro/` and Vite caches with the builds of other test files.
    await withBuildLock(async () => {
      const server = await startDev(root); // LIVRE_BLANC_CACHE=0: the developer's synthesis cache stays as it was
      running = server.process;
      const browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        const errors = watchErrors(page);
        const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 60_000 });
        await page.goto(`${server.url}/ateliers/`, { waitUntil: 'networkidle' });
        await connected; // the page listens to the dev server's reload messages
        // The entry form, open beside it, is not reloaded: it does not show the Synthesis.
        const entry = await browser.newPage();
        const entryErrors = watchErrors(entry);
        const entryConnected = entry.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 60_000 });
        await entry.goto(`${server.url}/saisie/`, { waitUntil: 'networkidle' });
        await entryConnected;
        await entry.evaluate(() => ((window as unknown as { marque: number }).marque = 1));
        expect(await entry.isVisible('#enregistrer')).toBe(true); // the dev-only button

        // The chapters are the consultation's too, not the package's demo ones.
        const chapters = await (await fetch(`${server.url}/livre-blanc/`)).text();
        expect(chapters).toContain('Ce que dit la Bretagne');
        expect(chapters).not.toContain('Introduction et démarche');

        const before = await page.locator('main').textContent();
        expect(before).toContain('Atelier Bretagne — Rennes');
        expect(before).not.toContain('Brest');

        writeFileSync(path.join(root, REGION, '2026-10-02-brest.md'), rennes.replaceAll('Rennes', 'Brest').replace('2026-10-01', '2026-10-02'));
        // Nothing but a reload by the dev server can bring the new session into this page.
        if (!(await shows(page, 'Atelier Bretagne — Brest', 60_000))) throw new Error(`La page ne s'est pas rechargée. astro dev :\n${server.output()}`);
        expect(await page.isVisible('.unserved-notice')).toBe(false); // the stylesheet applies under dev too
        expect(errors).toEqual([]);
        expect(await entry.evaluate(() => (window as unknown as { marque?: number }).marque)).toBe(1);
        expect(entryErrors).toEqual([]);
        expect(server.output()).toContain('content/ateliers/bretagne/2026-10-02-brest.md a changé');

        // The ambassador's own path: a draft in /saisie, « Enregistrer dans le dossier de la consultation »,
        // and the note is in content/ateliers/ and on the other page, the form left as it was.
        const draft = sampleDraft();
        const note = renderNote(draft);
        await entry.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify({ version: 1, draft })] as const);
        await entry.reload({ waitUntil: 'networkidle' });
        await entry.waitForSelector('#saisie-chargement', { state: 'detached' });
        await entry.evaluate(() => ((window as unknown as { marque: number }).marque = 2));
        await entry.click('#enregistrer');
        await entry.waitForFunction(() => document.getElementById('saisie-annonces')?.textContent?.includes('Note enregistrée'), null, { timeout: 10_000 });
        expect(readFileSync(path.join(root, note.path), 'utf8')).toBe(note.content);
        if (!(await shows(page, draft.lieu, 60_000))) throw new Error(`La note enregistrée n'est pas apparue. astro dev :\n${server.output()}`);
        expect(await entry.evaluate(() => (window as unknown as { marque?: number }).marque)).toBe(2);
        expect(await entry.textContent('#saisie-annonces')).toContain(`Note enregistrée dans ${note.path}`);
        expect(entryErrors).toEqual([]);
      } finally {
        await browser.close();
        server.process.kill();
      }
    });
  });
});

describe('astro dev sur une consultation sans chapitres', () => {
  it('le dit en français, sans les avertissements anglais d’Astro, et sert les pages', { timeout: 600_000 }, async () => {
    const root = temp();
    cpSync(path.join(PACKAGE_DIR, REGION), path.join(root, REGION), { recursive: true });
    await withBuildLock(async () => {
      const server = await startDev(root);
      running = server.process;
      try {
        for (const page of ['/', '/livre-blanc/']) expect((await fetch(`${server.url}${page}`)).status, page).toBe(200);
        expect(server.output()).toMatch(/Aucun chapitre dans .*content\/livre-blanc\/ \(fichiers \.mdx\)/);
        expect(server.output()).not.toMatch(/does not exist|is empty/);
      } finally {
        server.process.kill();
      }
    });
  });
});
