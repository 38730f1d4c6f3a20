/**
 * The printed white paper (/imprimer/, printed into livre-blanc.pdf): its cover names the consultation,
 * its contents have a slot for each chapter's page that the export fills from a first print's outline,
 * its links to the site lead to the published address when consultation.yml gives one, and the
 * print stylesheet keeps titles with their figures and each strong idea short and whole.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PRINT_ROUTE, rewriteSiteLinks, writeContentsPages } from '../../src/export/pdf.ts';
import { readOutline } from '../../src/export/pdf-outline.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const ADDRESS = 'https://livre-blanc.exemple.fr';

describe.skipIf(!HAS_CHROMIUM)('printed white paper', () => {
  const demo = demoSiteAndBrowser();
  const printHtml = () => readFileSync(path.join(demo.site.dir, PRINT_ROUTE, 'index.html'), 'utf8');

  async function printPage(): Promise<Page> {
    const page = await demo.browser.newPage({ viewport: { width: 700, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(new URL(PRINT_ROUTE, demo.site.url).href);
    return page;
  }

  it('gives the cover the consultation’s title as its heading, and the contents a page slot per chapter', () => {
    const html = printHtml();
    const h1 = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&#39;/g, "'"));
    expect(h1).toHaveLength(1);
    expect(h1[0]?.replace(/’/g, "'")).toBe(demo.site.synthesis.title);
    const chapters = html.match(/<article class="chapter"/g) ?? [];
    expect(html.match(/data-toc-page/g)).toHaveLength(chapters.length);
    // The demo's consultation.yml gives no address: the cover says none.
    expect(html).not.toContain('data-site-address');
  });

  it('writes each chapter’s page, read from a first print’s outline, into the contents, and the next print keeps them', async () => {
    const page = await printPage();
    try {
      const first = new Uint8Array(await page.pdf({ format: 'A4', outline: true, tagged: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } }));
      const chapters = readOutline(first).filter((entry) => entry.depth === 2);
      expect(await writeContentsPages(page, first)).toBe(true);
      expect(await page.$$eval('[data-toc-page]', (slots) => slots.map((slot) => Number(slot.textContent)))).toEqual(chapters.map((c) => c.page));
      // The slot is as wide before as after: the second print breaks its pages where the first did.
      const second = new Uint8Array(await page.pdf({ format: 'A4', outline: true, tagged: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } }));
      expect(await writeContentsPages(page, second)).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('leads links to the site to its public address, chapters to themselves, and prints the address where the stylesheet prints a target', async () => {
    const page = await printPage();
    try {
      await rewriteSiteLinks(page, ADDRESS);
      const local = new URL(demo.site.url).origin;
      const hrefs = await page.$$eval('a[href]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.filter((href) => href.startsWith(local) || /^\/(?!\/)/.test(href))).toEqual([]);
      expect(hrefs.some((href) => href.startsWith(`${ADDRESS}/verbatims/?`))).toBe(true);
      // « voir le chapitre La parole des jeunes »: a link inside the document.
      expect(hrefs).toContain('#parole-des-jeunes');
      const printed = await page.$$eval(`a[href^="${ADDRESS}/verbatims/"]`, (links) => links.map((link) => getComputedStyle(link, '::after').content).filter((content) => content !== 'none'));
      expect(printed.some((content) => content.includes(ADDRESS))).toBe(true);
      // A theme's link in a paragraph: its text names it, no address after it (a line of them where a paragraph lists regions).
      const themes = await page.$$eval(`.chapter p a[href^="${ADDRESS}/themes/"]`, (links) => links.map((link) => getComputedStyle(link, '::after').content));
      expect(themes.length).toBeGreaterThan(0);
      expect(new Set(themes)).toEqual(new Set(['none']));
      const pdf = Buffer.from(await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.includes(`/URI (${ADDRESS}/verbatims/`), 'a real link to the site').toBe(true);
      expect(pdf.includes(local), 'no link to the local print server').toBe(false);
    } finally {
      await page.close();
    }
  });

  it('without an address, leaves no link to a site page and names it where a target would be printed', async () => {
    const page = await printPage();
    try {
      await rewriteSiteLinks(page, null);
      const notes = await page.$$eval('a[data-site-note]', (links) => links.map((link) => `${link.textContent} ${getComputedStyle(link, '::after').content}`));
      expect(notes.some((note) => /verbatims dans l.explorateur.*\(sur le site, page Verbatims\)/.test(note))).toBe(true);
      expect(await page.$$eval('a[data-site-note][href]', (links) => links.length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('prints each strong idea whole, its quote kept with its sources, at most three wordings and the count of the others', async () => {
    const page = await printPage();
    try {
      const ideas = await page.$$eval('.chapter .ideas > li', (items) =>
        items.map((item) => ({
          shown: Array.from(item.querySelectorAll('details li')).filter((li) => getComputedStyle(li).display !== 'none').length,
          more: Array.from(item.querySelectorAll('[data-print-more]')).filter((p) => getComputedStyle(p).display !== 'none').length,
          breakInside: getComputedStyle(item).breakInside,
          quoteBreakAfter: getComputedStyle(item.querySelector('blockquote') as Element).breakAfter,
        })),
      );
      expect(ideas.length).toBeGreaterThan(0);
      for (const idea of ideas) expect(idea).toMatchObject({ breakInside: 'avoid', quoteBreakAfter: 'avoid' });
      expect(Math.max(...ideas.map((idea) => idea.shown))).toBeLessThanOrEqual(3);
      expect(ideas.some((idea) => idea.more === 1)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('keeps figure titles and small data tables whole, a table’s last row with the one before, and keys the map', async () => {
    const page = await printPage();
    try {
      const styles = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
        const small = Array.from(document.querySelectorAll('figure details')).find((details) => details.querySelectorAll('tbody > tr').length <= 12) as Element;
        return {
          figcaption: style('figure > figcaption').breakInside,
          caption: style('figure caption').breakInside,
          smallTable: getComputedStyle(small).breakInside,
          lastRow: style('figure tbody > tr:last-child').breakBefore,
          mapKey: style('.region-map [data-print-key]').display,
        };
      });
      expect(styles).toEqual({ figcaption: 'avoid', caption: 'avoid', smallTable: 'avoid', lastRow: 'avoid', mapKey: 'block' });
    } finally {
      await page.close();
    }
  });
});
