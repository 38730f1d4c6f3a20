/**
 * What a reader meets on a phone and in a shared address, in headless Chromium on the built demo:
 * the first result of the search and of the explorer visible without scrolling at 375 px (the site links
 * behind « Menu »), nothing left out at 320 px (the introduction, the keyboard hint, every site link once
 * the menu is open), the focus kept when
 * every filter is removed, an explorer
 * address naming a region by its name or slug (`?region=bretagne`) applied, an unknown one said, and
 * a session's pager (« Page 1 sur 2 ») after its list, and a search address's unknown filter said. With the
 * keyboard up (360 × 400): the results brought up by « Voir les N verbatims » after the filters and by Enter in
 * the search field, and so are the texts holding one of two words that no text holds together. Skipped, with
 * a message, when Chromium is absent.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, runAxe, SKIP_MESSAGE } from './support/site.ts';
import { slugify } from '../../src/site/urls.ts';
import { ITEMS_PER_PAGE } from '../../src/site/permalink.ts';
import { NAV } from '../../src/site/nav.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** An iPhone SE / mini class screen: 375 × 667 CSS pixels. */
const PHONE = { width: 375, height: 667 };

describe.skipIf(!HAS_CHROMIUM)('search and explorer for a reader', () => {
  const demo = demoSiteAndBrowser();
  const base = () => demo.site.url.replace(/\/$/, '');

  async function phonePage(url: string): Promise<Page> {
    const context = await demo.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${base()}${url}`);
    return page;
  }

  const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((node) => node.getBoundingClientRect().top);

  // The introduction and the keyboard hint are kept (WCAG 1.4.10), the site links fold behind « Menu »:
  // the first result starts within the first screen, with room to show some of it.
  const FIRST_SCREEN = PHONE.height - 60;

  it('shows the first search result without scrolling on a 375 px phone', async () => {
    const page = await phonePage('/recherche/?q=saisie');
    await page.locator('[data-results] > li').first().waitFor();
    const y = await top(page, '[data-results] > li');
    expect(y).toBeLessThan(FIRST_SCREEN);
    // The box, the status and the filters' toggle are still there, above it.
    expect(await top(page, '#recherche-champ')).toBeLessThan(y);
    expect(await page.locator('[data-facets-toggle] > summary').isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows the first verbatim of the explorer without scrolling on a 375 px phone', async () => {
    const page = await phonePage('/verbatims/');
    await page.locator('[data-list] > li').first().waitFor();
    const y = await top(page, '[data-list] > li');
    expect(y).toBeLessThan(FIRST_SCREEN);
    expect(await page.locator('[data-facets-toggle] > summary').isVisible()).toBe(true);
    await page.context().close();
  });

  /** A 360 px phone with its on-screen keyboard up (or any short screen): 400 CSS pixels of page show. */
  const KEYBOARD_UP = { width: 360, height: 400 };

  /** Whether an element's top is on the screen. */
  const onScreen = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((node) => {
      const { top } = node.getBoundingClientRect();
      return top >= 0 && top < window.innerHeight;
    });

  it('brings the results up after a filter ticked on a 360 × 400 screen, with « Voir les N verbatims », the status saying it once', async () => {
    const context = await demo.browser.newContext({ viewport: KEYBOARD_UP });
    const page = await context.newPage();
    await page.goto(`${base()}/verbatims/`);
    const status = page.locator('[data-status]');
    await status.filter({ hasText: /au total/ }).waitFor();
    // The filters start folded; opened, they are screens long.
    await page.locator('[data-facets-toggle] > summary').click();
    await page.evaluate(() => {
      const changes: number[] = [];
      (window as unknown as { statusChanges: number[] }).statusChanges = changes;
      new MutationObserver(() => changes.push(Date.now())).observe(document.querySelector('[data-status]')!, { childList: true, characterData: true, subtree: true });
    });
    const theme = page.locator('[data-facets] input[name="theme"]').first();
    await page.locator(`label[for="${await theme.getAttribute('id')}"]`).click();
    await status.filter({ hasText: /aux filtres/ }).waitFor();
    const count = Number(/^([\d\s\u202f]+) verbatims? corresp/.exec((await status.textContent()) ?? '')?.[1]?.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(1);
    // Where the reader ticked, the count and the way to the verbatims, which are far below.
    const jump = page.locator('[data-facets-jump]');
    expect(await jump.textContent()).toBe(`Voir les ${count.toLocaleString('fr-FR')} verbatims`);
    expect(await onScreen(page, '[data-facets-jump]')).toBe(true);
    expect(await onScreen(page, '[data-list] > li')).toBe(false);
    // The open filters scroll in their box: the control covers none of their values (target size, focus).
    expect(await runAxe(page)).toEqual([]);
    const announced = await page.evaluate(() => (window as unknown as { statusChanges: number[] }).statusChanges.length);
    await jump.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('liste-titre');
    for (const selector of ['[data-status]', '[data-clear]', '[data-facets-toggle] > summary', '#liste-titre', '[data-list] > li']) {
      expect(await onScreen(page, selector), selector).toBe(true);
    }
    expect(await page.locator('[data-facets-toggle]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    // The jump says nothing new: the status spoke once, for the tick.
    expect(await page.evaluate(() => (window as unknown as { statusChanges: number[] }).statusChanges.length)).toBe(announced);
    await context.close();
  });

  it('brings the status and the first result up on Enter in the search field on a 360 × 400 screen, not on a wide one', async () => {
    const context = await demo.browser.newContext({ viewport: KEYBOARD_UP });
    const page = await context.newPage();
    await page.goto(`${base()}/recherche/`);
    const field = page.locator('#recherche-champ');
    expect(await field.getAttribute('enterkeyhint')).toBe('search');
    await field.fill('saisie');
    await page.locator('[data-results] > li').first().waitFor();
    expect(await onScreen(page, '[data-results] > li')).toBe(false);
    await field.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'resultats-titre');
    // The focused heading shows (it is for screen readers only until then): the focus is seen.
    expect(await page.locator('#resultats-titre').evaluate((node) => node.getBoundingClientRect().height)).toBeGreaterThan(10);
    for (const selector of ['#resultats-titre', '#recherche-champ', '[data-status]', '[data-results] > li']) {
      expect(await onScreen(page, selector), selector).toBe(true);
    }
    expect(await field.inputValue()).toBe('saisie');
    // From the heading, Tab reaches the first result.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('result-link'))).toBe(true);
    await context.close();

    // Beside or under the field on a wide screen: Enter leaves the reader typing, the page where it was.
    const wide = await demo.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desk = await wide.newPage();
    await desk.goto(`${base()}/recherche/`);
    await desk.locator('#recherche-champ').fill('saisie');
    await desk.locator('[data-results] > li').first().waitFor();
    // The status is written anew by the run Enter starts, the last thing it does (query-runner.ts): the
    // results would be brought up in the same task, so once it is written the page has had its chance to.
    await desk.evaluate(() => {
      const status = document.querySelector('[data-status]');
      if (status) new MutationObserver(() => (status as HTMLElement).dataset.rewritten = 'oui').observe(status, { childList: true, characterData: true, subtree: true });
    });
    await desk.locator('#recherche-champ').press('Enter');
    await desk.locator('[data-status][data-rewritten]').filter({ hasText: /résultat/ }).waitFor();
    expect(await desk.evaluate(() => [document.activeElement?.id, window.scrollY])).toEqual(['recherche-champ', 0]);
    await wide.close();
  });

  it('brings up, on Enter on a 360 × 400 screen, the texts holding one of two words no text holds together, the heading saying so', async () => {
    const context = await demo.browser.newContext({ viewport: KEYBOARD_UP });
    const page = await context.newPage();
    await page.goto(`${base()}/recherche/`);
    const field = page.locator('#recherche-champ');
    // The demo's 2 texts saying « mobile » never say « agenda ».
    await field.fill('agenda mobile');
    await page.locator('[data-results] > li').first().waitFor();
    await field.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'resultats-titre');
    expect(await page.locator('#resultats-titre').textContent()).toBe('Textes qui contiennent «\u00a0agenda\u00a0» ou «\u00a0mobile\u00a0», pas les deux');
    for (const selector of ['#resultats-titre', '[data-status]', '[data-results] > li']) {
      expect(await onScreen(page, selector), selector).toBe(true);
    }
    const total = Number(/Ci-dessous, (\d+) textes/.exec((await page.locator('[data-status]').textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    // Below the filters, the way back to the list names it as the status and the heading do: texts, not results (there are none).
    await page.locator('[data-facets-toggle] > summary').click();
    expect(await page.locator('[data-facets-jump]').textContent()).toBe(`Voir les ${total} textes`);
    expect(await page.locator('#facettes-titre').textContent()).toBe('Affiner ces textes');
    await context.close();
  });

  /** What a 320 px window (or 200 % zoom of a 1280 px one) leaves out or pushes sideways. */
  async function reflowAt320(url: string) {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${base()}${url}`);
    // The site links are behind « Menu » at this width: open, they must all fit.
    await page.locator('button.menu-toggle').click();
    const layout = await page.evaluate(() => {
      const nav = document.querySelector<HTMLElement>('.main-nav ul');
      const links = [...document.querySelectorAll<HTMLElement>('.main-nav a')];
      return {
        pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        navScrolls: nav ? nav.scrollWidth > nav.clientWidth : true,
        linksOutside: links.filter((link) => link.getBoundingClientRect().right > window.innerWidth + 0.5).map((link) => link.textContent),
        linksShown: links.filter((link) => link.getClientRects().length > 0).length,
      };
    });
    return { page, layout, close: () => context.close() };
  }

  it('leaves nothing out of /recherche/ at 320 px: introduction, keyboard hint in the field’s description, every site link in the menu', async () => {
    const { page, layout, close } = await reflowAt320('/recherche/');
    expect(layout).toEqual({ pageScrolls: false, navScrolls: false, linksOutside: [], linksShown: NAV.length });
    expect(await page.locator('main .lead').isVisible()).toBe(true);
    expect(await page.locator('.hint-keys').isVisible()).toBe(true);
    // The field's accessible description, as Chromium computes it for assistive technologies.
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#recherche-champ' })) as { nodeId: number };
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as {
      nodes: Array<{ description?: { value?: string } }>;
    };
    expect(nodes[0]?.description?.value ?? '').toMatch(/Flèche bas pour aller aux résultats, Échap pour revenir ici/);
    await close();
  });

  it('leaves nothing out of /verbatims/ at 320 px: introduction, every site link in the menu', async () => {
    const { page, layout, close } = await reflowAt320('/verbatims/');
    await page.locator('[data-list] > li').first().waitFor();
    expect(layout).toEqual({ pageScrolls: false, navScrolls: false, linksOutside: [], linksShown: NAV.length });
    const lead = page.locator('main .lead');
    expect(await lead.isVisible()).toBe(true);
    expect(await lead.innerText()).toMatch(/L’adresse de la page garde vos filtres/);
    await close();
  });

  it('keeps the focus when « Retirer tous les filtres » hides itself, and says it', async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base()}/verbatims/`);
    const status = page.locator('[data-status]');
    await status.filter({ hasText: /au total/ }).waitFor();
    const total = (await status.textContent()) ?? '';
    await page.locator('[data-facets] input[name="tag"]').first().check();
    await status.filter({ hasText: /aux filtres/ }).waitFor();
    const clear = page.locator('[data-clear]');
    await clear.focus();
    await page.keyboard.press('Enter');
    await status.filter({ hasText: /retirés/ }).waitFor();
    expect(await clear.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('liste-titre');
    expect(await status.textContent()).toBe(`Tous les filtres sont retirés. ${total}`);
    await context.close();
  });

  it('applies ?region=<name or slug> like the region code, and says an unknown region', async () => {
    const counts = demo.site.synthesis.counts.byRegion.filter((row) => (row.keys[0] ?? '') !== '' && row.items > 0);
    const row = counts[0]!;
    const code = row.keys[0] ?? '';
    const region = demo.site.synthesis.regions.find((r) => r.code === code)!;
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    const statusOf = async (query: string) => {
      await page.goto(`${base()}/verbatims/${query}`);
      const status = page.locator('[data-status]');
      await status.filter({ hasText: /correspond|Aucun|inconnue/ }).waitFor();
      return (await status.textContent()) ?? '';
    };
    const byCode = await statusOf(`?region=${code}`);
    expect(byCode).toMatch(/aux filtres/);
    expect(await statusOf(`?region=${slugify(region.name)}`)).toBe(byCode);
    expect(await statusOf(`?region=${encodeURIComponent(region.name)}`)).toBe(byCode);
    expect(await page.locator(`[data-facets] input[name="region"][value="${code}"]`).isChecked()).toBe(true);
    const unknown = await statusOf('?region=bretagn-du-sud');
    expect(unknown).toContain('Région inconnue\u00a0: bretagn-du-sud');
    expect(await page.locator('[data-list] > li').count()).toBe(0);
    await context.close();
  });

  it('says on the search page which filter of the address it does not know, and searches without it', async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    const status = page.locator('[data-status]');
    // Without words: said as soon as the page has read the index's values, in the polite status.
    await page.goto(`${base()}/recherche/?region=atlantide&tag=foo`);
    await status.filter({ hasText: /inconnue/ }).waitFor();
    expect(await status.textContent()).toBe('Étiquette inconnue\u00a0: foo. Région inconnue\u00a0: atlantide. Ces filtres sont ignorés.');
    // Spoken at once by the live region (nothing was typed: status-announcer.ts).
    const announcer = page.locator('[data-announcer]');
    expect(await announcer.getAttribute('role')).toBe('status');
    await expect.poll(() => announcer.textContent()).toBe(await status.textContent());
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    // With words: the results of the words alone, as many as without the unknown filter, and it is said.
    await page.goto(`${base()}/recherche/?q=saisie`);
    await status.filter({ hasText: /résultat/ }).waitFor();
    const plain = (await status.textContent()) ?? '';
    await page.goto(`${base()}/recherche/?q=saisie&region=atlantide`);
    await status.filter({ hasText: /résultat/ }).waitFor();
    expect(await status.textContent()).toBe(`Région inconnue\u00a0: atlantide. Ce filtre est ignoré. ${plain}`);
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    // Once the reader ticks a filter, the address's mistake is no longer said.
    await page.locator('[data-facets-toggle]').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.locator('[data-facets] input[name="tag"]').first().check();
    await status.filter({ hasText: /retenu/ }).waitFor();
    expect(await status.textContent()).not.toContain('inconnue');
    await context.close();
  });

  it('puts the pager of a session of several pages after its list, with aria-current', async () => {
    const session = demo.site.synthesis.sessions.find(
      (s) => demo.site.synthesis.items.filter((item) => item.sessionId === s.id).length > ITEMS_PER_PAGE,
    );
    if (!session) return; // The demo's surveys may fit one page: tests/site/pager.test.ts covers the page links.
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base()}/sessions/${session.id}/`);
    const navs = page.locator('nav.page-nav');
    expect(await navs.count()).toBe(2);
    expect(await navs.last().locator('[aria-current="page"]').textContent()).toBe('1');
    // After the list in the document, and below what of it is shown: a page of many items opens on its groups
    // closed (session pages), whose hidden content Chromium may or may not have laid out — the group's summary is what shows.
    const list = page.locator('ul.verbatims').last();
    expect(await list.evaluate((node) => node.compareDocumentPosition(document.querySelectorAll('nav.page-nav')[1] as Node) & Node.DOCUMENT_POSITION_FOLLOWING)).toBeTruthy();
    const listBottom = await list.evaluate((node) => (node.closest('details:not([open])') ?? node).getBoundingClientRect().bottom);
    expect(await navs.last().evaluate((node) => node.getBoundingClientRect().top)).toBeGreaterThan(listBottom);
    await context.close();
  });
});
