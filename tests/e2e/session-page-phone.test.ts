/**
 * End-to-end, in headless Chromium on the built demo at 375 px: a questionnaire's session page (200 answers)
 * was 50 000 to 59 000 px tall, a reader found nothing in it. Its groups (question, then tag) are now closed
 * `<details>`: the page opens on them, under 4 000 px. Every item stays in the HTML and reachable without
 * scripts (a summary opens its group; a permalink or find-in-page opens it too, Chromium does it itself);
 * with scripts a permalink lands on its item; print shows everything. A workshop's page, short, stays open.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { itemAnchor, sessionOrder, sessionPages, sessionPageUrl } from '../../src/site/permalink.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, runAxe, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const PHONE = { width: 375, height: 667 };
/** Measured: 1 764 px with scripts, 2 101 without (the menu unfolded); 59 409 px before, 50 522 for the young people's questionnaire. */
const SURVEY_PAGE_MAX = 4_000;

describe.skipIf(!HAS_CHROMIUM)('a session page on a phone (Chromium, 375 px)', () => {
  const demo = demoSiteAndBrowser();

  /** The largest survey session, its number of pages and the items of its first page, in page order. */
  function survey(): { id: string; pages: number; firstPage: FeedbackItem[] } {
    const { sessions, items } = demo.site.synthesis;
    const bySize = sessions
      .filter((session) => session.kind === 'survey')
      .map((session) => ({ id: session.id, items: sessionOrder(items.filter((item) => item.sessionId === session.id)) }))
      .sort((a, b) => b.items.length - a.items.length);
    const largest = bySize[0];
    if (!largest || largest.items.length < 200) throw new Error('La démo n’a plus de questionnaire de 200 réponses au moins.');
    const pages = sessionPages(largest.items);
    return { id: largest.id, pages: pages.length, firstPage: pages[0] ?? [] };
  }

  async function phone(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await demo.browser.newContext({ viewport: PHONE, javaScriptEnabled });
    const page = await context.newPage();
    return { context, page, errors: watchErrors(page) };
  }

  const at = (pathname: string) => new URL(pathname, demo.site.url).href;
  const height = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
  /** Whether the item's box is on screen (a closed group gives it none). */
  const onScreen = (page: Page, itemId: string) =>
    page.evaluate((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box !== undefined && box.height > 0 && box.top >= -1 && box.top < innerHeight;
    }, itemAnchor(itemId));

  it(`a questionnaire's page opens on its groups, under ${SURVEY_PAGE_MAX} px, and axe finds nothing`, async () => {
    const { id, pages } = survey();
    for (const javaScriptEnabled of [true, false]) {
      const { context, page, errors } = await phone(javaScriptEnabled);
      await page.goto(at(sessionPageUrl(id)), { waitUntil: 'load' });
      expect(await height(page), `scripts: ${javaScriptEnabled}`).toBeLessThan(SURVEY_PAGE_MAX);
      // Each group says its tag and its count; the headings name the questions.
      const summaries = await page.locator('details.session-group > summary').allInnerTexts();
      expect(summaries.length).toBeGreaterThan(1);
      for (const summary of summaries) expect(summary).toMatch(/^.+\s\d+\séléments?(\s+\(question\s.+\))?$/);
      expect(await page.locator('main h2').first().innerText()).toMatch(/^Question\s:\s/);
      if (javaScriptEnabled) {
        expect(await runAxe(page)).toEqual([]);
        await page.locator('details.session-group > summary').first().click();
        expect(await runAxe(page)).toEqual([]);
      }
      // Its last page too, shorter (38 answers, 10 818 px before): the same way through every page.
      await page.goto(at(sessionPageUrl(id, pages)), { waitUntil: 'load' });
      expect(await height(page), `page ${pages}, scripts: ${javaScriptEnabled}`).toBeLessThan(SURVEY_PAGE_MAX);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 120_000);

  it('without scripts, every item of the page is in it, and a summary or a permalink opens its group', async () => {
    const { id, firstPage } = survey();
    const { context, page, errors } = await phone(false);
    await page.goto(at(sessionPageUrl(id)), { waitUntil: 'load' });
    const listed = await page.locator('li.verbatim').evaluateAll((items) => items.map((item) => item.id));
    expect(listed.sort()).toEqual(firstPage.map((item) => itemAnchor(item.id)).sort());
    // None hidden but by a closed group.
    const outside = await page.locator('li.verbatim').evaluateAll((items) => items.filter((item) => !item.closest('details.session-group')).length);
    expect(outside).toBe(0);

    // A summary opens its group by keyboard: its items get a box.
    const last = page.locator('details.session-group').last();
    expect(await last.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await last.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await last.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await last.locator('li.verbatim').first().isVisible()).toBe(true);

    // A permalink to an item of another closed group: the browser opens it and shows the item.
    const target = await page.locator('details.session-group:not([open]) li.verbatim').last().getAttribute('data-item');
    if (!target) throw new Error('Plus de groupe fermé sur la page.');
    await page.goto(at(`${sessionPageUrl(id)}#${itemAnchor(target)}`), { waitUntil: 'load' });
    expect(await onScreen(page, target)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('with scripts, a permalink lands on its item, from another page as from the page itself', async () => {
    const { id, firstPage } = survey();
    const { context, page, errors } = await phone(true);
    const last = firstPage.at(-1);
    const middle = firstPage[Math.floor(firstPage.length / 2)];
    if (!last || !middle) throw new Error('Page vide.');
    await page.goto(at(`${sessionPageUrl(id)}#${itemAnchor(last.id)}`), { waitUntil: 'networkidle' });
    expect(await onScreen(page, last.id)).toBe(true);
    expect(await page.evaluate((anchor) => document.querySelector(':target')?.id === anchor, itemAnchor(last.id))).toBe(true);
    // Within the page (another group, closed).
    await page.goto(at(sessionPageUrl(id)), { waitUntil: 'networkidle' });
    await page.evaluate((anchor) => {
      location.hash = anchor;
    }, itemAnchor(middle.id));
    await page.waitForFunction((anchor) => document.getElementById(anchor)?.closest('details')?.open === true, itemAnchor(middle.id));
    expect(await onScreen(page, middle.id)).toBe(true);
    // Where the browser does not open the group itself, the page's script does: its group closed again and a
    // change of hash announced without a navigation (Chromium then opens nothing), the item is shown.
    const reopened = await page.evaluate((anchor) => {
      const group = document.getElementById(anchor)?.closest('details');
      if (!group) return false;
      group.open = false;
      window.scrollTo(0, 0);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      return group.open;
    }, itemAnchor(middle.id));
    expect(reopened).toBe(true);
    expect(await onScreen(page, middle.id)).toBe(true);
    // The source line leaves out the page's title, the copied citation keeps it.
    const title = demo.site.synthesis.sessions.find((session) => session.id === id)?.title ?? '';
    const source = page.locator(`#${itemAnchor(middle.id)} [data-citation-source]`);
    expect(await source.textContent()).toMatch(new RegExp(`^${title} · réponse n°\\s\\d+`));
    expect(await source.innerText()).toMatch(/^réponse n°\s\d+/);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('opened, its items are more compact: the tag said by their group, the page’s title not again on each source line', async () => {
    const { id } = survey();
    const { context, page } = await phone(true);
    await page.goto(at(sessionPageUrl(id)), { waitUntil: 'load' });
    const found = await page.evaluate(() => {
      for (const group of document.querySelectorAll('details')) group.open = true;
      const items = [...document.querySelectorAll('li.verbatim')];
      return {
        meanHeight: items.reduce((sum, item) => sum + item.getBoundingClientRect().height, 0) / items.length,
        // A badge is left only where the tag was inferred, beside its confidence.
        badges: items.filter((item) => item.querySelector('.meta .tag') && !/déduite/.test(item.querySelector('.meta')?.textContent ?? '')).length,
      };
    });
    // 272 px before, 210 now.
    expect(found.meanHeight).toBeLessThan(240);
    expect(found.badges).toBe(0);
    await context.close();
  }, 60_000);

  it('printed, every group is open', async () => {
    const { id, firstPage } = survey();
    const { context, page } = await phone(false);
    await page.goto(at(sessionPageUrl(id)), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('li.verbatim').evaluateAll((items) => items.filter((item) => item.getBoundingClientRect().height > 0).length);
    expect(shown).toBe(firstPage.length);
    await context.close();
  }, 60_000);

  it('a workshop’s page, a few dozen items, shows them all at once, under its links to each heading', async () => {
    const workshop = demo.site.synthesis.sessions.find((session) => session.kind === 'workshop');
    if (!workshop) throw new Error('La démo n’a plus d’atelier.');
    const { context, page, errors } = await phone(true);
    await page.goto(at(sessionPageUrl(workshop.id)), { waitUntil: 'load' });
    const items = page.locator('li.verbatim');
    expect(await items.count()).toBe(demo.site.synthesis.items.filter((item) => item.sessionId === workshop.id).length);
    expect(await items.evaluateAll((list) => list.every((item) => item.getBoundingClientRect().height > 0))).toBe(true);
    const links = await page.locator('nav.session-toc a').evaluateAll((list) => list.map((link) => link.getAttribute('href')));
    const headings = await page.locator('main section.session-question > h2').evaluateAll((list) => list.map((heading) => `#${heading.id}`));
    expect(links).toEqual(headings);
    expect(links.length).toBeGreaterThan(1);
    expect(await runAxe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
