/**
 * End-to-end, in headless Chromium on the built demo: an item's permalink whose page number is out of date
 * (the note gained items, the page size went from 500 to 200) still lands on the item: a page without its
 * anchor looks it up in the session's pages.json and goes to the right page (src/components/permalink-client.ts);
 * a page number the session no longer has goes from the 404 page to the session's first page, which does
 * the same. An item that is in none of the session's pages is said so at the top of the content, as is an
 * index that cannot be fetched. The same in a site built with `--hors-ligne`, served under a sub-path. Opened
 * from its files, Chromium runs no module script and fetches no index: a classic script says when the item
 * is not on the page, with links to the session's other pages (src/components/permalink-files.ts).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../../scripts/serve.ts';
import { itemAnchor, permalinkIndex, sessionPageCount, sessionPageUrl } from '../../src/site/permalink.ts';
import { SESSION_PAGES_FILE } from '../../src/site/item-lookup.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, offlineCopy, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const MISSING_ID = 'zzzzzzzzzzzzz';
const NOTICE = '[data-permalink-notice]';

/** An item on page 3 or further of a session, with its session, page and permalink; and the first page of a session of one page. */
function pickItems(items: Parameters<typeof permalinkIndex>[0]) {
  const far = [...permalinkIndex(items)]
    .map(([id, link]) => ({ id, link, match: /^\/sessions\/([^/]+)\/(\d+)\/#/.exec(link) }))
    .find(({ match }) => Number(match?.[2]) >= 3);
  if (!far?.match) throw new Error('La démo n’a plus de session de trois pages au moins.');
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.sessionId, (counts.get(item.sessionId) ?? 0) + 1);
  const single = [...counts].find(([, count]) => sessionPageCount(count) === 1);
  if (!single) throw new Error('La démo n’a plus de session d’une seule page.');
  return { item: { id: far.id, sessionId: far.match[1] as string, page: Number(far.match[2]), link: far.link }, singlePage: sessionPageUrl(single[0]) };
}

/** Policy violations and script errors (a 404's own « Failed to load resource » is expected). */
const scriptErrors = (errors: string[]) => errors.filter((error) => !/Failed to load resource/.test(error));

async function expectOnItem(page: Page, url: string, itemId: string): Promise<void> {
  await page.waitForURL(url, { timeout: 15_000 });
  const anchor = page.locator(`#${itemAnchor(itemId)}`);
  await anchor.waitFor();
  expect(await anchor.isVisible()).toBe(true);
  expect(await page.locator(NOTICE).count()).toBe(0);
}

async function expectNotice(page: Page, text: RegExp): Promise<void> {
  const notice = page.locator(NOTICE);
  await notice.waitFor({ timeout: 15_000 });
  expect(await notice.innerText()).toMatch(text);
  // First in the content, and where the focus is, so that it is read first.
  expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-permalink-notice'))).toBe(true);
  expect(await page.evaluate(() => document.querySelector('main [data-permalink-notice] + h1') !== null)).toBe(true);
}

describe.skipIf(!HAS_CHROMIUM)('permaliens dont le numéro de page a changé', () => {
  const demo = demoSiteAndBrowser();
  const picked = () => pickItems(demo.site.synthesis.items);
  const at = (pathname: string) => new URL(pathname, demo.site.url).href;

  async function open(address: string) {
    const page = await demo.browser.newPage();
    const errors = watchErrors(page);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(address);
    return { page, errors, requested };
  }

  it('un lien vers une autre page de la session mène à l’élément', async () => {
    const { item } = picked();
    const { page, errors } = await open(at(`${sessionPageUrl(item.sessionId, 2)}#${itemAnchor(item.id)}`));
    try {
      await expectOnItem(page, at(item.link), item.id);
      expect(scriptErrors(errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('un numéro de page que la session n’a plus passe par la page 404 et mène à l’élément', async () => {
    const { item } = picked();
    const { page, errors } = await open(at(`${sessionPageUrl(item.sessionId, 99)}#${itemAnchor(item.id)}`));
    try {
      await expectOnItem(page, at(item.link), item.id);
      expect(scriptErrors(errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('une session manquante reste sur la page 404, sans boucle', async () => {
    const { page } = await open(at(`${sessionPageUrl('inconnue', 4)}#e-${MISSING_ID}`));
    try {
      await page.waitForURL(at(`${sessionPageUrl('inconnue')}#e-${MISSING_ID}`));
      await page.waitForLoadState('networkidle');
      expect(await page.locator('h1').innerText()).toBe('Page introuvable');
      expect(page.url()).toBe(at(`${sessionPageUrl('inconnue')}#e-${MISSING_ID}`));
    } finally {
      await page.close();
    }
  });

  it('un élément retiré est signalé en tête du contenu, et le changement d’ancre est suivi', async () => {
    const { item } = picked();
    const address = at(`${sessionPageUrl(item.sessionId, 2)}#e-${MISSING_ID}`);
    const { page, errors } = await open(address);
    try {
      await expectNotice(page, /n’est plus dans cette session/);
      expect(page.url()).toBe(address);
      // Another item's link followed from here (the hash changes, the page does not reload).
      await page.evaluate((hash) => (location.hash = hash), `#${itemAnchor(item.id)}`);
      await expectOnItem(page, at(item.link), item.id);
      expect(scriptErrors(errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('session d’une seule page : l’avis, sans rien télécharger', async () => {
    const { singlePage } = picked();
    const { page, errors, requested } = await open(at(`${singlePage}#e-${MISSING_ID}`));
    try {
      await expectNotice(page, /n’est plus dans cette session/);
      expect(requested.filter((url) => url.endsWith(SESSION_PAGES_FILE))).toEqual([]);
      expect(scriptErrors(errors)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('l’index des pages injoignable (site ouvert depuis ses fichiers, réseau coupé) : l’avis, avec un lien vers la première page', async () => {
    const { item } = picked();
    const page = await demo.browser.newPage();
    try {
      // What a browser that runs the script from a file:// page meets: its fetch fails.
      await page.route(`**/${SESSION_PAGES_FILE}`, (route) => route.abort());
      await page.goto(at(`${sessionPageUrl(item.sessionId, 2)}#${itemAnchor(item.id)}`));
      await expectNotice(page, /n’ont pas pu être consultées/);
      const first = page.locator(`${NOTICE} a`);
      expect(await first.getAttribute('href')).toBe(at(sessionPageUrl(item.sessionId)));
      expect(page.url()).toBe(at(`${sessionPageUrl(item.sessionId, 2)}#${itemAnchor(item.id)}`));
    } finally {
      await page.close();
    }
  });

  describe('site --hors-ligne', () => {
    let parent: string;
    /** The copy's parent folder, so the site is under `/livre-blanc/`. */
    let server: RunningServer;
    /** The copy itself at the root: missing addresses get its 404 page. */
    let rootServer: RunningServer;
    /** The copy, opened from its files. */
    let dir: string;
    beforeAll(async () => {
      ({ parent, dir } = await offlineCopy(demo.site, 'lb-permaliens-', 'livre-blanc'));
      server = await serve(parent, 0);
      rootServer = await serve(dir, 0);
    });
    afterAll(async () => {
      await server?.close();
      await rootServer?.close();
      if (parent) await rm(parent, { recursive: true, force: true });
    });

    it('servi sous un sous-chemin : le lien mène à l’élément', async () => {
      const { item } = picked();
      const base = new URL('livre-blanc/', server.url).href;
      const { page, errors } = await open(new URL(`sessions/${item.sessionId}/2/index.html#${itemAnchor(item.id)}`, base).href);
      try {
        await expectOnItem(page, new URL(`sessions/${item.sessionId}/${item.page}/index.html#${itemAnchor(item.id)}`, base).href, item.id);
        expect(scriptErrors(errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('un numéro de page disparu, depuis sa page 404 (liens partant de la racine trouvée) : mène à l’élément', async () => {
      const { item } = picked();
      const { page, errors } = await open(new URL(`sessions/${item.sessionId}/99/index.html#${itemAnchor(item.id)}`, rootServer.url).href);
      try {
        await expectOnItem(page, new URL(`sessions/${item.sessionId}/${item.page}/index.html#${itemAnchor(item.id)}`, rootServer.url).href, item.id);
        expect(scriptErrors(errors)).toEqual([]);
      } finally {
        await page.close();
      }
    });

    /** A session page's file:// address (`page` 1-based), with `hash`. */
    const fromFiles = (sessionId: string, page: number, hash: string) =>
      `${pathToFileURL(path.join(dir, 'sessions', sessionId, ...(page > 1 ? [String(page)] : []), 'index.html')).href}${hash}`;

    it('ouvert depuis ses fichiers : l’élément absent de la page, un avis le dit, avec les pages de la session où le chercher', async () => {
      const { item } = picked();
      const { page, errors } = await open(fromFiles(item.sessionId, 2, `#${itemAnchor(item.id)}`));
      try {
        // No module script runs from a file (permalink-client.ts): nothing moves the reader, the classic script speaks.
        await expectNotice(page, /n’est pas sur cette page.*peut-être sur une autre page de la session/s);
        expect(page.url()).toBe(fromFiles(item.sessionId, 2, `#${itemAnchor(item.id)}`));
        const links = await page.locator(`${NOTICE} a`).evaluateAll((anchors) => anchors.map((a) => ({ text: a.textContent, href: (a as HTMLAnchorElement).href })));
        // Each page of the session but this one (few here; first, last and the nearest of a long session), with the item's anchor.
        expect(links.map((link) => link.text)).toContain(`Page ${item.page}`);
        expect(links.map((link) => link.text)).not.toContain('Page 2');
        for (const link of links) expect(link.href, link.text ?? '').toMatch(new RegExp(`^file://.*/sessions/${item.sessionId}/(\\d+/)?index\\.html#${itemAnchor(item.id)}$`));
        // Followed, the right page opens on the item, without a notice.
        await page.locator(`${NOTICE} a`, { hasText: `Page ${item.page}` }).click();
        await expectOnItem(page, fromFiles(item.sessionId, item.page, `#${itemAnchor(item.id)}`), item.id);
        // An item's link followed on the page (the hash changes): the notice comes and goes with it.
        await page.evaluate((hash) => (location.hash = hash), `#e-${MISSING_ID}`);
        await expectNotice(page, /n’est pas sur cette page/);
        await page.evaluate((hash) => (location.hash = hash), `#${itemAnchor(item.id)}`);
        await page.waitForFunction((selector) => document.querySelector(selector) === null, NOTICE);
        // Only the refused module scripts complain; the classic one runs without error.
        expect(scriptErrors(errors).filter((error) => !/CORS|origin 'null'|module script/i.test(error))).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('ouvert depuis ses fichiers : session d’une seule page, l’élément absent n’y est plus', async () => {
      const { singlePage } = picked();
      const sessionId = singlePage.split('/')[2] ?? '';
      const { page } = await open(fromFiles(sessionId, 1, `#e-${MISSING_ID}`));
      try {
        await expectNotice(page, /n’est plus dans cette session/);
        expect(await page.locator(`${NOTICE} a`).count()).toBe(0);
      } finally {
        await page.close();
      }
    });

    it('ouvert depuis ses fichiers : l’élément sur la page, aucun avis', async () => {
      const { item } = picked();
      const { page } = await open(fromFiles(item.sessionId, item.page, `#${itemAnchor(item.id)}`));
      try {
        await page.waitForLoadState('load');
        expect(await page.locator(`#${itemAnchor(item.id)}`).isVisible()).toBe(true);
        expect(await page.locator(NOTICE).count()).toBe(0);
      } finally {
        await page.close();
      }
    });
  });
});
