/**
 * End-to-end, in headless Chromium on the built demo: on a phone, the downloads page's file names wrap
 * only after « - », « _ », « . » (<wbr>, src/site/file-name-breaks.ts), so that each line shows whole
 * words (« convergence.c | sv » before), and none runs past its cell. The line of each character is
 * read from its rendered box (Range.getClientRects).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileNameParts } from '../../src/site/file-name-breaks.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** A dated export name, longer than the demo's: added to the table as the page writes one. */
const DATED = 'livre-blanc-synthese-2026-12-07.xlsx';

interface NameLayout {
  name: string;
  /** The name as shown, « | » where a line ends. */
  lines: string;
  /** Where a line starts after a character that is no « - », « _ », « . », « / »: a word cut in two. */
  cut: string[];
  /** Pixels by which the name's text passes its cell's content box, left or right. */
  overflow: number;
}

describe.skipIf(!HAS_CHROMIUM)('file names of /telechargements/ on a phone (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  async function layout(page: Page, textSize: string): Promise<NameLayout[]> {
    await page.goto(new URL('/telechargements/', demo.site.url).href, { waitUntil: 'networkidle' });
    return page.evaluate(
      ({ size, parts }) => {
        document.documentElement.style.fontSize = size;
        // A copy of the first row, named as the page names a file: its parts with a <wbr> between them.
        const first = document.querySelector<HTMLTableRowElement>('table.downloads tr[data-file]');
        if (!first) throw new Error('Aucune ligne de fichier dans le tableau des téléchargements.');
        const row = first.cloneNode(true) as HTMLTableRowElement;
        row.querySelector('th a')?.replaceChildren(...parts.flatMap((part, i) => (i ? [document.createElement('wbr'), part] : [part])));
        first.parentElement?.append(row);

        return [...document.querySelectorAll<HTMLAnchorElement>('table.downloads tr > th:first-child a')].map((link) => {
          const cell = link.closest('th') as HTMLElement;
          const style = getComputedStyle(cell);
          const box = cell.getBoundingClientRect();
          const left = box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth);
          const right = box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
          const range = document.createRange();
          const cut: string[] = [];
          const name = link.textContent ?? '';
          let lines = '';
          let overflow = 0;
          let previous: { top: number; char: string } | null = null;
          const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
            for (let index = 0; index < node.length; index++) {
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const rect = range.getClientRects()[0];
              if (!rect) continue;
              overflow = Math.max(overflow, rect.right - right, left - rect.left);
              if (previous && rect.top > previous.top + 2) {
                lines += ' | ';
                // A new line may only start after a separator: anywhere else, a word is cut.
                if (!/[-_./]/.test(previous.char)) cut.push(`${lines.slice(0, -3)}|${node.data.slice(index)}`);
              }
              previous = { top: rect.top, char: node.data.charAt(index) };
              lines += previous.char;
            }
          }
          return { name, lines, cut, overflow };
        });
      },
      { size: textSize, parts: fileNameParts(DATED) },
    );
  }

  for (const { width, textSize, wrapped } of [
    { width: 320, textSize: '100%', wrapped: 'corpus- | iramuteq.txt' },
    { width: 360, textSize: '200%', wrapped: 'idees-fortes- | membres.csv' },
  ]) {
    it(`at ${width} px with text at ${textSize}, a name wraps between its words only, and stays in its cell`, async () => {
      const context = await demo.browser.newContext({ viewport: { width, height: 740 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const names = await layout(page, textSize);
      expect(names.map((name) => name.name)).toContain(DATED);
      expect(names.length).toBeGreaterThan(8);
      expect(names.flatMap((name) => name.cut.map((cut) => `${name.name} : ${cut}`))).toEqual([]);
      expect(names.filter((name) => name.overflow > 0.5).map((name) => `${name.name} : ${name.overflow} px`)).toEqual([]);
      // The column is narrow enough that names do wrap: between their words.
      expect(names.map((name) => name.lines)).toContain(wrapped);
      expect(names.find((name) => name.name === DATED)?.lines).toMatch(/^livre-blanc- \| synthese-/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(errors).toEqual([]);
      await context.close();
    }, 60_000);
  }

  it('at 320 px with text at 200 %, no name runs past its cell, and only a word wider than the column breaks inside', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 740 } });
    const page = await context.newPage();
    const names = await layout(page, '200%');
    expect(names.filter((name) => name.overflow > 0.5).map((name) => `${name.name} : ${name.overflow} px`)).toEqual([]);
    // « convergence. » alone needs more than three quarters of the 291 px box in bold at 30 px: the
    // global rule's last resort (overflow-wrap: break-word) cuts it rather than cover the next column.
    const cut = names.flatMap((name) => name.cut);
    expect(cut.length).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  }, 60_000);
});
