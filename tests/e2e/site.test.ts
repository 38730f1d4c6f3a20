/**
 * End-to-end: the demo white paper built once, served, and read in headless Chromium — every kind
 * of page, its counts, axe-core, console errors, JavaScript disabled, print, screenshots.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { TAGS } from '../../src/pipeline/model.ts';
import { formatInteger } from '../../src/site/format.ts';
import { describeReasons } from '../../src/pipeline/rejection-reasons.ts';
import { regionUrl, themeUrl, sessionPageUrl } from '../../src/site/urls.ts';
import { BUILD_STEPS, PACKAGE_DIR } from '../../src/cli/build.ts';
import { plainTypography } from '../support/typography.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, overflowingElements, runAxe, scrollThrough, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const SCREENSHOTS = path.join(PACKAGE_DIR, 'test-results', 'screenshots');
/** Every kind of page this suite reads (search pages have their own tests). */
const PAGE_KINDS = [
  'accueil', 'livre-blanc', 'chapitre', 'themes', 'theme', 'regions', 'region', 'ateliers', 'session',
  'methodologie', 'accessibilite', 'telechargements', 'idees-fortes', 'imprimer',
] as const;

describe.skipIf(!HAS_CHROMIUM)('site du livre blanc (Chromium)', () => {
  const demo = demoSiteAndBrowser();
  /** One page of each kind, by name. */
  let pages: Record<(typeof PAGE_KINDS)[number], string>;

  beforeAll(() => {
    const { synthesis } = demo.site;
    const region = synthesis.regions.find((r) => r.code === '11') ?? synthesis.regions[0];
    const session = synthesis.sessions.find((s) => s.kind === 'workshop') ?? synthesis.sessions[0];
    if (!region || !session) throw new Error('La démo doit avoir au moins une région et une session.');
    pages = {
      accueil: '/',
      'livre-blanc': '/livre-blanc/',
      chapitre: '/livre-blanc/introduction/',
      themes: '/themes/',
      theme: themeUrl('saisie-ergonomie'),
      regions: '/regions/',
      region: regionUrl(region),
      ateliers: '/ateliers/',
      session: sessionPageUrl(session.id),
      methodologie: '/methodologie/',
      accessibilite: '/accessibilite/',
      telechargements: '/telechargements/',
      'idees-fortes': '/idees-fortes/',
      imprimer: '/imprimer/',
    };
  });

  async function open(
    pathname: string,
    options: { javaScript?: boolean; reducedMotion?: boolean } = {},
  ): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await demo.browser.newContext({
      javaScriptEnabled: options.javaScript ?? true,
      viewport: { width: 1280, height: 900 },
      ...(options.reducedMotion ? { reducedMotion: 'reduce' as const } : {}),
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
    expect(response?.status(), pathname).toBe(200);
    return { page, errors, close: () => context.close() };
  }

  it('writes every page with a strict policy, no inline script or style', async () => {
    console.info(`Construction du site de démonstration : ${(demo.site.buildMilliseconds / 1000).toFixed(1)} s`);
    // Each step is announced as it starts (at a million items the build takes minutes).
    expect(demo.site.steps).toEqual([BUILD_STEPS.downloads, BUILD_STEPS.pages, BUILD_STEPS.search, BUILD_STEPS.pdf]);
    const files = (await readdir(demo.site.dir, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const html = await readFile(path.join(demo.site.dir, file), 'utf8');
      expect(html, file).toMatch(/<html lang="fr"/);
      expect(html, file).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self'/);
      expect(html, file).not.toContain('unsafe-inline');
      // Every script is an external file; no inline <style> or style attribute (CSP would block them).
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, file).toMatch(/\bsrc="/);
      expect(html, file).not.toMatch(/<style\b/);
      expect(html, file).not.toMatch(/\sstyle="/);
      expect(html, file).not.toMatch(/href="javascript:/i);
    }
  });

  it('keeps the spaces between text and computed values (French typography: « ; 52 % », « blanc (écrire »)', async () => {
    // Astro drops the line break between a text and an expression on the next line: « consultation ;52 % ».
    const files = (await readdir(demo.site.dir, { recursive: true })).filter((f) => f.endsWith('.html'));
    const glued: string[] = [];
    for (const file of files) {
      // Tags become a separator (two list items are not glued text); entities are decoded.
      const text = (await readFile(path.join(demo.site.dir, file), 'utf8'))
        .replace(/<(script|style|code|pre)\b[\s\S]*?<\/\1>/g, '\u0000')
        .replace(/<[^>]+>/g, '\u0000')
        .replace(/&(#x[0-9a-f]+|#[0-9]+|quot|lt|gt|amp|nbsp);/gi, (_entity, name: string) =>
          name.startsWith('#x') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : ({ quot: '"', lt: '<', gt: '>', amp: '&', nbsp: ' ' } as Record<string, string>)[name] ?? '',
        );
      for (const match of text.matchAll(/[^\u0000]{0,20}(?:;(?=[^\s\u0000])|[a-zé](?=\((?!e\)|s\)|es\)))).{0,12}/g)) glued.push(`${file} : ${match[0]}`);
    }
    expect(glued).toEqual([]);
  });

  it('home: key figures from the Synthesis, convergent needs, ideas, a chart and the map', async () => {
    const { page, errors, close } = await open(pages.accueil);
    const { synthesis } = demo.site;
    const figures = await page.locator('.key-figures .value').allTextContents();
    expect(figures).toContain(formatInteger(synthesis.sessions.length));
    expect(figures).toContain(formatInteger(synthesis.regions.length));
    expect(figures).toContain(formatInteger(synthesis.items.length));
    for (const tag of TAGS) {
      const expected = formatInteger(filterItems(synthesis.items, { tag }).length);
      expect(await page.locator(`.key-figures [data-tag="${tag}"] .value`).textContent()).toBe(expected);
    }
    expect(await page.locator('#convergents + ol li').count()).toBeGreaterThan(0);
    // Every demo item has a region: convergence rests on all of them, and no base is said.
    expect(await page.locator('[data-convergence-base]').count()).toBe(0);
    // The tag counts mix given and inferred tags: the inferred ones are counted, and may err.
    const inferred = synthesis.items.filter((item) => item.tagSource === 'inferred');
    const low = inferred.filter((item) => item.confidence < 0.6).length;
    const caveat = ((await page.locator('[data-inferred-tags]').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(caveat).toContain(`L’étiquette de ${formatInteger(inferred.length)} éléments sur ${formatInteger(synthesis.items.length)} est déduite du texte`.replace(/\s+/g, ' '));
    expect(caveat).toContain(`(${formatInteger(low)} avec une confiance inférieure à 60`.replace(/\s+/g, ' '));
    expect(await page.locator('.ideas li').count()).toBeGreaterThan(0);
    // The map: one keyboard-reachable link per region of the consultation, named with its count.
    const tiles = page.locator('.region-map svg a');
    expect(await tiles.count()).toBe(synthesis.regions.length);
    expect(await tiles.first().getAttribute('aria-label')).toMatch(/^[A-Z]+ [\d\u202f]+ — .+ : [\d\u202f]+ éléments?$/);
    // The chart is drawn when it comes into view: canvas shown, table folded but still there.
    await page.locator('#accueil-themes').scrollIntoViewIfNeeded();
    await page.locator('#accueil-themes .chart-canvas:not([hidden]) canvas').waitFor();
    expect(await page.locator('#accueil-themes canvas').getAttribute('role')).toBe('img');
    expect(await page.locator('#accueil-themes details').getAttribute('open')).toBeNull();
    expect(errors).toEqual([]);
    await close();
  });

  it('reports the compressed weight of the home page (HTML, CSS, JS, chart code included)', async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    const bodies: Array<{ url: string; bytes: number }> = [];
    // Each body is read asynchronously: all of them are awaited before the sum (a late one was missed on a loaded host).
    const reads: Array<Promise<void>> = [];
    page.on('response', (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (!/html|css|javascript|svg|json/.test(type)) return;
      reads.push(response.body().then((body) => void bodies.push({ url: response.url(), bytes: gzipSync(body, { level: 9 }).byteLength }), () => undefined));
    });
    await page.goto(demo.site.url, { waitUntil: 'networkidle' });
    await scrollThrough(page);
    // The chart code loads when a chart comes into view: wait until one is drawn.
    await page.locator('.chart-canvas:not([hidden]) canvas').first().waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(reads);
    const total = bodies.reduce((n, b) => n + b.bytes, 0);
    console.info(`Poids de la page d'accueil (gzip) : ${(total / 1024).toFixed(1)} Ko en ${bodies.length} fichiers`);
    // Chart.js is part of it once a chart has been drawn.
    expect(bodies.some((b) => /chart-render/.test(b.url))).toBe(true);
    await context.close();
  });

  it('the map is reachable with the keyboard', async () => {
    const { page, close } = await open(pages.accueil);
    const firstTile = page.locator('.region-map svg a').first();
    await firstTile.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/regions\/[a-z-]+\/$/);
    await close();
  });

  it('a chapter: French prose with numbers computed from the Synthesis', async () => {
    const { page, errors, close } = await open(pages.chapitre);
    expect(await page.locator('h1').textContent()).toBe('Introduction et démarche');
    const items = page.locator('.figure-number[data-stat="items"]').first();
    expect(await items.textContent()).toBe(formatInteger(demo.site.synthesis.items.length));
    expect(await page.locator('.chapter-nav a[rel="next"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });

  it("a theme: its chart table counts equal the verbatims listed behind them", async () => {
    const { page, errors, close } = await open(pages.theme);
    expect(await page.locator('h1').textContent()).toBe('Saisie et ergonomie');
    for (const tag of TAGS) {
      const expected = filterItems(demo.site.synthesis.items, { theme: 'saisie-ergonomie', tag }).length;
      const cell = page.locator(`#theme-etiquettes-tableau tr[data-category="${tag}"] td[data-series="items"]`);
      expect(Number(await cell.getAttribute('data-value'))).toBe(expected);
      const section = page.locator(`section[data-verbatims-tag="${tag}"]`);
      expect(Number(await section.getAttribute('data-total'))).toBe(expected);
      const listed = await section.locator('li.verbatim').count();
      // The five most supported; the explorer lists them all (site-theme-page.test.ts).
      if (expected <= 5) expect(listed).toBe(expected);
      else {
        expect(listed).toBe(5);
        expect(await section.textContent()).toContain(`Voir les ${formatInteger(expected)} verbatims`);
      }
      // Each verbatim links to its permalink on its session page.
      if (listed > 0) expect(await section.locator('li.verbatim a[href^="/sessions/"]').first().getAttribute('href')).toMatch(/^\/sessions\/[^/]+\/(\d+\/)?#e-/);
    }
    expect(errors).toEqual([]);
    await close();
  });

  it('a region: its distinctive themes, sessions and verbatims', async () => {
    const { page, errors, close } = await open(pages.region);
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await page.getByRole('heading', { name: 'Ce qui ressort particulièrement ici' }).count()).toBe(1);
    expect(await page.locator('li.verbatim').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("a session: every item of the page has its anchor, and a permalink lands on it", async () => {
    const { synthesis } = demo.site;
    const session = synthesis.sessions.find((s) => s.kind === 'workshop');
    const item = synthesis.items.find((i) => i.sessionId === session?.id);
    if (!session || !item) throw new Error('aucun élément');
    const { page, errors, close } = await open(`${sessionPageUrl(session.id)}#e-${item.id}`);
    const expected = filterItems(synthesis.items, { session: session.id }).length;
    expect(await page.locator('li.verbatim[id^="e-"]').count()).toBe(Math.min(expected, 500));
    expect(plainTypography((await page.locator(`#e-${item.id} blockquote`).textContent()) ?? '')).toBe(plainTypography(item.text));
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(`e-${item.id}`);
    expect(errors).toEqual([]);
    await close();
  });

  it('methodology: the reconciliation holds and is shown', async () => {
    const { page, close } = await open(pages.methodologie);
    const { reconciliation } = demo.site.synthesis;
    const total = await page.locator('#bilan-fichiers tfoot td').allTextContents();
    // The reasons are check's, from the same reconciliation: « 60 non-réponses [non-reponses-ecartees], 3 réponses qui… ».
    expect(total.map(plainTypography)).toEqual(
      [...[reconciliation.read, reconciliation.kept, reconciliation.rejected].map(formatInteger), describeReasons(reconciliation.reasons)].map(plainTypography),
    );
    expect(plainTypography(total[3] ?? '')).toMatch(/^\d+ non-réponses \[non-reponses-ecartees\], \d+ réponses? qui laissen?t des coordonnées \[coordonnees-laissees\]$/);
    expect(reconciliation.read).toBe(reconciliation.kept + reconciliation.rejected);
    expect(await page.locator('#bilan-fichiers tbody tr').count()).toBe(reconciliation.files.length);
    // Each entry set aside can be audited: the bilan links to their list.
    expect(await page.locator('#ecartes a[href="/telechargements/ecartes.csv"]').count()).toBe(1);
    await close();
  });

  it('accessibility statement and downloads', async () => {
    const statement = await open(pages.accessibilite);
    // The demo declares no audit: the RGAA then requires « non conforme », in the statement and every footer.
    expect(await statement.page.locator('[data-conformity]').getAttribute('data-conformity')).toBe('non');
    expect(await statement.page.textContent('main')).toContain('aucun audit de conformité n’a encore été réalisé');
    expect(await statement.page.textContent('footer')).toContain('Accessibilité\u00a0: non conforme');
    expect(await statement.page.locator('main time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await statement.close();
    const downloads = await open(pages.telechargements);
    const links = await downloads.page.locator('main table a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(links).toContain('/telechargements/synthese.json');
    expect(links).toContain('/telechargements/ecartes.csv');
    expect(links.some((href) => href.startsWith('/donnees/')), 'une seule copie de synthese.json').toBe(false);
    for (const href of links) {
      const response = await downloads.page.request.get(new URL(href, demo.site.url).href);
      expect(response.status(), href).toBe(200);
    }
    await downloads.close();
  });

  it.each(PAGE_KINDS)('axe-core finds no violation (WCAG 2.x A and AA) on the page « %s », nor console error', async (name) => {
    const { page, errors, close } = await open(pages[name]);
    await scrollThrough(page);
    expect(await runAxe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it('reading works without JavaScript: content and data tables are there', async () => {
    for (const name of ['accueil', 'theme', 'chapitre'] as const) {
      const { page, close } = await open(pages[name], { javaScript: false });
      expect(await page.locator('main h1').count()).toBeGreaterThan(0);
      // Without the chart script the canvas stays hidden and its data table open.
      const tables = page.locator('figure.chart details[open] table');
      expect(await tables.count(), name).toBeGreaterThan(0);
      expect(await page.locator('figure.chart .chart-canvas:not([hidden])').count()).toBe(0);
      await close();
    }
  });

  it('opened from its file rather than served, tells how to serve it; served, says nothing of it', async () => {
    const served = await open(pages.accueil);
    expect(await served.page.locator('.unserved-notice').isVisible()).toBe(false);
    expect(await served.page.locator('.offline-notice').isVisible()).toBe(false); // only in a --hors-ligne build
    await served.close();
    // From file:// the absolute links to the stylesheet lead nowhere: the notice is no longer hidden.
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(demo.site.dir, 'index.html')).href);
    const notice = page.locator('.unserved-notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toMatch(/doit être servi par un serveur web.*npm run serve.*build --hors-ligne/s);
    await context.close();
  });

  it('every kind of page fits a phone screen: nothing scrolls sideways but the tables in their own region', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const pathname of [...Object.values(pages), '/recherche/', '/verbatims/', '/saisie/']) {
      await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
      const overflow = await overflowingElements(page);
      expect(overflow, pathname).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBeLessThanOrEqual(390);
    }
    await context.close();
  });

  it('prints chapters cleanly: no navigation, every data table unfolded', async () => {
    const { page, close } = await open(pages.imprimer);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.header-search').isVisible()).toBe(false);
    const tables = page.locator('figure.chart table');
    const count = await tables.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) expect(await tables.nth(i).isVisible()).toBe(true);
    await close();
  });

  // For people to look at (test-results/screenshots/); checked to be whole pages of the size asked, not blank.
  it('saves screenshots of the home, a theme and a region', { timeout: 60_000 }, async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const expectPicture = (png: Buffer, width: number, minHeight: number, name: string) => {
      expect(png.subarray(1, 4).toString('latin1'), name).toBe('PNG');
      expect(png.readUInt32BE(16), name).toBe(width); // the IHDR chunk: width, then height
      expect(png.readUInt32BE(20), name).toBeGreaterThanOrEqual(minHeight);
      expect(png.length, name).toBeGreaterThan(20_000); // a blank page compresses to a few KB
    };
    for (const name of ['accueil', 'theme', 'region'] as const) {
      // Without motion the charts are drawn in their final state at once (chart-render.ts): no 300 ms animation to outwait.
      const { page, close } = await open(pages[name], { reducedMotion: true });
      await scrollThrough(page);
      // Each chart is drawn as it comes into view, once its code has loaded, and marked so (figure[data-drawn]).
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].every((figure) => figure.dataset.drawn === 'true'));
      // The fonts in, then two frames: the last drawings painted.
      await page.evaluate(async () => {
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expectPicture(await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true }), 1280, Math.min(height, 900), name);
      await close();
    }
    const { page, close } = await open(pages.accueil);
    await page.setViewportSize({ width: 390, height: 844 });
    expectPicture(await page.screenshot({ path: path.join(SCREENSHOTS, 'accueil-mobile.png') }), 390, 844, 'accueil-mobile');
    await close();
  });
});
