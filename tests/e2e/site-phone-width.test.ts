/**
 * End-to-end, in headless Chromium on the built demo: on a 360 px phone with text at 200 % (WCAG 1.4.10),
 * the page's and the figures' side margins do not double with the text: they took 130 of the 360 px,
 * leaving wide tables a 230 px box where their sticky first column broke words mid-word. The content
 * keeps at least 8 px from the screen's edges, the page never scrolls sideways, and a desktop keeps its
 * margins.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const PHONE = { width: 360, height: 740 };

describe.skipIf(!HAS_CHROMIUM)('width left to the content on a phone (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  /** The content boxes (inside padding) of the page's columns and the boxes of its tables, in px from the screen's left. */
  async function layout(page: Page) {
    return page.evaluate(() => {
      const contentBox = (element: Element | null) => {
        if (!element) return null;
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return { left: box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) };
      };
      return {
        scrollWidth: document.documentElement.scrollWidth,
        columns: {
          header: contentBox(document.querySelector('.site-header .header-top')),
          main: contentBox(document.querySelector('main > .wrap')),
          footer: contentBox(document.querySelector('.site-footer .wrap')),
        },
        figures: Array.from(document.querySelectorAll('main figure.chart, main .card')).map((figure) => ({ id: figure.id || figure.className, ...contentBox(figure) })),
        tables: Array.from(document.querySelectorAll<HTMLElement>('.table-scroll')).map((box) => ({
          id: (box.closest('figure[id]')?.id ?? box.getAttribute('aria-labelledby')) || '',
          width: box.clientWidth,
          scrolls: box.scrollWidth > box.clientWidth,
        })),
      };
    });
  }

  it('with text at 200 % at 360 px, every table has a box of at least 280 px, the page at least 320 px, none of it closer than 8 px to an edge', async () => {
    const context = await demo.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const session = demo.site.synthesis.sessions[0]?.id ?? '';
    const pages = ['/', '/themes/', '/regions/', '/themes/saisie-ergonomie/', '/regions/ile-de-france/', `/sessions/${session}/`, '/livre-blanc/ce-qui-dysfonctionne/', '/methodologie/'];
    let scrolling = 0;
    for (const pathname of pages) {
      await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), pathname).toBeGreaterThanOrEqual(32);
      const found = await layout(page);
      expect(found.scrollWidth, pathname).toBeLessThanOrEqual(PHONE.width);
      for (const [name, column] of Object.entries(found.columns)) {
        expect(column, `${pathname} ${name}`).not.toBeNull();
        expect(column?.left, `${pathname} ${name}`).toBeGreaterThanOrEqual(8);
        expect(column?.right, `${pathname} ${name}`).toBeLessThanOrEqual(PHONE.width - 8);
      }
      // The page's column: 296 px when its margins were in rem.
      const main = found.columns.main;
      expect((main?.right ?? 0) - (main?.left ?? 0), pathname).toBeGreaterThanOrEqual(320);
      for (const figure of found.figures) expect(figure.left ?? 0, `${pathname} ${figure.id}`).toBeGreaterThanOrEqual(8);
      // 230 px inside a figure before.
      for (const table of found.tables) expect(table.width, `${pathname} ${table.id}`).toBeGreaterThanOrEqual(280);
      scrolling += found.tables.filter((table) => table.scrolls).length;
    }
    // The wide tables this is for are among them.
    expect(scrolling).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('on a desktop, the page’s, the figures’ and the cards’ margins are as they were (1rem)', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const [pathname, selector] of [
      ['/', 'main > .wrap'],
      ['/', 'figure.chart'],
      ['/themes/', '.card'],
      ['/', '.site-header .header-top'],
      ['/', '.site-footer .wrap'],
    ] as const) {
      await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
      const padding = await page.locator(selector).first().evaluate((element) => [getComputedStyle(element).paddingLeft, getComputedStyle(element).paddingRight]);
      expect(padding, `${pathname} ${selector}`).toEqual(['16px', '16px']);
    }
    await context.close();
  });
});
