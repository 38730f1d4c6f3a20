/**
 * End-to-end: every table fits the width of its printed page (Chromium, print layout at A4). A table of
 * themes by region, its 18 region names written across, once ran three pages wide: the PDF showed six
 * regions, and Chromium shrank every other page to two thirds to make room for it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { printPdf, PRINT_ROUTE } from '../../src/export/pdf.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';
import { HAS_PDFTOTEXT } from './support/pdftotext.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** A4 less the PDF's margins (16 mm each side), in CSS pixels: portrait 178 mm, landscape 265 mm. */
const PORTRAIT = Math.floor((178 / 25.4) * 96);
const LANDSCAPE = Math.floor((265 / 25.4) * 96);
const PDF_MARGINS = { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' };

/** The site prints « d’Azur » where the data says « d'Azur ». */
const straight = (text: string) => text.replaceAll('’', "'");


interface Overflow {
  table: string;
  right: number;
  page: string;
}

/**
 * The tables printed on `page` (its CSS named page, `auto` for the ordinary one) whose right edge runs
 * past the viewport, which stands for the printed page's box.
 */
function overflowingTables(page: Page, named: 'auto' | 'paysage'): Promise<Overflow[]> {
  return page.evaluate((wanted) => {
    const namedPage = (element: Element | null): string => {
      for (let e = element; e; e = e.parentElement) {
        const value = getComputedStyle(e).page;
        if (value && value !== 'auto') return value;
      }
      return 'auto';
    };
    return Array.from(document.querySelectorAll('table'))
      .filter((table) => namedPage(table) === wanted)
      .map((table) => ({
        table: (table.closest('figure')?.querySelector('figcaption')?.textContent ?? table.caption?.textContent ?? table.id).trim(),
        right: Math.ceil(table.getBoundingClientRect().right),
        page: wanted,
      }))
      .filter((measured) => measured.right > innerWidth);
  }, named);
}

describe.skipIf(!HAS_CHROMIUM)('printed tables (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  async function openPrinted(pathname: string, width: number): Promise<{ page: Page; close: () => Promise<void> }> {
    const context = await demo.browser.newContext({ viewport: { width, height: 1000 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    const response = await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
    expect(response?.status(), pathname).toBe(200);
    return { page, close: () => context.close() };
  }

  // The white paper, the pages listing every region (18 columns or rows), a theme's, a region's.
  const PRINTED = [PRINT_ROUTE, '/', '/themes/', '/regions/', '/themes/saisie-ergonomie/', '/regions/ile-de-france/', '/methodologie/'];

  // Fourteen loads of heavy pages (the printed white paper twice): 25 s seen under the full suite's load.
  it('keeps every table within the width of an A4 page, and nothing wider than the page', { timeout: 120_000 }, async () => {
    for (const pathname of PRINTED) {
      const { page, close } = await openPrinted(pathname, PORTRAIT);
      expect(await page.locator('table').count(), pathname).toBeGreaterThan(0);
      expect(await overflowingTables(page, 'auto'), pathname).toEqual([]);
      // Anything wider than the page makes Chromium shrink the whole document to fit it.
      if ((await page.locator('.print-landscape').count()) === 0) {
        expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBeLessThanOrEqual(PORTRAIT);
      }
      await close();
      const landscape = await openPrinted(pathname, LANDSCAPE);
      expect(await overflowingTables(landscape.page, 'paysage'), pathname).toEqual([]);
      await landscape.close();
    }
  });

  it('prints each region’s name whole, written vertically, in type of at least 7pt', async () => {
    const { page, close } = await openPrinted('/themes/', PORTRAIT);
    const headers = page.locator('#themes-regions thead th.num');
    expect(await headers.count()).toBe(demo.site.synthesis.regions.length);
    const printed = await headers.evaluateAll((cells) =>
      cells.map((cell) => {
        const label = cell.querySelector('.column-label') as HTMLElement;
        const box = label.getBoundingClientRect();
        return { text: label.textContent, mode: getComputedStyle(label).writingMode, tall: box.height > box.width, size: parseFloat(getComputedStyle(cell).fontSize) };
      }),
    );
    expect(printed.map((p) => straight(p.text ?? '')).sort()).toEqual(demo.site.synthesis.regions.map((r) => straight(r.name)).sort());
    for (const label of printed) {
      expect(label.mode).toBe('sideways-lr');
      expect(label.tall).toBe(true);
      expect(label.size).toBeGreaterThanOrEqual((7 * 96) / 72);
    }
    // On screen, the names are written across, as before.
    await page.emulateMedia({ media: 'screen' });
    expect(await headers.first().locator('.column-label').evaluate((label) => getComputedStyle(label).writingMode)).toBe('horizontal-tb');
    await close();
  });

  it('gives a table with counts in thousands a landscape page of its own, where it fits', async () => {
    const { page, close } = await openPrinted('/themes/', PORTRAIT);
    // Counts in thousands, as in a national consultation: marked for landscape as HeatmapTable marks it.
    await page.evaluate(() => {
      const figure = document.querySelector('#themes-regions') as HTMLElement;
      for (const cell of Array.from(figure.querySelectorAll('td.num'))) (cell.querySelector('a') ?? cell).textContent = '12\u202f345';
    });
    // Upright, it would run past the page.
    expect(await page.evaluate(() => document.querySelector('#themes-regions table')!.getBoundingClientRect().right)).toBeGreaterThan(PORTRAIT);
    await page.evaluate(() => document.querySelector('#themes-regions')!.classList.add('print-landscape'));
    await page.setViewportSize({ width: LANDSCAPE, height: 1000 });
    expect(await overflowingTables(page, 'paysage')).toEqual([]);
    expect(await page.locator('#themes-regions').evaluate((figure) => getComputedStyle(figure).page)).toBe('paysage');
    const pdf = Buffer.from(await page.pdf({ format: 'A4', margin: PDF_MARGINS })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => Number(m[1]) > Number(m[2]));
    expect(boxes).toContain(true);
    expect(boxes).toContain(false);
    await close();
  });

  /** A name as pdftotext writes it, wrapped or not: « Auvergne-Rhône-/Alpes » comes out « Auvergne-RhôneAlpes ». */
  const squashed = (text: string) => text.replace(/[\s\-'’]/g, '');

  // Chromium repeats a header only while it is at most a quarter of the page: on one line, the longest
  // region's name made it 167 px tall, 3 px too many for a landscape page, and its pages after the first
  // showed counts under no region.
  it.skipIf(!HAS_PDFTOTEXT)('repeats the region names on every page a long table of themes by region runs onto, upright or landscape', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'livre-blanc-pdf-'));
    try {
      for (const landscape of [false, true]) {
        const { page, close } = await openPrinted('/themes/', landscape ? LANDSCAPE : PORTRAIT);
        // 60 themes (a consultation with many), alone on the page; landscape, counts in thousands, as HeatmapTable marks it.
        await page.evaluate((wide) => {
          const figure = document.querySelector('#themes-regions') as HTMLElement;
          document.querySelector('main')!.replaceChildren(figure);
          const body = figure.querySelector('tbody')!;
          const model = body.rows[0]!;
          while (body.rows.length < 60) {
            const row = model.cloneNode(true) as HTMLTableRowElement;
            row.querySelector('th')!.textContent = `Thème n° ${body.rows.length + 1}`;
            body.append(row);
          }
          if (!wide) return;
          for (const cell of Array.from(figure.querySelectorAll('td.num'))) (cell.querySelector('a') ?? cell).textContent = '12\u202f345';
          figure.classList.add('print-landscape');
        }, landscape);
        const file = path.join(dir, `${landscape ? 'paysage' : 'portrait'}.pdf`);
        await writeFile(file, await page.pdf({ format: 'A4', margin: PDF_MARGINS }));
        await close();
        const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
        const withRows = pages.filter((text) => text.includes('Thème n° '));
        const orientation = landscape ? 'paysage' : 'portrait';
        expect(withRows.length, orientation).toBeGreaterThanOrEqual(2);
        const regions = demo.site.synthesis.regions.map((r) => squashed(r.name));
        expect(regions.length).toBe(18);
        const missing = withRows.map((text) => regions.filter((name) => !squashed(text).includes(name)).length);
        expect(missing, orientation).toEqual(withRows.map(() => 0));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(!HAS_PDFTOTEXT)('writes all 18 regions of the table of themes by region in the PDF', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'livre-blanc-pdf-'));
    try {
      const file = path.join(dir, 'livre-blanc.pdf');
      await writeFile(file, await printPdf(demo.site.url, demo.site.synthesis.title));
      const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
      const caption = 'Ce qui dysfonctionne : éléments par thème et par région';
      const printed = pages.filter((text) => text.includes(caption));
      expect(printed.length).toBe(1);
      const regions = demo.site.synthesis.regions.map((r) => straight(r.name));
      expect(regions.length).toBe(18);
      expect(regions.filter((name) => !straight(printed[0]!).includes(name))).toEqual([]);
      // The plain labels are printed, not the screen's hyphenated ones: the PDF's text is searchable as written.
      expect(pages.join('').split('\u00ad').length - 1).toBe(0);
      expect(printed[0]).toContain('Provence-Alpes-Côte');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
