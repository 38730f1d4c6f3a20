/**
 * End-to-end: a theme page stays short on a phone (a few verbatims per tag, the most supported, then
 * the way to all of them, in the explorer or, without JavaScript, on their sessions' pages), and the
 * home's chart of themes reads from the most discussed.
 */
import { describe, expect, it } from 'vitest';
import { filterItems } from '../../src/pipeline/analysis/count-by.ts';
import { TAGS } from '../../src/pipeline/model.ts';
import { formatInteger } from '../../src/site/format.ts';
import { sessionPageUrl, themeUrl } from '../../src/site/urls.ts';
import { selectVerbatims } from '../../src/site/verbatims.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** Verbatims a theme page prints per tag. */
const PER_TAG = 5;

describe.skipIf(!HAS_CHROMIUM)('theme pages and the home’s chart of themes (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  /** The theme with the most items: every one of its tags has more verbatims than a page prints. */
  function largestTheme(): string {
    const counts = new Map<string, number>();
    for (const item of demo.site.synthesis.items) for (const theme of item.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  }

  async function open(pathname: string, javaScriptEnabled = true) {
    const context = await demo.browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
    return { page, close: () => context.close() };
  }

  it('a theme prints the most supported verbatims of each tag, then links to all of them with their number', async () => {
    const theme = largestTheme();
    const { page, close } = await open(themeUrl(theme));
    for (const tag of TAGS) {
      const { total, shown } = selectVerbatims(demo.site.synthesis.items, { theme, tag }, PER_TAG);
      expect(total, tag).toBeGreaterThan(PER_TAG);
      const section = page.locator(`section[data-verbatims-tag="${tag}"]`);
      expect(await section.locator('li.verbatim').evaluateAll((items) => items.map((item) => item.getAttribute('data-item')))).toEqual(shown.map((item) => item.id));
      const link = section.locator('a[href^="/verbatims/?"]');
      expect(await link.count()).toBe(1);
      expect(new URL((await link.getAttribute('href')) ?? '', demo.site.url).searchParams.toString()).toBe(new URLSearchParams({ tag, theme }).toString());
      expect((await link.textContent())?.startsWith(`Voir les ${formatInteger(total)} verbatims dans l’explorateur`)).toBe(true);
    }
    await close();
  });

  it('without JavaScript, a theme names the sessions where each of a tag’s verbatims is printed', async () => {
    const theme = largestTheme();
    const { page, close } = await open(themeUrl(theme), false);
    const { sessions } = demo.site.synthesis;
    for (const tag of TAGS) {
      const items = filterItems(demo.site.synthesis.items, { theme, tag });
      const links = page.locator(`section[data-verbatims-tag="${tag}"] [data-sessions-of-tag] a`);
      const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
      const expected = new Set(items.map((item) => item.sessionId));
      expect(new Set(hrefs)).toEqual(new Set(sessions.filter((s) => expected.has(s.id)).map((s) => sessionPageUrl(s.id))));
      // The counts beside the links add up to the tag's total: no verbatim is left without a way to it.
      const counts = (await page.locator(`section[data-verbatims-tag="${tag}"] [data-sessions-of-tag]`).textContent())?.match(/\((\d[\d\s\u202f]*)\)/g) ?? [];
      expect(counts.reduce((sum, count) => sum + Number(count.replace(/\D/g, '')), 0), tag).toBe(items.length);
    }
    await close();
  });

  /** A chart's categories and totals, in its data table's order. */
  async function tableRows(pathname: string, chart: string): Promise<Array<{ key: string; total: number }>> {
    const { page, close } = await open(pathname);
    const rows = await page.locator(`#${chart}-tableau tbody tr[data-category]`).evaluateAll((trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-category') ?? '',
        total: [...tr.querySelectorAll('td[data-series]:not([data-series="total"])')].reduce((sum, td) => sum + Number(td.getAttribute('data-value')), 0),
      })),
    );
    await close();
    return rows;
  }

  it('the home’s chart of themes reads from the most discussed, the /themes/ one keeps the taxonomy’s order', async () => {
    const home = await tableRows('/', 'accueil-themes');
    expect(home.length).toBeGreaterThan(3);
    const totals = home.map((row) => row.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    for (const row of home) expect(row.total).toBe(filterItems(demo.site.synthesis.items, { theme: row.key }).length);
    const taxonomy = demo.site.synthesis.themes.map((theme) => theme.id);
    const themes = (await tableRows('/themes/', 'themes-etiquettes')).map((row) => row.key);
    expect(themes).toEqual(taxonomy.filter((id) => themes.includes(id)));
    expect(new Set(themes)).toEqual(new Set(home.map((row) => row.key)));
  });
});
