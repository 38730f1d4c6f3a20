/**
 * End-to-end, in headless Chromium on the built demo, on a 320 px phone with text at 200 % (WCAG 1.4.4,
 * 1.4.10): the words of a table's sticky first column (half the box) break between syllables with a
 * hyphen, never anywhere (Chromium on Linux has no hyphenation dictionary: « Auvergn|e »); lists keep
 * their markers inside their box, with an indent that follows their text (em) and is no wider than the
 * markers need.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const PHONE = { width: 320, height: 740 };

/** Pages whose tables have labels in their first column: themes, regions, tags, workshops. */
const TABLE_PAGES = ['/', '/themes/', '/regions/', '/ateliers/', '/themes/saisie-ergonomie/', '/regions/ile-de-france/', '/livre-blanc/ce-qui-dysfonctionne/', '/livre-blanc/introduction/'];

/** Pages with lists: numbered ideas (over a hundred on /idees-fortes/), nested contributions, prose lists. */
const LIST_PAGES = ['/', '/idees-fortes/', '/themes/saisie-ergonomie/', '/methodologie/', '/accessibilite/'];

describe.skipIf(!HAS_CHROMIUM)('words and lists on a phone with text at 200 % (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  async function openAt(page: Page, pathname: string, textSize: string): Promise<void> {
    await page.goto(new URL(pathname, demo.site.url).href, { waitUntil: 'networkidle' });
    await page.evaluate((size) => {
      document.documentElement.style.fontSize = size;
    }, textSize);
  }

  it('a table’s sticky first column breaks its long words between syllables, with a hyphen, never inside one', async () => {
    const context = await demo.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors = watchErrors(page);
    let hyphenated = 0;
    for (const pathname of TABLE_PAGES) {
      await openAt(page, pathname, '200%');
      const found = await page.evaluate(() => {
        const cut: string[] = [];
        let atHyphens = 0;
        for (const cell of document.querySelectorAll<HTMLElement>('.table-scroll tr > :first-child')) {
          const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            const range = document.createRange();
            // The line of each letter: two letters in a row on two lines are a word cut without its hyphen.
            let previous: { top: number; index: number } | null = null;
            for (let index = 0; index < text.length; index++) {
              if (!/\p{L}/u.test(text.charAt(index))) {
                if (text.charAt(index) !== '\u00ad') previous = null;
                continue;
              }
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const rects = range.getClientRects();
              const top = rects[rects.length - 1]?.top;
              if (top === undefined) continue;
              if (previous && top > previous.top + 2) {
                if (text.charAt(index - 1) === '\u00ad') atHyphens++;
                else cut.push(`${(cell.textContent ?? '').replaceAll('\u00ad', '')} : ${text.slice(previous.index - 6, previous.index + 1)}|${text.slice(index, index + 6)}`);
              }
              previous = { top, index };
            }
          }
        }
        return { cut, atHyphens, scrollWidth: document.documentElement.scrollWidth };
      });
      expect(found.cut, pathname).toEqual([]);
      expect(found.scrollWidth, pathname).toBeLessThanOrEqual(PHONE.width);
      hyphenated += found.atHyphens;
    }
    // The column is narrow enough that many words do break: at their syllables (« Au-vergne »).
    expect(hyphenated).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  /** Each visible list with markers in the content: its indent, font size and widest marker, in px. */
  function listIndents(page: Page) {
    return page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('main ul, main ol'))
        .filter((list) => list.getClientRects().length > 0)
        .flatMap((list) => {
          const items = Array.from(list.children).filter((child): child is HTMLLIElement => child instanceof HTMLLIElement);
          const last = items[items.length - 1];
          if (!last) return [];
          const style = getComputedStyle(last);
          if (style.display !== 'list-item' || style.listStyleType === 'none' || style.listStylePosition !== 'outside') return [];
          // The marker's width: how far the item's text moves when its marker goes inside (the last item's number is the longest).
          const probe = document.createElement('span');
          // A zero-width space: a letter, glued to a long first word, went to the next line with it.
          probe.textContent = '\u200b';
          last.prepend(probe);
          const outside = probe.getBoundingClientRect().left;
          last.style.listStylePosition = 'inside';
          const marker = probe.getBoundingClientRect().left - outside;
          last.style.listStylePosition = '';
          probe.remove();
          return [{ list: `${list.tagName.toLowerCase()}.${list.className} (${items.length})`, indent: parseFloat(getComputedStyle(list).paddingInlineStart), font: parseFloat(style.fontSize), marker }];
        }),
    );
  }

  it('a list’s markers stay inside its box, its indent in em, no wider than its markers need, at 100 % and 200 %', async () => {
    const context = await demo.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    let checked = 0;
    let numberedPastNine = 0;
    for (const textSize of ['100%', '200%']) {
      for (const pathname of LIST_PAGES) {
        await openAt(page, pathname, textSize);
        for (const found of await listIndents(page)) {
          const where = `${textSize} ${pathname} ${found.list}: retrait ${found.indent} px, puce ${found.marker.toFixed(1)} px, texte ${found.font} px`;
          // The marker hangs in the indent: wider, it sticks out of the list's box (off the screen at its edge).
          expect(found.indent, where).toBeGreaterThanOrEqual(found.marker - 0.5);
          // The browser's 40 px was 2.4 em at 100 %: the phone's width goes to the text.
          expect(found.indent - found.marker, where).toBeLessThanOrEqual(0.5 * found.font);
          checked++;
          if (/\((?:[1-9]\d+)\)$/.test(found.list) && found.list.startsWith('ol')) numberedPastNine++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
    // Numbers of two and three digits are among them.
    expect(numberedPastNine).toBeGreaterThan(1);
    await context.close();
  }, 60_000);
});
