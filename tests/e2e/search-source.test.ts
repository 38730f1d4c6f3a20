/**
 * End to end, in headless Chromium, on the built demo site: a result on /recherche/ and a row of /verbatims/ say where
 * their verbatim comes from as its session page does (`readableSource`: « Questionnaire … · réponse n° 98 · Partenaires ·
 * Bretagne », « Atelier …, 29 septembre 2026 · ligne 25 »), the file's place in the same title.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

interface Shown {
  /** The source line's words, without « Source : ». */
  text: string;
  title: string;
  href: string;
}

describe.skipIf(!HAS_CHROMIUM)('a verbatim’s source in the search and the explorer', () => {
  const demo = demoSiteAndBrowser();
  const base = () => demo.site.url.replace(/\/$/, '');

  async function sourceOf(row: Locator, link: Locator): Promise<Shown> {
    const line = row.locator('.source');
    // As shown: without what a link's name adds for screen readers (« , élément 2 sur 3 »).
    const shown = await line.evaluate((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return copy.textContent ?? '';
    });
    const text = shown.replace(/^Source(?: de la première)?\s:\s/u, '');
    return { text, title: (await line.getAttribute('title')) ?? '', href: (await link.getAttribute('href')) ?? '' };
  }

  /** The same, from the item's own line on the session page its link opens. */
  async function onSessionPage(page: Page, href: string): Promise<Omit<Shown, 'href'>> {
    await page.goto(`${base()}${href}`);
    const line = page.locator(`[id="${href.split('#')[1] ?? ''}"] .source`);
    return { text: (await line.locator('[data-citation-source]').textContent()) ?? '', title: (await line.getAttribute('title')) ?? '' };
  }

  it('a result on /recherche/ gives its answer’s source as its session page, file in the title', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${base()}/recherche/?q=${encodeURIComponent('recherche rapide des jeunes')}`);
    const row = page.locator('[data-results] > li').first();
    await row.waitFor();
    const shown = await sourceOf(row, row.locator('a.result-link'));
    expect(shown.text).toMatch(/^Questionnaire .+ · réponse n°\s\d+ · .+/u);
    expect(shown.title).toMatch(/^Fichier\s: data\/enquetes\/.+\.csv, ligne \d+ \(réponse n°\s\d+\)/u);
    expect(await onSessionPage(page, shown.href)).toEqual({ text: shown.text, title: shown.title });
    await page.close();
  });

  it('rows of /verbatims/ give a survey answer’s and a note’s source as their session pages', async () => {
    const page = await demo.browser.newPage();
    await page.goto(`${base()}/verbatims/`);
    await page.locator('[data-explorer-app]:not([hidden])').waitFor();
    await page.locator('[data-list] > li').first().waitFor();
    const rows = page.locator('[data-list] > li');
    const shown: Shown[] = [];
    for (let i = 0; i < (await rows.count()); i++) shown.push(await sourceOf(rows.nth(i), rows.nth(i).locator('.source a')));
    const answer = shown.find((row) => / · réponse n°\s\d+ · /u.test(row.text));
    const note = shown.find((row) => /^Atelier .+, \d+(?:er)? \p{L}+ \d{4} · ligne \d+$/u.test(row.text));
    expect(answer, shown.map((row) => row.text).join('\n')).toBeDefined();
    expect(note, shown.map((row) => row.text).join('\n')).toBeDefined();
    for (const row of [answer, note]) {
      if (!row) continue;
      expect(row.title).toMatch(/^Fichier\s: \S+, ligne \d+/u);
      expect(await onSessionPage(page, row.href)).toEqual({ text: row.text, title: row.title });
    }
    await page.close();
  });
});
