/**
 * End to end, in headless Chromium, on the built demo site: « Copier la citation » on a /recherche/ result and on a
 * /verbatims/ row copies what the same button copies on the item's session page (« “texte” — source (question : « … »),
 * lien »), and is named as it is there (« Copier la citation (réponse n° 32, élément 2 sur 4) »).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';
import { itemAnchor } from '../../src/site/permalink.ts';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { verbatimQuestion } from '../../src/site/verbatim-question.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

interface Copied {
  /** The button's accessible name. */
  name: string;
  /** What it put in the clipboard. */
  citation: string;
}

describe.skipIf(!HAS_CHROMIUM)('« Copier la citation » in the search and the explorer (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  async function withClipboard(test: (page: Page) => Promise<void>): Promise<void> {
    const context: BrowserContext = await demo.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.site.url });
    try {
      await test(await context.newPage());
    } finally {
      await context.close();
    }
  }

  /** Presses the button and reads the clipboard, emptied before: what this press copied, and the status it spoke. */
  async function press(page: Page, button: Locator): Promise<Copied> {
    await expect.poll(() => button.isVisible()).toBe(true);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const status = page.locator('[data-citation-status]');
    await button.click();
    await expect.poll(() => status.textContent()).toBe('Citation copiée dans le presse-papiers.');
    expect(await status.getAttribute('role')).toBe('status');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    // Emptied again: the next press speaks anew.
    await page.evaluate(() => {
      const line = document.querySelector('[data-citation-status]');
      if (line) line.textContent = '';
    });
    return { name: (await button.getAttribute('aria-label')) ?? '', citation };
  }

  /** The same button of the item its link leads to, on that session page. */
  async function onSessionPage(page: Page, href: string): Promise<Copied> {
    await page.goto(new URL(href, demo.site.url).href);
    const id = href.split('#')[1] ?? '';
    return press(page, page.locator(`[id="${id}"] button.copy-citation`));
  }

  /**
   * An item of a survey answer that gave several items (its cell split, several columns), shown with the question it
   * answers, with words of its own to search.
   */
  function oneOfSeveral(): FeedbackItem {
    const items = demo.site.synthesis.items;
    const answers = new Map<string, FeedbackItem[]>();
    for (const item of items) {
      if (item.source.row === undefined) continue;
      const key = `${item.source.file}\u0000${item.source.row}`;
      answers.set(key, [...(answers.get(key) ?? []), item]);
    }
    const several = [...answers.values()].filter((group) => group.length > 1).flat().filter((item) => verbatimQuestion(item, 'survey') !== null);
    const found = several.sort((a, b) => b.text.length - a.text.length)[0];
    if (!found) throw new Error('aucune réponse de la démo n’a donné plusieurs éléments');
    return found;
  }

  it('a /recherche/ result copies the citation its session page copies, named alike', async () => {
    await withClipboard(async (page) => {
      await page.goto(new URL(`/recherche/?q=${encodeURIComponent('recherche rapide des jeunes')}`, demo.site.url).href);
      const row = page.locator('[data-results] > li').first();
      await row.waitFor();
      const href = (await row.locator('a.result-link').getAttribute('href')) ?? '';
      const result = await press(page, row.locator('button.copy-citation'));
      expect(result.name).toMatch(/^Copier la citation \(réponse n°\s\d+/u);
      expect(result.citation).toMatch(/^“La recherche rapide des jeunes\.” — Questionnaire .+ · réponse n°\s\d+.*, http:\/\/.+#e-\S+$/u);
      expect(await onSessionPage(page, href)).toEqual(result);
    });
  });

  it('an answer’s item among several is copied with its question and named as on its page (« élément 2 sur 3 »)', async () => {
    const item = oneOfSeveral();
    await withClipboard(async (page) => {
      await page.goto(new URL(`/recherche/?q=${encodeURIComponent(item.text)}`, demo.site.url).href);
      const row = page.locator('[data-results] > li').filter({ has: page.locator(`a.result-link[href$="#${itemAnchor(item.id)}"]`) });
      await row.waitFor();
      const href = (await row.locator('a.result-link').getAttribute('href')) ?? '';
      const result = await press(page, row.locator('button.copy-citation'));
      expect(result.name).toMatch(/^Copier la citation \(réponse n°\s\d+, élément \d+ sur \d+\)$/u);
      expect(result.citation).toMatch(/^“.+” — Questionnaire .+ \(question\s: « .+ »\), http:\/\/\S+#e-\S+$/u);
      expect(await onSessionPage(page, href)).toEqual(result);
    });
  });

  it('rows of /verbatims/ copy a survey answer’s and a note’s citation as their session pages', async () => {
    await withClipboard(async (page) => {
      await page.goto(new URL('/verbatims/', demo.site.url).href);
      await page.locator('[data-explorer-app]:not([hidden])').waitFor();
      await page.locator('[data-list] > li').first().waitFor();
      const rows = page.locator('[data-list] > li');
      const sources = await rows.locator('.source').allTextContents();
      const answer = sources.findIndex((source) => / · réponse n°\s\d+/u.test(source));
      const note = sources.findIndex((source) => / · ligne \d+/u.test(source));
      expect(answer, sources.join('\n')).toBeGreaterThanOrEqual(0);
      expect(note, sources.join('\n')).toBeGreaterThanOrEqual(0);
      const copied: Array<{ href: string; row: Copied }> = [];
      for (const index of [answer, note]) {
        const row = rows.nth(index);
        copied.push({ href: (await row.locator('.source a').getAttribute('href')) ?? '', row: await press(page, row.locator('button.copy-citation')) });
      }
      expect(copied[1]?.row.citation).toMatch(/^“.+” — Atelier .+ · ligne \d+, http:\/\/\S+#e-\S+$/u);
      for (const { href, row } of copied) expect(await onSessionPage(page, href)).toEqual(row);
    });
  });
});
