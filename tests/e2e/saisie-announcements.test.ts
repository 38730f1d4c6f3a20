/**
 * End-to-end: what /saisie/ says to a screen reader (Chromium) — the count of blocking errors once the
 * writer pauses or leaves a field, not at each keystroke of a half-typed date (RGAA 7.5), and a held
 * download that says why where the focus lands (RGAA 7.5, 11.10). The typing and the pauses are timed by
 * the page's fake clock (support/page-clock.ts), so that a loaded machine cannot make a pause of a key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibleNode } from './support/accessibility-tree.ts';
import { openEntryForm, type OpenEntryForm } from './support/entry-form.ts';
import { installClock, pauseClock, typeSlowly } from './support/page-clock.ts';
import { HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

describe.skipIf(!HAS_CHROMIUM)('what /saisie/ announces (Chromium)', () => {
  let form: OpenEntryForm | undefined;
  let page: Page;

  beforeAll(async () => {
    form = await openEntryForm({}, installClock);
    page = form.page;
    // Every text the live region takes, in order (it is emptied before each).
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const region = document.getElementById('saisie-annonces');
      if (region) new MutationObserver(() => region.textContent && said.push(region.textContent)).observe(region, { childList: true, characterData: true, subtree: true });
    });
  });

  afterAll(async () => {
    await form?.close();
  });

  const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said.splice(0));
  const blockingCounts = (texts: string[]) => texts.filter((text) => text.includes('Vérification'));

  it('says nothing while a date is typed slowly, then the changed count once the field is left or after a second', async () => {
    // The page's clock, not the machine's: « a key every 350 ms » and « a second's pause » are exact under any load.
    await pauseClock(page);
    try {
      await page.fill('#f-region', 'Auvergne-Rhône-Alpes');
      // Left for the date, the typed region is said (« → Auvergne-Rhône-Alpes ») with its count.
      await page.focus('#f-date');
      // The region's own change of count is said first, and out of the way.
      await page.clock.runFor(1500);
      await said();
      // « 12/0 » is no date: the summary counts an error for a moment, the reader hears nothing of it.
      await page.focus('#f-date');
      const summary = page.locator('#verification-etat');
      expect(await summary.textContent()).toMatch(/^Aucune erreur bloquante/);
      await typeSlowly(page, '12/0', 350);
      expect(await summary.textContent()).toMatch(/^1[\s\u00a0\u202f]erreur bloquante/);
      await typeSlowly(page, '9/2026', 350);
      await page.clock.runFor(1500);
      expect(blockingCounts(await said())).toEqual([]);
      await page.keyboard.press('Tab');
      await page.clock.runFor(300);
      expect(blockingCounts(await said())).toEqual([]);
      // A date that stays wrong: said once, when the field is left, before the pause is over.
      await page.fill('#f-date', '');
      await page.focus('#f-date');
      await typeSlowly(page, '31/02/2026', 100);
      await page.keyboard.press('Tab');
      await page.clock.runFor(300);
      expect(blockingCounts(await said())).toEqual([expect.stringMatching(/Vérification[\s\u00a0\u202f]: 1 erreur bloquante\.$/)]);
      await page.clock.runFor(1200);
      expect(blockingCounts(await said())).toEqual([]);
      // Corrected without leaving the field: the count is said a second after the check (250 ms after the
      // key) that changed it, not a millisecond before.
      await page.fill('#f-date', '28/02/2026');
      await page.clock.runFor(250);
      expect(await summary.textContent()).toMatch(/^Aucune erreur bloquante/);
      const region = page.locator('#saisie-annonces');
      await page.clock.runFor(999);
      expect(blockingCounts(await said())).toEqual([]);
      expect(await region.textContent()).not.toBe('');
      // Said now: the region is emptied, and filled 50 ms later (so that a sentence said twice is heard twice).
      await page.clock.runFor(1);
      expect(await region.textContent()).toBe('');
      await page.clock.runFor(50);
      expect(blockingCounts(await said())).toEqual([expect.stringMatching(/Vérification[\s\u00a0\u202f]: plus aucune erreur bloquante\.$/)]);
    } finally {
      await page.clock.resume();
    }
  }, 30_000);

  it('« Télécharger la note » held: the focused status line is described by the suspension', async () => {
    await page.fill('#f-date', '31/02/2026');
    await page.focus('#telecharger');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#telechargement-suspendu', { state: 'visible', timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('verification-etat');
    const status = await accessibleNode(page, '#verification-etat');
    expect(status.description).toMatch(/^Téléchargement suspendu\u00a0: corrigez d’abord/);
    // Nothing held any more: the status line describes nothing but itself.
    await page.fill('#f-date', '2026-02-12');
    await page.waitForSelector('#telechargement-suspendu', { state: 'hidden', timeout: 5000 });
    expect((await accessibleNode(page, '#verification-etat')).description).toBe('');
  }, 30_000);
});
