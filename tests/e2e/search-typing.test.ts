/**
 * The search page while a reader types, in headless Chromium on the built demo: the live region speaks
 * the status once they pause (not for each prefix of a word typed slowly), on Enter, or when they leave
 * the field; a query under 3 letters says to type more, neither « trop courants » nor « aucun résultat »;
 * identical answers' links tell which answer they lead to. Skipped, with a message, when Chromium is absent.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { installClock, pauseClock, typeSlowly } from './support/page-clock.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE, watchErrors } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** How long a search may take to show its status: seconds on a loaded machine (vitest's default is 1 s). */
const SEARCHING = { timeout: 15_000 };

interface Heard {
  /** Each text the live region came to hold (not its emptying). */
  spoken: string[];
  /** Each text the status on screen came to show. */
  shown: string[];
}

describe.skipIf(!HAS_CHROMIUM)('search page: what is said while typing', () => {
  const demo = demoSiteAndBrowser();

  /** The search page; with `clock`, its time paused once open, run by the test (support/page-clock.ts). */
  async function open(clock = false): Promise<{ page: Page; errors: string[] }> {
    const context = await demo.browser.newContext();
    if (clock) await installClock(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${demo.site.url.replace(/\/$/, '')}/recherche/`);
    // What a screen reader hears: the text of the page's live regions, as it changes.
    await page.evaluate(() => {
      const heard = { spoken: [] as string[], shown: [] as string[] };
      (window as unknown as { heard: typeof heard }).heard = heard;
      const watch = (node: Element | null, into: string[]) => {
        if (!node) return;
        new MutationObserver(() => {
          const text = node.textContent ?? '';
          if (text !== '') into.push(text);
        }).observe(node, { childList: true, characterData: true, subtree: true });
      };
      for (const region of document.querySelectorAll('[role="status"], [aria-live="polite"], [aria-live="assertive"]')) watch(region, heard.spoken);
      watch(document.querySelector('[data-status]'), heard.shown);
    });
    if (clock) await pauseClock(page);
    return { page, errors };
  }

  const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: Heard }).heard);

  // The page's clock, not the machine's, times these two: on a loaded machine a key once took over the
  // second's pause, and the reader was heard mid-word.
  it('speaks « mobil » typed at 400 ms a key once, after the pause, none of its prefixes; Enter says it again', async () => {
    const { page, errors } = await open(true);
    const status = page.locator('[data-status]');
    await page.locator('#recherche-champ').focus();
    for (const [index, key] of [...'mobil'].entries()) {
      await page.keyboard.type(key);
      // The search runs 180 ms after a key; its status is awaited, whatever time the machine takes for it.
      await page.clock.runFor(180);
      await expect.poll(async () => (await heard(page)).shown.length, SEARCHING).toBe(index + 1);
      await page.clock.runFor(400 - 180);
    }
    // A second after « l » (400 ms ago), not a millisecond before, the live region says the word's status.
    await page.clock.runFor(1000 - 400 - 1);
    const { spoken, shown } = await heard(page);
    expect(spoken).toEqual([]);
    await page.clock.runFor(1);
    // The status on screen followed the typing (« m »'s, « mo »'s, then the longer prefixes' counts)…
    expect(shown).toHaveLength(5);
    expect(shown.at(-1)).toMatch(/«\u00a0mobil\u00a0»/);
    expect(await status.textContent()).toBe(shown.at(-1));
    // … and the live region said only the word's.
    expect((await heard(page)).spoken).toEqual([shown.at(-1)]);
    // Enter: said again, though unchanged (the region is emptied, then filled 50 ms later).
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-announcer]').textContent(), SEARCHING).toBe('');
    await page.clock.runFor(50);
    expect((await heard(page)).spoken).toEqual([shown.at(-1), shown.at(-1)]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('speaks the status when the field is left before the pause', async () => {
    const { page } = await open(true);
    await page.locator('#recherche-champ').focus();
    await typeSlowly(page, 'agenda', 50);
    await page.clock.runFor(180 - 50);
    await page.locator('[data-status]').filter({ hasText: /«\u00a0agenda\u00a0»/ }).waitFor();
    // 180 ms after the last key: the status is on screen, not said yet…
    expect((await heard(page)).spoken).toEqual([]);
    // … until the field is left.
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await heard(page)).spoken, SEARCHING).toEqual([await page.locator('[data-status]').textContent()]);
    await page.context().close();
  }, 60_000);

  it('asks for 3 letters under 3 letters (« m », « mo »), not « trop courants » nor « aucun résultat »; « les » is too common', async () => {
    const { page } = await open();
    const input = page.locator('#recherche-champ');
    const status = page.locator('[data-status]');
    for (const query of ['m', 'mo', 're']) {
      // Results listed first, so that the status and the empty list below are this query's, not left by the previous one.
      await input.fill('mob');
      await input.press('Enter');
      await expect.poll(() => status.textContent(), SEARCHING).toMatch(/résultats? pour «\u00a0mob\u00a0»/);
      expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
      await input.fill(query);
      await input.press('Enter');
      await expect.poll(() => status.textContent(), SEARCHING).toMatch(/^Tapez au moins 3\slettres\s: le début d’un mot suffit alors/);
      expect(await page.locator('[data-results] > li').count()).toBe(0);
    }
    await input.fill('les');
    await input.press('Enter');
    await expect.poll(() => status.textContent(), SEARCHING).toMatch(/^Ces mots sont trop courants/);
    // Three letters: the start of a word finds texts.
    await input.fill('mob');
    await input.press('Enter');
    await expect.poll(() => status.textContent(), SEARCHING).toMatch(/résultats? pour «\u00a0mob\u00a0»/);
    await page.context().close();
  });

  it('names the links of identical answers apart, by where each comes from', async () => {
    const { page } = await open();
    await page.locator('#recherche-champ').fill('recherche rapide des jeunes');
    await page.locator('#recherche-champ').press('Enter');
    await page.locator('[data-results] > li').first().waitFor();
    const links = await page.locator('a.result-link').evaluateAll((nodes) =>
      nodes.map((node) => {
        const visible = node.cloneNode(true) as HTMLElement;
        for (const hidden of visible.querySelectorAll('.visually-hidden')) hidden.remove();
        return { visible: (visible.textContent ?? '').trim(), name: (node.textContent ?? '').trim(), hidden: node.querySelector('.visually-hidden')?.getBoundingClientRect().width ?? -1 };
      }),
    );
    const same = links.filter((link) => link.visible === 'La recherche rapide des jeunes.');
    // Two answers of the demo's survey say exactly this.
    expect(same.length).toBeGreaterThanOrEqual(2);
    expect(new Set(same.map((link) => link.name)).size).toBe(same.length);
    // « , élément 2 sur 3 » too when the answer gave several items, as its page's links say.
    for (const link of same) expect(link.name).toMatch(/^La recherche rapide des jeunes\., réponse n°\s?\d+(?:, élément \d+ sur \d+)?$/);
    // Said, not shown: the source line under the result shows it.
    for (const link of links) expect(link.hidden).toBeLessThanOrEqual(1);
    await page.context().close();
  });
});
