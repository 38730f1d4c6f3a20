/**
 * End-to-end: printing a theme page in headless Chromium (page.pdf, and print media emulated) — each
 * chart redrawn at its printed size then at the screen's again (not the screen's bitmap squeezed to the
 * paper), the data tables opened for print and closed again after, and the addresses printed after
 * the links that say where a verbatim was said, not after its theme or region links.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

interface Drawn {
  /** The bitmap's width and height in CSS pixels. */
  bitmap: [number, number];
  /** The canvas's shown size. */
  shown: [number, number];
  /** The width of the chart's box. */
  box: number;
}

declare global {
  interface Window {
    printLog?: { before?: Drawn[]; during?: Drawn[]; closedDuring?: number };
    drawnCharts?: () => Drawn[];
  }
}

/**
 * Each drawn chart's bitmap, shown size and box, in the layout of the moment. Installed in the page
 * (addInitScript) because the print listeners must call it too, and a function passed to
 * page.evaluate cannot call one of the test's.
 */
function drawnCharts(): Drawn[] {
  return Array.from(document.querySelectorAll<HTMLCanvasElement>('figure[data-drawn] .chart-canvas canvas')).map((canvas) => {
    const rect = canvas.getBoundingClientRect();
    return {
      bitmap: [canvas.width / devicePixelRatio, canvas.height / devicePixelRatio],
      shown: [rect.width, rect.height],
      box: (canvas.parentElement as HTMLElement).clientWidth,
    };
  });
}

describe.skipIf(!HAS_CHROMIUM)('printing a theme page (Chromium)', () => {
  const demo = demoSiteAndBrowser();
  const THEME = '/themes/saisie-ergonomie/';

  async function openTheme(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    await context.addInitScript(`window.drawnCharts = ${drawnCharts.toString()};`);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(new URL(THEME, demo.site.url).href, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.dispatchEvent(new Event('livre-blanc:tout-dessiner')));
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('figure[data-chart]')).every((figure) => figure.dataset.drawn === 'true'));
    return { page, errors, close: () => context.close() };
  }

  const measure = (page: Page) => page.evaluate(() => (window.drawnCharts as () => Drawn[])());

  /** The bitmap fills its box at its own proportions: nothing squeezed. */
  const expectFitted = (charts: Drawn[]) => {
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      expect(Math.abs(chart.bitmap[0] - chart.box)).toBeLessThanOrEqual(1);
      expect(Math.abs(chart.shown[0] - chart.bitmap[0])).toBeLessThanOrEqual(1);
      expect(Math.abs(chart.shown[1] - chart.bitmap[1])).toBeLessThanOrEqual(1);
    }
  };

  it('prints each chart redrawn at its printed width, its data table open, and leaves the page as it was', async () => {
    const { page, errors, close } = await openTheme();
    const screen = await measure(page);
    expectFitted(screen);
    const closed = await page.locator('details:not([open])').count();
    expect(closed).toBeGreaterThan(0);
    // Listening after the page's own handlers: what the page did before and once laid out for print.
    await page.evaluate(() => {
      const log: NonNullable<Window['printLog']> = {};
      window.printLog = log;
      const drawn = window.drawnCharts as () => Drawn[];
      window.addEventListener('beforeprint', () => {
        log.before = drawn();
        log.closedDuring = document.querySelectorAll('details:not([open])').length;
      });
      window.matchMedia('print').addEventListener('change', (event) => {
        if (event.matches) log.during = drawn();
      });
    });
    await page.pdf({ format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    const log = await page.evaluate(() => window.printLog);
    expect(log?.closedDuring).toBe(0);
    const during = log?.during ?? [];
    expectFitted(during);
    // On A4 less its margins, each box differs from the screen's: each chart was redrawn.
    during.forEach((chart, i) => expect(Math.abs(chart.box - screen[i]!.box)).toBeGreaterThan(50));
    // Already before the print layout (a browser printing a copy of the page takes that one): a chart
    // wider on screen than on paper at the width estimated for paper, within a few pixels of its printed
    // box; one narrower (in a column) as it was, scaled up whole in print.
    const before = log?.before ?? [];
    expect(before.length).toBe(during.length);
    expect(screen.some((chart, i) => chart.box > during[i]!.box + 50)).toBe(true);
    before.forEach((chart, i) => {
      if (screen[i]!.box > during[i]!.box) expect(Math.abs(chart.bitmap[0] - during[i]!.box)).toBeLessThanOrEqual(8);
      else expect(chart.bitmap).toEqual(screen[i]!.bitmap);
    });
    // After printing: the screen's size again, and what the reader had closed is closed.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await measure(page)).toEqual(screen);
    expect(await page.locator('details:not([open])').count()).toBe(closed);
    expect(errors).toEqual([]);
    await close();
  });

  it('redraws the charts when print media is emulated, and back', async () => {
    const { page, close } = await openTheme();
    const screen = await measure(page);
    // The media query's change reaches the page after emulateMedia returns: wait until the bitmaps follow.
    const redrawn = () =>
      page.waitForFunction(() =>
        Array.from(document.querySelectorAll<HTMLCanvasElement>('figure[data-drawn] .chart-canvas canvas')).every(
          (canvas) => Math.abs(canvas.width / devicePixelRatio - (canvas.parentElement as HTMLElement).clientWidth) <= 1,
        ),
      );
    await page.emulateMedia({ media: 'print' });
    await redrawn();
    const printed = await measure(page);
    expectFitted(printed);
    expect(printed[0]!.box).not.toBe(screen[0]!.box);
    await page.emulateMedia({ media: 'screen' });
    await redrawn();
    expect(await measure(page)).toEqual(screen);
    await close();
  });

  it('prints where a verbatim or a strong idea was said, not its theme or region links', async () => {
    const { page, close } = await openTheme();
    await page.emulateMedia({ media: 'print' });
    const printed = (selector: string) =>
      page.locator(selector).first().evaluate((link) => ({ href: link.getAttribute('href'), after: getComputedStyle(link, '::after').content }));
    const source = await printed('.verbatim .meta a[href*="/sessions/"]');
    expect(source.after).toBe(`" (${source.href})"`);
    const idea = await printed('.ideas > li > blockquote a');
    expect(idea.after).toBe(`" (${idea.href})"`);
    expect((await printed('.verbatim .meta a[href^="/themes/"]')).after).toBe('none');
    expect((await printed('.verbatim .meta a[href^="/regions/"]')).after).toBe('none');
    expect((await printed('.ideas details a')).after).toBe('none');
    expect((await printed('.main-nav a')).after).toBe('none');
    await close();
    // The white paper's chapters keep their verbatims without addresses.
    const context = await demo.browser.newContext();
    const chapter = await context.newPage();
    await chapter.goto(new URL('/livre-blanc/ce-qui-fonctionne/', demo.site.url).href);
    await chapter.emulateMedia({ media: 'print' });
    const links = chapter.locator('.chapter .verbatim .meta a[href*="/sessions/"]');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none');
    await context.close();
  });
});
