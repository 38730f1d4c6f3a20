/**
 * End-to-end: the data tables of charts, heatmaps and the region map, read in headless Chromium —
 * their links show their focus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDemoSite, HAS_CHROMIUM, launchBrowser, SKIP_MESSAGE, watchErrors, type BuiltSite } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)('data tables (Chromium)', () => {
  let site: BuiltSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await buildDemoSite();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(pathname: string, options: { javaScript?: boolean; width?: number } = {}): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true, viewport: { width: options.width ?? 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(new URL(pathname, site.url).href, { waitUntil: 'networkidle' });
    expect(response?.status(), pathname).toBe(200);
    return { page, errors, close: () => context.close() };
  }

  it('the links of the region map’s table show their focus; the tiles keep their own border', async () => {
    const { page, close } = await open('/');
    const tableLinks = page.locator('.region-map table a');
    expect(await tableLinks.count()).toBeGreaterThan(0);
    // Reached with the keyboard, from the last tile of the map.
    await page.locator('.region-map svg a').last().focus();
    const tile = await page.evaluate(() => {
      const rect = document.activeElement?.querySelector('rect');
      return rect ? getComputedStyle(rect).strokeWidth : '';
    });
    expect(tile).toBe('4px');
    // Then the table's summary, its scrolling region, and its first link.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active) return null;
      const style = getComputedStyle(active);
      return { inTable: active.closest('.region-map table') !== null, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused?.inTable).toBe(true);
    expect(focused?.outline).not.toBe('none');
    expect(focused?.width).toBe('3px');
    await close();
  });
});
