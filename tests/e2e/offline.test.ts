/**
 * End-to-end: the demo site made to open from its files (`build --hors-ligne`), read from file:// in
 * headless Chromium. Every link of every page leads to a file of the site; the stylesheet applies;
 * the navigation works from page to page; the notice says what needs a server; axe finds nothing.
 * Then the same folder served under a sub-path (`/livre-blanc/`): search, its links and charts work.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, offlineCopy, runAxe, scrollThrough, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** The links (href, src, action) of a page, as written. */
function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((match) => match[1] as string);
}

describe.skipIf(!HAS_CHROMIUM)('site à ouvrir depuis ses fichiers (build --hors-ligne)', () => {
  const demo = demoSiteAndBrowser();
  /** Holds the site in `livre-blanc/`, to serve it under that sub-path. */
  let parent: string;
  let dir: string;
  let pages: string[];

  beforeAll(async () => {
    const copy = await offlineCopy(demo.site, 'lb-hors-ligne-', 'livre-blanc');
    ({ parent, dir } = copy);
    expect(copy.converted).toBeGreaterThan(50);
    pages = (await readdir(dir, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.html'));
  });

  afterAll(async () => {
    if (parent) await rm(parent, { recursive: true, force: true });
  });

  it('chaque lien de chaque page mène à un fichier du site, et aucun ne part de la racine', async () => {
    let checked = 0;
    for (const page of pages) {
      const html = await readFile(path.join(dir, page), 'utf8');
      const pageUrl = pathToFileURL(path.join(dir, page));
      for (const link of linksOf(html)) {
        expect(link.startsWith('/') && !link.startsWith('//'), `${page} : ${link}`).toBe(false);
        if (/^(?:[a-z]+:|#|\/\/)/i.test(link)) continue; // another site, mail, an anchor in the page
        const target = new URL(link.replaceAll('&amp;', '&'), pageUrl);
        target.search = '';
        target.hash = '';
        expect(existsSync(fileURLToPath(target)), `${page} : ${link}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('s’ouvre depuis son fichier : mise en page, avis hors ligne, navigation de page en page', async () => {
    const page = await demo.browser.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
    expect(await page.locator('.unserved-notice').isVisible()).toBe(false); // the stylesheet loaded
    const notice = page.locator('.offline-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/sans serveur.*recherche.*graphiques.*formulaire de saisie/s);

    await page.click('.main-nav a:text-is("Régions")');
    await page.waitForURL(/\/regions\/index\.html$/);
    expect(await page.locator('h1').innerText()).toBe('Régions');
    // A chart's figures stay readable in its table, without the chart script.
    expect(await page.locator('figure.chart details[open] table').first().isVisible()).toBe(true);
    const region = page.locator('main a[href$="/index.html"]').filter({ hasText: 'Bretagne' }).first();
    await region.click();
    await page.waitForURL(/\/regions\/[^/]+\/index\.html$/);
    expect(await page.locator('h1').innerText()).toContain('Bretagne');
    expect(await page.locator('.offline-notice').isVisible()).toBe(true);
    await page.close();
  });

  it('ne présente aucune violation axe avec l’avis hors ligne', async () => {
    const page = await demo.browser.newPage();
    await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('servi sous un sous-chemin (/livre-blanc/), a la recherche, ses liens et les graphiques', { timeout: 120_000 }, async () => {
    const server = await serve(parent, 0);
    const page = await demo.browser.newPage();
    const errors = watchErrors(page);
    try {
      await page.goto(new URL('livre-blanc/recherche/index.html?q=agenda', server.url).href, { waitUntil: 'networkidle' });
      // Served, the site has everything: the notice for pages opened from their files is not shown.
      expect(await page.locator('html.servi').count()).toBe(1);
      expect(await page.locator('.offline-notice').isVisible()).toBe(false);
      const first = page.locator('a.result-link').first();
      await first.waitFor({ timeout: 30_000 });
      const href = (await first.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/livre-blanc\/sessions\/[^#]+\/#e-[a-z0-9]+$/);
      await Promise.all([page.waitForURL(`**${href}`), first.click()]);
      expect(await page.locator(':target').getAttribute('id')).toBe(href.split('#')[1]);

      await page.goto(new URL('livre-blanc/verbatims/index.html', server.url).href, { waitUntil: 'networkidle' });
      const source = page.locator('[data-results] .source a, .verbatim .source a').first();
      await source.waitFor({ timeout: 30_000 });
      expect(await source.getAttribute('href')).toMatch(/^\/livre-blanc\/sessions\//);

      await page.goto(new URL('livre-blanc/regions/index.html', server.url).href, { waitUntil: 'networkidle' });
      await scrollThrough(page); // charts are drawn as they come into view
      await page.locator('figure.chart .chart-canvas:not([hidden])').first().waitFor({ timeout: 30_000 });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await server.close();
    }
  });
});
