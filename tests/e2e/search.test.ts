/**
 * End to end, in headless Chromium, on the built demo site: search (accent folding, highlighting,
 * keyboard, facets, permalinks) and the verbatim explorer (facet counts equal the charts' tables),
 * with axe-core on both pages. Skipped, with a message, when Chromium is absent.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, demoSiteAndBrowser } from './support/site.ts';
import { expandFacets } from '../../src/search/store.ts';
import { FACETS_FILE, MANIFEST_FILE, chunkFile, type Chunk, type FacetTable, type Manifest } from '../../src/search/format.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const SCREENSHOTS = path.join(REPO, 'test-results/screenshots');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) console.warn(`Tests de bout en bout de la recherche ignorés : Chromium absent (${CHROMIUM}).`);

describe.skipIf(!hasChromium)('search and verbatim explorer in Chromium', () => {
  const demo = demoSiteAndBrowser();
  const base = () => demo.site.url.replace(/\/$/, '');

  beforeAll(() => {
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  async function open(url: string, options: { bypassCSP?: boolean } = {}): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
    const context = await demo.browser.newContext(options);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${base()}${url}`);
    return { page, context, errors };
  }

  async function searchFor(page: Page, query: string): Promise<string> {
    const input = page.locator('#recherche-champ');
    await input.focus();
    await page.keyboard.type(query);
    const status = page.locator('[data-status]');
    await status.filter({ hasText: new RegExp(`pour «\\s${query}\\s»`) }).waitFor();
    await page.locator('[data-facets]:not([hidden])').waitFor();
    return (await status.textContent()) ?? '';
  }

  const numberIn = (text: string) => Number((text.match(/[\d\s\u202f\u00a0]+/)?.[0] ?? '').replace(/\D/g, ''));

  /** The rows of a list of results or verbatims: text, and how many identical answers each stands for. */
  async function rowsOf(page: Page): Promise<Array<{ text: string; count: number }>> {
    return page.locator('[data-results] > li, [data-list] > li').evaluateAll((items) =>
      items.map((item) => ({
        // As shown: without the place a result's link names for screen readers (result-place.ts).
        text: [...(item.querySelector('.result-text, blockquote')?.childNodes ?? [])]
          .map((node) => (node instanceof Element ? [...node.childNodes].filter((child) => !(child instanceof Element && child.classList.contains('visually-hidden'))).map((child) => child.textContent).join('') : node.textContent))
          .join('')
          .trim(),
        count: Number((item.querySelector('.repeats')?.textContent ?? '1').match(/^[\d\s\u202f\u00a0]+/)?.[0]?.replace(/\D/g, '') ?? '1'),
      })),
    );
  }

  async function axe(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: readFileSync(path.join(REPO, 'node_modules/axe-core/axe.min.js'), 'utf8') });
    return page.evaluate(async (tags) => {
      const run = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
      const result = await run.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    }, AXE_TAGS);
  }

  it('finds « données » when typing « donnees », highlighted, and opens the permalink with the keyboard', async () => {
    const { page, context, errors } = await open('/recherche/');
    const status = await searchFor(page, 'donnees');
    expect(numberIn(status)).toBeGreaterThan(0);
    const first = page.locator('[data-results] li').first();
    const marks = await first.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toMatch(/^donn/);
    expect(await page.locator('[data-results] mark', { hasText: /données/i }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'recherche-donnees.png'), fullPage: true });

    // Keyboard: ↓ to the results, ↓ to the next, ↑ back, Échap to the box, then Enter opens one.
    await page.keyboard.press('ArrowDown');
    const links = page.locator('a.result-link');
    expect(await links.nth(0).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#recherche-champ').evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const href = (await links.nth(0).getAttribute('href')) ?? '';
    const resultText = await links.nth(0).evaluate((link) => [...link.childNodes].filter((node) => !(node instanceof Element && node.classList.contains('visually-hidden'))).map((node) => node.textContent).join(''));
    expect(href).toMatch(/^\/sessions\/[^#]+\/#e-[a-z0-9]+$/);
    await Promise.all([page.waitForURL(`**${href}`), page.keyboard.press('Enter')]);
    const anchored = page.locator(':target');
    expect(await anchored.getAttribute('id')).toBe(href.split('#')[1]);
    const itemText = (await anchored.locator('blockquote').textContent()) ?? '';
    expect(itemText).toMatch(/donn[ée]es/i);
    expect(itemText).toContain(resultText.replace(/^… | …$/g, '').slice(0, 30));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters search results by facet: the number shown equals the facet count', async () => {
    const { page, context } = await open('/recherche/?q=saisie');
    await page.locator('[data-status]').filter({ hasText: /pour «\ssaisie\s»/ }).waitFor();
    // Written in the browser, the status has the pages' French no-break spaces.
    expect(await page.locator('[data-status]').textContent()).toContain('pour «\u00a0saisie\u00a0»');
    await page.locator('[data-facets]:not([hidden])').waitFor();
    // Values without a match are hidden (unless ticked); every visible one has a count.
    const visibleCounts = await page.locator('[data-facets] li:visible .facet-count').allTextContents();
    expect(visibleCounts.length).toBeGreaterThan(3);
    for (const count of visibleCounts) expect(numberIn(count)).toBeGreaterThan(0);
    const checkbox = page.locator('[data-facets] input[name="tag"][value="broken"]');
    const label = (await page.locator(`label[for="${await checkbox.getAttribute('id')}"]`).textContent()) ?? '';
    const expected = numberIn(label.slice(label.lastIndexOf('(')));
    expect(expected).toBeGreaterThan(0);
    await checkbox.check();
    await page.locator('[data-status]').filter({ hasText: /retenus? par les filtres/ }).waitFor();
    const status = (await page.locator('[data-status]').textContent()) ?? '';
    expect(numberIn(status.slice(status.indexOf('(')))).toBe(expected);
    expect(page.url()).toContain('tag=broken');
    expect(await page.locator('[data-results] li .tag').evaluateAll((tags) => tags.every((t) => t.classList.contains('tag-broken')))).toBe(true);
    await context.close();
  });

  it('explorer: facet counts and the list equal the theme page’s chart table, and the state is in the URL', async () => {
    const theme = 'saisie-ergonomie';
    const { page, context, errors } = await open(`/themes/${theme}/`);
    const chartCount = Number(await page.locator('table[data-chart-table="theme-etiquettes"] tr[data-category="broken"] td').first().getAttribute('data-value'));
    expect(chartCount).toBeGreaterThan(0);

    await page.goto(`${base()}/verbatims/?theme=${theme}`);
    await page.locator('[data-explorer-app]:not([hidden])').waitFor();
    expect(await page.locator('[data-static-counts]').isVisible()).toBe(false);
    await page.locator('[data-list] li').first().waitFor();
    const tagBox = page.locator('[data-facets] input[name="tag"][value="broken"]');
    const label = (await page.locator(`label[for="${await tagBox.getAttribute('id')}"]`).textContent()) ?? '';
    expect(numberIn(label.slice(label.lastIndexOf('(')))).toBe(chartCount);
    expect(await page.locator(`[data-facets] input[name="theme"][value="${theme}"]`).isChecked()).toBe(true);

    await tagBox.check();
    await page.waitForURL(/tag=broken/);
    await expect.poll(async () => numberIn((await page.locator('[data-status]').textContent()) ?? ''), { timeout: 15_000 }).toBe(chartCount);
    // Identical answers are one row saying their number: the rows of every page stand for the chart's count.
    const lines = await rowsOf(page);
    expect(lines.length).toBeLessThanOrEqual(50);
    // Each row links to its permalink and says where it comes from.
    const link = page.locator('[data-list] > li').first().locator('.source a');
    expect(await link.getAttribute('href')).toMatch(/^\/sessions\/.+#e-/);

    // A shared URL restores the same view; the next page continues the list.
    const shared = page.url();
    const second = await demo.browser.newPage();
    await second.goto(shared);
    // A fresh page loads the explorer's data first: on a loaded CI machine, longer than the poll's default second.
    await second.locator('[data-explorer-app]:not([hidden])').waitFor();
    await expect.poll(async () => numberIn((await second.locator('[data-status]').textContent()) ?? ''), { timeout: 15_000 }).toBe(chartCount);
    await second.locator('[data-list] > li').first().waitFor();
    expect(await rowsOf(second)).toEqual(lines);
    let standFor = lines.reduce((sum, row) => sum + row.count, 0);
    for (let pageNumber = 2; (await second.locator('[data-pager] a[rel="next"]').count()) > 0; pageNumber++) {
      expect(lines).toHaveLength(50);
      await second.locator('[data-pager] a[rel="next"]').click();
      await second.waitForURL(new RegExp(`page=${pageNumber}`));
      await second.locator('[data-list-title]', { hasText: new RegExp(`page ${pageNumber}`) }).waitFor();
      standFor += (await rowsOf(second)).reduce((sum, row) => sum + row.count, 0);
    }
    expect(standFor).toBe(chartCount);
    await second.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists the theme and region filters by their French name, « Autres » last, on both pages', async () => {
    /** The labels of a facet group, without their counts, as listed. */
    const labels = (page: Page, dimension: string) =>
      page.locator(`[data-facets] input[name="${dimension}"] + label`).evaluateAll((nodes) =>
        nodes.map((node) => (node.textContent ?? '').replace(/\s*\([\d\s\u202f\u00a0]*\)\s*$/, '').trim()),
      );
    const collator = new Intl.Collator('fr');
    const inFrenchOrder = (names: string[]) => [...names].sort(collator.compare);
    const explorer = await open('/verbatims/');
    await explorer.page.locator('[data-explorer-app]:not([hidden])').waitFor();
    await explorer.page.locator('[data-list] li').first().waitFor();
    const themes = await labels(explorer.page, 'theme');
    expect(themes.length).toBeGreaterThan(10);
    expect(themes.at(-1)).toBe('Autres');
    expect(themes.slice(0, -1)).toEqual(inFrenchOrder(themes.slice(0, -1)));
    expect(themes[0]).toBe('Accès mobile et nomade');
    const regions = await labels(explorer.page, 'region');
    expect(regions.length).toBeGreaterThan(5);
    expect(regions).toEqual(inFrenchOrder(regions));
    await explorer.context.close();
    const search = await open('/recherche/');
    await searchFor(search.page, 'saisie');
    expect(await labels(search.page, 'theme')).toEqual(themes);
    await search.context.close();
  });

  it('shows identical answers once, with their number, in the results and in the explorer', async () => {
    // The demo's most repeated answer, read from the published index (documents of a repeat are consecutive).
    const indexDir = path.join(demo.site.dir, 'index-recherche');
    const manifest = JSON.parse(readFileSync(path.join(indexDir, MANIFEST_FILE), 'utf8')) as Manifest;
    const facets = expandFacets(JSON.parse(readFileSync(path.join(indexDir, FACETS_FILE), 'utf8')) as FacetTable, manifest);
    const head = facets.reduce((best, item) => (item.repeat > best.repeat ? item : best));
    expect(head.repeat).toBeGreaterThan(0);
    const chunk = JSON.parse(readFileSync(path.join(indexDir, chunkFile(Math.floor(head.doc / manifest.docsPerChunk))), 'utf8')) as Chunk;
    const text = chunk.docs[head.doc % manifest.docsPerChunk]?.[0] ?? '';

    const { page, context, errors } = await open(`/recherche/?q=${encodeURIComponent(text)}`);
    const status = page.locator('[data-status]').filter({ hasText: /résultat/ });
    await status.waitFor();
    const results = numberIn((await status.textContent()) ?? '');
    // A double click on « more » lists the next results once (the longest text of the demo finds more than a page).
    expect(await page.locator('[data-more]').isVisible()).toBe(true);
    {
      const before = await page.locator('[data-results] > li').count();
      await page.locator('[data-more]').dblclick();
      // Both clicks are handled once dblclick returns; the first's results listed, the focus goes to the first
      // of them. A second load of the same results would await the same chunk files (the store keeps their
      // fetch), so it would list them in the same task; the totals checked below, once every page is listed, count them too.
      await expect.poll(() => page.locator('[data-results] > li').count()).toBeGreaterThan(before);
      await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('result-link') ?? false)).toBe(true);
      const hrefs = await page.locator('a.result-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(new Set(hrefs).size).toBe(hrefs.length);
    }
    for (let shown = 0; await page.locator('[data-more]').isVisible(); ) {
      shown = await page.locator('[data-results] > li').count();
      await page.locator('[data-more]').click();
      await expect.poll(() => page.locator('[data-results] > li').count()).toBeGreaterThan(shown);
    }
    const rows = await rowsOf(page);
    expect(rows.filter((row) => row.text === text && row.count === head.repeat + 1)).toHaveLength(1);
    expect(rows.length).toBeLessThan(results);
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(results);

    const tag = head.tag;
    await page.goto(`${base()}/verbatims/?tag=${tag}`);
    await page.locator('[data-list] > li').first().waitFor();
    expect(await page.locator('[data-status]').textContent()).toMatch(/Les réponses identiques sont regroupées\s: [\d\s\u202f]+ lignes\./);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone, folds the filters so that results come first, and says how many are ticked', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 390, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${base()}/recherche/?q=rappel&tag=broken`);
    await page.locator('[data-results] > li').first().waitFor();
    const toggle = page.locator('[data-results-panel] details[data-facets-toggle]');
    expect(await toggle.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await toggle.locator('summary').innerText()).toBe('Afficher les filtres (1 filtre coché)');
    // The first result comes right after the folded filters (unfolded, they fill about three screens).
    const top = await page.locator('[data-results] > li').first().evaluate((item) => item.getBoundingClientRect().top);
    const folded = await toggle.evaluate((details) => details.getBoundingClientRect().bottom);
    expect(top - folded).toBeLessThan(80);
    await toggle.locator('summary').click();
    expect(await toggle.locator('summary').innerText()).toBe('Masquer les filtres (1 filtre coché)');
    expect(await page.locator('[data-facets] input[name="tag"][value="broken"]').isChecked()).toBe(true);
    expect(await axe(page)).toEqual([]);

    await page.goto(`${base()}/verbatims/`);
    await page.locator('[data-list] > li').first().waitFor();
    expect(await page.locator('details[data-facets-toggle]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await context.close();

    // Beside the results on a wide screen: open, and no toggle to see.
    const wide = await open('/verbatims/?tag=needs');
    await wide.page.locator('[data-list] > li').first().waitFor();
    expect(await wide.page.locator('details[data-facets-toggle]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await wide.page.locator('details[data-facets-toggle] > summary').isVisible()).toBe(false);
    await wide.context.close();
  });

  it('works without JavaScript: explains it and links to the browsing pages', async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base()}/recherche/`);
    expect(await page.locator('noscript').count()).toBe(1);
    const html = await page.content();
    expect(html).toMatch(/besoin de JavaScript/);
    await page.goto(`${base()}/verbatims/`);
    expect(await page.locator('[data-static-counts] a[href^="/themes/"]').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-static-counts] a[href^="/regions/"]').count()).toBeGreaterThan(3);
    await context.close();
  });

  it('has no axe violation on /recherche/ and /verbatims/ with results shown', async () => {
    // axe is injected as an inline script: the site's CSP (rightly) forbids those, so bypass it here only.
    const search = await open('/recherche/?q=donnees', { bypassCSP: true });
    await search.page.locator('[data-results] li').first().waitFor();
    await search.page.locator('[data-facets]:not([hidden])').waitFor();
    expect(await axe(search.page)).toEqual([]);
    await search.context.close();

    const explorer = await open('/verbatims/?tag=needs', { bypassCSP: true });
    await explorer.page.locator('[data-list] li').first().waitFor();
    expect(await axe(explorer.page)).toEqual([]);
    await explorer.page.screenshot({ path: path.join(SCREENSHOTS, 'verbatims.png') });
    await explorer.context.close();
  });
});
