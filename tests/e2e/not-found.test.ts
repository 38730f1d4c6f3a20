/**
 * End-to-end: the 404 page, shown by a web server at a missing address of any depth. A site built
 * with `--hors-ligne` is served under a sub-path (`/sous-chemin/`) and at the root by a server that
 * answers a missing address with the site's 404.html, as GitHub Pages, Netlify or nginx's
 * `error_page` do: from that page, the stylesheet applies, the navigation leads to the site's pages
 * and the header's search finds verbatims. Its links are relative to its file at the site's root;
 * they used to resolve against the missing address, and everything broke below the first level.
 */
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIME_TYPES, resolveFile, type RunningServer } from '../../scripts/serve.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, offlineCopy, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** `dir` served under `prefix` (`/` or `/sous-chemin/`); a missing address gets its 404.html, with status 404. */
async function serveWithNotFoundPage(dir: string, prefix: string): Promise<RunningServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = pathname.startsWith(prefix) ? resolveFile(dir, `/${pathname.slice(prefix.length)}`) : null;
    if (found && 'redirect' in found) {
      response.writeHead(301, { location: `${prefix}${found.redirect.slice(1)}` }).end();
      return;
    }
    const file = found?.file ?? path.join(dir, '404.html');
    response.writeHead(found ? 200 : 404, { 'content-type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Errors of the page: a refused script or style, a script that threw. Not the « Failed to load resource » of
 * the missing address's own 404, nor of the folders the offline 404 asks for the site's root.
 */
function pageErrors(errors: string[]): string[] {
  return errors.filter((error) => !/Failed to load resource/.test(error));
}

/** The stylesheet applied: it hides the notice written for a page whose stylesheet could not load. */
async function expectStyled(page: Page): Promise<void> {
  expect(await page.locator('h1').innerText()).toBe('Page introuvable');
  expect(await page.locator('.unserved-notice').isVisible()).toBe(false);
}

/** Depth 1 and 3 below the site's root. */
const MISSING = ['inconnue/', 'regions/inconnue/page/'];

describe.skipIf(!HAS_CHROMIUM)('page introuvable, à toute profondeur', () => {
  const demo = demoSiteAndBrowser();
  let parent: string;
  /** The site built with `--hors-ligne`. */
  let offline: string;

  beforeAll(async () => {
    ({ parent, dir: offline } = await offlineCopy(demo.site, 'lb-introuvable-', 'site'));
  });
  afterAll(async () => {
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  describe.each(['/sous-chemin/', '/'])('site --hors-ligne servi sous %s', (prefix) => {
    let server: RunningServer;
    beforeAll(async () => {
      server = await serveWithNotFoundPage(offline, prefix);
    });
    afterAll(async () => server?.close());

    it.each(MISSING)('depuis la page introuvable de %s : mise en page, navigation et recherche', { timeout: 90_000 }, async (missing) => {
      const page = await demo.browser.newPage();
      const errors = watchErrors(page);
      try {
        const address = new URL(missing, server.url).href;
        const response = await page.goto(address, { waitUntil: 'load' });
        expect(response?.status()).toBe(404);
        await expectStyled(page);
        // Served, the page is marked so by the site's script: the notice for files is hidden.
        expect(await page.locator('html.servi').count()).toBe(1);
        expect(await page.locator('.offline-notice').isVisible()).toBe(false);
        // The skip link stays in the page rather than leading to the site's root.
        expect(await page.locator('.skip-link').evaluate((link) => (link as HTMLAnchorElement).href)).toBe(`${address}#contenu`);

        await Promise.all([page.waitForURL(new URL('regions/index.html', server.url).href), page.click('.main-nav a:text-is("Régions")')]);
        expect(await page.locator('h1').innerText()).toBe('Régions');

        await page.goto(address, { waitUntil: 'load' });
        await page.fill('#recherche-entete', 'agenda');
        await Promise.all([page.waitForURL(`${new URL('recherche/index.html', server.url).href}?q=agenda`), page.press('#recherche-entete', 'Enter')]);
        const first = page.locator('a.result-link').first();
        await first.waitFor({ timeout: 30_000 });
        expect(await first.getAttribute('href')).toMatch(new RegExp(`^${prefix}sessions/[^#]+/#e-[a-z0-9]+$`));
        expect(pageErrors(errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  });

  it('site --hors-ligne : 404.html ouverte depuis son fichier', async () => {
    const page = await demo.browser.newPage();
    try {
      await page.goto(pathToFileURL(path.join(offline, '404.html')).href);
      await expectStyled(page);
      expect(await page.locator('.offline-notice').isVisible()).toBe(true);
      await Promise.all([page.waitForURL(pathToFileURL(path.join(offline, 'regions', 'index.html')).href), page.click('.main-nav a:text-is("Régions")')]);
      expect(await page.locator('h1').innerText()).toBe('Régions');
    } finally {
      await page.close();
    }
  });

  it.each(MISSING)('site construit par défaut, servi à la racine : page introuvable de %s', async (missing) => {
    const page = await demo.browser.newPage();
    const errors = watchErrors(page);
    try {
      const response = await page.goto(new URL(missing, demo.site.url).href, { waitUntil: 'load' });
      expect(response?.status()).toBe(404);
      await expectStyled(page);
      await Promise.all([page.waitForURL(new URL('regions/', demo.site.url).href), page.click('.main-nav a:text-is("Régions")')]);
      expect(await page.locator('h1').innerText()).toBe('Régions');
      expect(pageErrors(errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
