/**
 * End-to-end: charts drawn in headless Chromium on phone screens — their category labels fit in
 * the canvas (WCAG 1.4.10), wrapped rather than clipped at its left edge.
 */
import { describe, expect, it } from 'vitest';
import { regionUrl } from '../../src/site/urls.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)('charts on narrow screens (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  /** Pixels drawn in the leftmost columns of a chart's canvas: a label cut at the edge leaves ink there. */
  async function inkAtLeftEdge(pathname: string, chart: string, width: number): Promise<number> {
    const context = await demo.browser.newContext({ viewport: { width, height: 844 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
    await page.locator(chart).scrollIntoViewIfNeeded();
    await page.locator(`${chart}[data-drawn]`).waitFor();
    const ink = await page.locator(`${chart} canvas`).evaluate((canvas: HTMLCanvasElement) => {
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, 3, canvas.height).data ?? new Uint8ClampedArray();
      let inked = 0;
      for (let alpha = 3; alpha < pixels.length; alpha += 4) if ((pixels[alpha] ?? 0) > 0) inked++;
      return inked;
    });
    await context.close();
    return ink;
  }

  it.each([320, 390, 640])('draws the home chart’s theme labels whole at %i px', async (width) => {
    expect(await inkAtLeftEdge('/', '#accueil-themes', width)).toBe(0);
  });

  it('draws a region page’s theme labels whole on a phone', async () => {
    const region = demo.site.synthesis.regions.find((r) => r.code === '84') ?? demo.site.synthesis.regions[0];
    if (!region) throw new Error('La démo doit avoir au moins une région.');
    expect(await inkAtLeftEdge(regionUrl(region), '#region-themes', 320)).toBe(0);
  });
});
