/**
 * The search page where a query leads nowhere obvious, in headless Chromium on the built demo: a theme's or
 * a region's name offered with its count (the explorer's), filters without words, filters that leave out
 * every result, Back to the previous query, a long query kept as the field keeps it, quotation marks in the
 * status, « Aller aux résultats » after the field, and the texts holding some of the words when none holds
 * them all (apart from results, paged, filtered, in the history). axe-core on the page with these messages shown.
 * Skipped, with a message, when Chromium is absent.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { installClock, pauseClock } from './support/page-clock.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, runAxe, SKIP_MESSAGE, watchErrors } from './support/site.ts';
import { MAX_QUERY_LENGTH } from '../../src/search/selection.ts';
import { SHOWN_QUERY_LENGTH } from '../../src/search/page-text.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** The search page's pause that settles a query (src/search/client.ts). */
const SETTLE_MS = 1000;

const numberIn = (text: string) => Number((text.match(/\d[\d\s\u202f\u00a0]*/)?.[0] ?? '').replace(/\D/g, ''));

describe.skipIf(!HAS_CHROMIUM)('search page: what to do when words are not enough', () => {
  const demo = demoSiteAndBrowser();
  const base = () => demo.site.url.replace(/\/$/, '');

  /** The page at `url`; with `clock`, its time paused once open, run by the test (support/page-clock.ts). */
  async function open(url: string, clock = false): Promise<{ page: Page; errors: string[] }> {
    const context = await demo.browser.newContext();
    if (clock) await installClock(context);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${base()}${url}`);
    if (clock) await pauseClock(page);
    return { page, errors };
  }

  const status = (page: Page) => page.locator('[data-status]');
  const statusText = async (page: Page) => (await status(page).textContent()) ?? '';

  /** The number of verbatims the explorer lists at an address (the site's count). */
  async function explorerCount(page: Page, href: string): Promise<number> {
    await page.goto(`${base()}${href}`);
    const said = status(page).filter({ hasText: /correspond/ });
    await said.waitFor();
    return numberIn((await said.textContent()) ?? '');
  }

  it('offers the theme or the region a query names, with the explorer’s count', async () => {
    const { page, errors } = await open('/recherche/?q=ergonomie');
    const offer = page.locator('[data-offers] a', { hasText: /Saisie et ergonomie/ });
    await offer.waitFor();
    expect(await offer.textContent()).toMatch(/^Thème «\u00a0Saisie et ergonomie\u00a0»\u00a0: voir ses [\d\u202f]+ verbatims$/);
    expect(await statusText(page)).toMatch(/Aucun résultat pour «\u00a0ergonomie\u00a0» dans les textes\. Voir plutôt le thème «\u00a0Saisie et ergonomie\u00a0»/);
    expect(await page.locator('[data-suggestion]').isVisible()).toBe(false);
    expect(await runAxe(page)).toEqual([]);
    const href = (await offer.getAttribute('href')) ?? '';
    expect(href).toBe('/verbatims/?theme=saisie-ergonomie');
    const count = numberIn((await offer.textContent()) ?? '');
    // One number for a theme: the explorer's (the charts' aggregation) and the theme page's.
    expect(await explorerCount(page, href)).toBe(count);
    await page.goto(`${base()}/themes/saisie-ergonomie/`);
    expect(await page.locator('main').textContent()).toContain(`${count.toLocaleString('fr-FR')} `);

    for (const [query, value] of [
      ['Île-de-France', '11'],
      ['La Réunion', '04'],
    ] as const) {
      await page.goto(`${base()}/recherche/?q=${encodeURIComponent(query)}`);
      const region = page.locator('[data-offers] a', { hasText: new RegExp(`^Région «\\u00a0${query}\\u00a0»`) });
      await region.waitFor();
      expect(await region.getAttribute('href')).toBe(`/verbatims/?region=${value}`);
      const shown = numberIn(((await region.textContent()) ?? '').split(':')[1] ?? '');
      expect(await explorerCount(page, `/verbatims/?region=${value}`)).toBe(shown);
    }
    // A theme's word misspelt (« ergonimie », in no text: nothing to suggest) still names the theme; one whose
    // correction finds texts (« statistiqes ») gets the suggestion instead, not the theme.
    await page.goto(`${base()}/recherche/?q=ergonimie`);
    await page.locator('[data-offers] a', { hasText: /Saisie et ergonomie/ }).waitFor();
    await page.goto(`${base()}/recherche/?q=statistiqes`);
    await page.locator('[data-suggestion]:not([hidden])').waitFor();
    expect(await page.locator('[data-suggestion]').textContent()).toContain('statistiques');
    expect(await page.locator('[data-offers]').isVisible()).toBe(false);
    expect(await statusText(page)).not.toContain('Voir plutôt');
    // With results, a word that is also in a theme's name is searched as a word, no theme above them.
    await page.goto(`${base()}/recherche/?q=saisie`);
    await page.locator('[data-results] > li').first().waitFor();
    await page.locator('[data-facets]:not([hidden])').waitFor();
    expect(await page.locator('[data-offers]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('with filters and no words, says what they keep and links to the explorer with them', async () => {
    const { page, errors } = await open('/recherche/?theme=saisie-ergonomie');
    await status(page).filter({ hasText: /Aucun mot cherché/ }).waitFor();
    expect(await statusText(page)).toMatch(/Filtres\u00a0: Saisie et ergonomie \([\d\u202f]+ verbatims\)/);
    const link = page.locator('[data-notice] a');
    expect(await link.getAttribute('href')).toBe('/verbatims/?theme=saisie-ergonomie');
    const count = numberIn((await link.textContent()) ?? '');
    expect(count).toBeGreaterThan(0);
    expect(await runAxe(page)).toEqual([]);
    expect(await explorerCount(page, '/verbatims/?theme=saisie-ergonomie')).toBe(count);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('when the filters leave out every result, names them and removes them in one click', async () => {
    const { page, errors } = await open('/recherche/?q=PACEA&tag=broken&region=53');
    await status(page).filter({ hasText: /retenus? par les filtres/ }).waitFor();
    expect(await page.locator('[data-results] > li').count()).toBe(0);
    expect(await statusText(page)).toContain('Décochez un filtre pour les voir (Ce qui dysfonctionne, Bretagne)');
    const notice = page.locator('[data-notice]');
    expect(await notice.textContent()).toContain('(Ce qui dysfonctionne, Bretagne)');
    expect(await runAxe(page)).toEqual([]);
    const found = numberIn(await statusText(page));
    // The list's count for scripts is the status's: the results before the filters, none listed apart.
    const list = page.locator('[data-results]');
    expect([await list.getAttribute('data-found'), await list.getAttribute('data-partial')]).toEqual([String(found), null]);
    await notice.getByRole('button', { name: 'Retirer tous les filtres' }).click();
    await status(page).filter({ hasText: /^Tous les filtres sont retirés/ }).waitFor();
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    expect(numberIn(await statusText(page))).toBe(found);
    expect(new URL(page.url()).search).toBe('?q=PACEA');
    expect(await notice.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('resultats-titre');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps one history entry per query settled on: Back returns to the previous search', async () => {
    // The page's clock times the typing and the pause: keys typed at once (no « agen » settled by a slow
    // key on a loaded machine), and the second's pause exactly that, not a sleep hoping its timer fired.
    const { page, errors } = await open('/recherche/', true);
    const input = page.locator('#recherche-champ');
    await input.click();
    await page.keyboard.type('double saisie');
    await page.keyboard.press('Enter');
    await status(page).filter({ hasText: /pour «\u00a0double saisie\u00a0»/ }).waitFor();
    const first = await page.locator('a.result-link').first().getAttribute('href');
    await input.fill('');
    await page.keyboard.type('agenda');
    // A pause settles the query too (no Enter): searched 180 ms after the last key, settled a second after it.
    await page.clock.runFor(180);
    await status(page).filter({ hasText: /pour «\u00a0agenda\u00a0»/ }).waitFor();
    await page.clock.runFor(SETTLE_MS - 180);
    await page.keyboard.type(' partagé');
    await page.clock.runFor(180);
    // No text says both: those saying one of them are listed, and the search keeps its entry all the same.
    await status(page).filter({ hasText: /à la fois «\u00a0agenda\u00a0» et «\u00a0partagé\u00a0»/ }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('agenda partagé');

    await page.goBack();
    await status(page).filter({ hasText: /pour «\u00a0agenda\u00a0»/ }).waitFor();
    expect(await input.inputValue()).toBe('agenda');
    await page.goBack();
    await status(page).filter({ hasText: /pour «\u00a0double saisie\u00a0»/ }).waitFor();
    expect(await input.inputValue()).toBe('double saisie');
    expect(new URL(page.url()).searchParams.get('q')).toBe('double saisie');
    await expect.poll(() => page.locator('a.result-link').first().getAttribute('href')).toBe(first);
    await page.goBack();
    await expect.poll(() => input.inputValue()).toBe('');
    expect(new URL(page.url()).pathname).toBe('/recherche/');
    expect(await page.locator('[data-results] > li').count()).toBe(0);
    await page.goForward();
    await status(page).filter({ hasText: /pour «\u00a0double saisie\u00a0»/ }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps a long query as the field does, shortens it in the status and lists the texts with most of its words', async () => {
    const { page, errors } = await open('/recherche/');
    const words = 'les conseillers trouvent que la saisie des informations dans le logiciel prend beaucoup trop de temps et que les écrans sont mal organisés pour accompagner les jeunes au quotidien dans leurs démarches administratives et professionnelles avec les partenaires du territoire';
    expect(words.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    await page.locator('#recherche-champ').fill(words);
    await page.keyboard.press('Enter');
    await status(page).filter({ hasText: /Aucun résultat/ }).waitFor();
    const kept = await page.locator('#recherche-champ').inputValue();
    expect(kept).toBe(words.slice(0, MAX_QUERY_LENGTH));
    expect(new URL(page.url()).searchParams.get('q')).toBe(kept.trim());
    const said = await statusText(page);
    // No text holds every word: those holding most of them come first, the query quoted, not its words one by one.
    expect(said).toMatch(/^Aucun résultat ne contient tous les mots de «\u00a0.*\. Ci-dessous, [\d\u202f]+ textes qui en contiennent une partie, les plus complets d’abord\.$/);
    expect(said).toContain(`«\u00a0${words.slice(0, 30)}`);
    expect(said).toContain('…\u00a0»');
    expect(said.length).toBeLessThan(SHOWN_QUERY_LENGTH + 150);
    expect(await page.locator('#resultats-titre').textContent()).toBe('Textes qui contiennent une partie des mots cherchés, pas tous');
    // The shared address runs the same search.
    await page.reload();
    await status(page).filter({ hasText: /Aucun résultat/ }).waitFor();
    expect(await page.locator('#recherche-champ').inputValue()).toBe(kept.trim());
    expect(await statusText(page)).toBe(said);
    // The header's field, on every other page, keeps as much as this one's: what it sends is what is searched.
    await page.goto(new URL('/themes/', page.url()).href);
    await page.locator('#recherche-entete').fill(words);
    expect(await page.locator('#recherche-entete').inputValue()).toBe(kept);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a quoted query back without its straight quotes', async () => {
    const { page } = await open(`/recherche/?q=${encodeURIComponent('"double saisie"')}`);
    await status(page).filter({ hasText: /résultat/ }).waitFor();
    const said = await statusText(page);
    expect(said).toContain('pour «\u00a0double saisie\u00a0»');
    expect(said).not.toContain('"');
    await page.context().close();
  });

  it('lists, when no text holds both words, the texts holding one, apart from results: heading, status, pages, filters, skip link, Back', async () => {
    // The demo's 2 texts saying « mobile » (Montpellier, Saint-Pierre) never say « agenda ».
    const { page, errors } = await open(`/recherche/?q=${encodeURIComponent('agenda mobile')}`);
    await status(page).filter({ hasText: /Ci-dessous/ }).waitFor();
    await page.locator('[data-facets]:not([hidden])').waitFor();
    // The filters narrow those texts, not results (the status says there are none): their heading and section say so.
    const filtersTitle = page.locator('#facettes-titre');
    expect(await filtersTitle.textContent()).toBe('Affiner ces textes');
    expect(await page.getByRole('region', { name: 'Affiner ces textes' }).count()).toBe(1);
    const said = /^Aucun résultat ne contient à la fois «\u00a0agenda\u00a0» et «\u00a0mobile\u00a0»\. Ci-dessous, (\d+) textes qui contiennent l’un des deux\u00a0: «\u00a0agenda\u00a0» \((\d+)\), «\u00a0mobile\u00a0» \((\d+)\)\.$/.exec(
      await statusText(page),
    );
    expect(said).not.toBeNull();
    const [total, agenda, mobile] = [said?.[1], said?.[2], said?.[3]].map(Number) as [number, number, number];
    // No text holds both: the texts listed are those of each word, more than a page of them.
    expect(mobile).toBeGreaterThan(0);
    expect(total).toBe(agenda + mobile);
    expect(total).toBeGreaterThan(20);
    // The list tells scripts (the search bench) as much: no result, `total` texts listed instead.
    const list = page.locator('[data-results]');
    expect([await list.getAttribute('data-found'), await list.getAttribute('data-partial')]).toEqual(['0', String(total)]);
    // The status on screen is no live region: a dedicated one speaks it once the reader pauses (status-announcer.ts).
    expect(await status(page).getAttribute('role')).toBeNull();
    expect(await page.locator('[data-announcer]').getAttribute('role')).toBe('status');
    // A heading that shows says what they are; the section is named by it.
    const heading = page.locator('#resultats-titre');
    expect(await heading.textContent()).toBe('Textes qui contiennent «\u00a0agenda\u00a0» ou «\u00a0mobile\u00a0», pas les deux');
    expect(await heading.evaluate((node) => node.getBoundingClientRect().height)).toBeGreaterThan(10);
    const items = page.locator('[data-results] > li');
    expect(await items.count()).toBe(20);
    // The word each holds is highlighted.
    const marked = await items.evaluateAll((nodes) => nodes.map((node) => [...node.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase() ?? '')));
    expect(marked.every((marks) => marks.length > 0 && marks.every((mark) => mark.startsWith('agenda') || mark.startsWith('mobile')))).toBe(true);
    // Paged like results, the next ones focused.
    const more = page.locator('[data-more]');
    expect(await more.textContent()).toBe('Afficher plus de textes');
    await more.click();
    await expect.poll(() => items.count()).toBe(total);
    expect(await more.isHidden()).toBe(true);
    expect(await page.locator('a.result-link').nth(20).evaluate((link) => link === document.activeElement)).toBe(true);
    // The filters count the texts listed (each has one tag); ticking one keeps its texts, and the status says how many.
    const tagCounts = await page.locator('[data-facets] input[name="tag"] + label .facet-count').allTextContents();
    expect(tagCounts.map(numberIn).reduce((sum, count) => sum + count, 0)).toBe(total);
    const theme = page.locator('[data-facets] li:not([hidden])', { has: page.locator('input[name="theme"]') }).first();
    const kept = numberIn((await theme.locator('.facet-count').textContent()) ?? '');
    expect(kept).toBeGreaterThan(0);
    await theme.locator('input').check();
    await status(page).filter({ hasText: /retenus? par les filtres/ }).waitFor();
    expect(await statusText(page)).toMatch(new RegExp(`Ci-dessous, ${total} textes qui contiennent l’un des deux\u00a0: .*\u202f; ${kept} ${kept > 1 ? 'retenus' : 'retenu'} par les filtres\\.`));
    await expect.poll(() => items.count()).toBe(kept);
    // On a phone, below the filters: named as the status and the heading name them.
    expect(await page.locator('[data-facets-jump]').textContent()).toBe(kept === 1 ? 'Voir le texte' : `Voir les ${kept} textes`);
    expect(await runAxe(page)).toEqual([]);
    // « Aller aux textes trouvés » after the field, to the first of them.
    await page.locator('#recherche-champ').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const skip = page.locator('[data-results-skip]');
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.textContent()).toBe('Aller aux textes trouvés');
    await page.keyboard.press('Enter');
    expect(await page.locator('a.result-link').first().evaluate((link) => link === document.activeElement)).toBe(true);
    const address = page.url();

    // Real results again: the heading for screen readers only, the controls named for results.
    await page.locator('#recherche-champ').fill('agenda');
    await page.keyboard.press('Enter');
    await status(page).filter({ hasText: /pour «\u00a0agenda\u00a0»/ }).waitFor();
    expect(await heading.textContent()).toBe('Résultats');
    expect(await heading.evaluate((node) => node.classList.contains('visually-hidden'))).toBe(true);
    expect(await skip.textContent()).toBe('Aller aux résultats');
    expect(await filtersTitle.textContent()).toBe('Affiner les résultats');
    expect(await page.locator('[data-facets-jump]').textContent()).toMatch(/^Voir (le résultat|les \d+ résultats|la liste\u00a0: aucun résultat)$/);
    // Back: the texts with one of the words, with the filter, as they were.
    await page.goBack();
    await status(page).filter({ hasText: /Ci-dessous/ }).waitFor();
    expect(page.url()).toBe(address);
    expect(await page.locator('#recherche-champ').inputValue()).toBe('agenda mobile');
    expect(await heading.textContent()).toContain('pas les deux');
    expect(await filtersTitle.textContent()).toBe('Affiner ces textes');
    await expect.poll(() => items.count()).toBe(kept);
    expect(await statusText(page)).toContain(`; ${kept} ${kept > 1 ? 'retenus' : 'retenu'} par les filtres.`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers « Vouliez-vous dire » with the texts of the word found, when the other is misspelt', async () => {
    const { page, errors } = await open(`/recherche/?q=${encodeURIComponent('agenda mobilee')}`);
    const suggestion = page.locator('[data-suggestion]');
    await page.locator('[data-suggestion]:not([hidden])').waitFor();
    expect(await statusText(page)).toMatch(
      /^Aucun résultat ne contient à la fois .* Ci-dessous, \d+ textes qui contiennent «\u00a0agenda\u00a0»\u00a0: «\u00a0agenda\u00a0» \(\d+\), «\u00a0mobilee\u00a0» \(dans aucun texte\)\. Vouliez-vous dire «\u00a0agenda mobile\u00a0»\u202f\?$/,
    );
    expect(await page.locator('#resultats-titre').textContent()).toBe('Textes qui contiennent «\u00a0agenda\u00a0»');
    expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
    await suggestion.getByRole('link', { name: 'agenda mobile' }).click();
    await status(page).filter({ hasText: /«\u00a0mobile\u00a0» \(\d+\)/ }).waitFor();
    expect(await suggestion.isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('agenda mobile');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reaches the first result from the field in three key presses: « Aller aux résultats », shown when focused', async () => {
    const { page } = await open('/recherche/?q=saisie');
    await page.locator('[data-results] > li').first().waitFor();
    await page.locator('[data-facets]:not([hidden])').waitFor();
    await page.locator('#recherche-champ').focus();
    await page.keyboard.press('Tab'); // Rechercher
    await page.keyboard.press('Tab');
    const skip = page.locator('[data-results-skip]');
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.textContent()).toBe('Aller aux résultats');
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);
    expect(box?.height ?? 0).toBeGreaterThan(10);
    await page.keyboard.press('Enter');
    expect(await page.locator('a.result-link').first().evaluate((link) => link === document.activeElement)).toBe(true);
    // Out of sight otherwise, and out of the Tab order when nothing is listed.
    await page.locator('#recherche-champ').fill('zzzzqqq');
    await page.keyboard.press('Enter');
    await status(page).filter({ hasText: /Aucun résultat/ }).waitFor();
    expect(await skip.isHidden()).toBe(true);
    await page.context().close();
  });
});
