/**
 * End-to-end: /saisie/ opened once online keeps working without network (its service worker,
 * src/components/entry/offline-worker.ts), in headless Chromium: reloaded offline, the form, its
 * check and the download work; another page is not kept; the worker's scope is the form's folder,
 * also on a `build --hors-ligne` site served under a sub-path.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.ts';
import { buildDemoSite, HAS_CHROMIUM, launchBrowser, offlineCopy, SKIP_MESSAGE, watchErrors, type BuiltSite } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const NOTICE = 'Cette page fonctionne aussi sans réseau une fois ouverte';

/** Opens the form online and waits until its worker controls it and has kept what the page loaded. */
async function openOnline(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('#saisie-chargement', { state: 'detached' });
  await page.waitForSelector('#hors-ligne', { state: 'visible', timeout: 15_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** What the page's origin keeps in its caches: the URLs, and their size in bytes. */
function cached(page: Page): Promise<{ urls: string[]; bytes: number }> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    let bytes = 0;
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        urls.push(new URL(request.url).pathname);
        bytes += (await (await cache.match(request))?.arrayBuffer())?.byteLength ?? 0;
      }
    }
    return { urls: urls.sort(), bytes };
  });
}

describe.skipIf(!HAS_CHROMIUM)('/saisie/ sans réseau, une fois ouverte (service worker, Chromium)', () => {
  let site: BuiltSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildDemoSite();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('reloaded offline, the form is there, checks the note and downloads it; other pages are not kept', { timeout: 90_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const page = await openOnline(context, new URL('/saisie/', site.url).href);
      expect(await page.textContent('#hors-ligne')).toContain(NOTICE);
      // The worker's scope is the form's folder, not the site.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(new URL('/saisie/', site.url).href);
      const worker = await stat(path.join(site.dir, 'saisie', 'hors-ligne.js'));
      const kept = await cached(page);
      console.log(`Service worker : ${worker.size} octets ; cache après la première visite : ${kept.urls.length} fichiers, ${kept.bytes} octets.`);
      // The page and what it loaded (its scripts and stylesheets, the icon), nothing else of the site.
      expect(kept.urls).toContain('/saisie/');
      expect(kept.urls.some((url) => /^\/_astro\/check-draft\.[\w-]+\.js$/.test(url))).toBe(true);
      expect(kept.urls.filter((url) => !url.startsWith('/saisie/') && !url.startsWith('/_astro/') && url !== '/favicon.svg')).toEqual([]);

      await context.setOffline(true);
      const errors = watchErrors(page);
      await page.reload();
      await page.waitForSelector('#saisie-chargement', { state: 'detached', timeout: 15_000 });
      // Said once the worker answers, from the page's own files.
      await page.waitForSelector('#hors-ligne-etat', { state: 'visible', timeout: 5000 });
      expect(await page.locator('#hors-ligne-etat').textContent()).toContain('Vous êtes hors ligne');

      // The check runs in the page: a region chosen, a wrong date flagged, an item written.
      await page.fill('#f-region', 'Bretagne');
      await page.fill('#f-lieu', 'Quimper');
      await page.fill('#f-date', '2026-02-30');
      await page.locator('#f-date').blur();
      await page.waitForFunction(() => /\S/.test(document.getElementById('f-date-msg')?.textContent ?? ''), undefined, { timeout: 5000 });
      await page.fill('#f-date', '2026-11-18');
      await page.focus('#s-working-elements .item-text');
      await page.keyboard.type('Un accueil sans rendez-vous.');
      await page.waitForFunction(() => document.getElementById('verification-etat')?.textContent?.startsWith('Aucune erreur bloquante'), undefined, { timeout: 5000 });
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#telecharger')]);
      expect(download.suggestedFilename()).toBe('2026-11-18-quimper.md');
      expect(await readFile(await download.path(), 'utf8')).toContain('- Un accueil sans rendez-vous.');
      expect(errors).toEqual([]);

      // Another page of the site is not served from the form's cache.
      const other = await context.newPage();
      await expect(other.goto(new URL('/themes/', site.url).href)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);

      // Back online, the status goes.
      await context.setOffline(false);
      await page.waitForSelector('#hors-ligne-etat', { state: 'hidden' });
    } finally {
      await context.close();
    }
  });

  it('served under a sub-path (build --hors-ligne), the worker keeps the form’s folder there', { timeout: 90_000 }, async () => {
    const { parent } = await offlineCopy(site, 'livre-blanc-saisie-hors-ligne-', 'livre-blanc');
    const server = await serve(parent, 0);
    const context = await browser.newContext();
    try {
      const url = new URL('livre-blanc/saisie/index.html', server.url).href;
      const page = await openOnline(context, url);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(new URL('livre-blanc/saisie/', server.url).href);
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('#saisie-chargement', { state: 'detached', timeout: 15_000 });
      await page.waitForSelector('#hors-ligne', { state: 'visible', timeout: 5000 });
    } finally {
      await context.close();
      await server.close();
      await rm(parent, { recursive: true, force: true });
    }
  });
});
