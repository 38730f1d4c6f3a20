/**
 * A consultation of one region (tests/fixtures/site-une-region/): two surveys of a metropolis, every
 * answer in Hauts-de-France, no workshop, one strong idea (said in both). Built with the command, served, read in Chromium: the site
 * shows no map of one shaded tile, never compares the region with itself, and says once why.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import { buildWithCli } from '../safety/support/outputs.ts';
import { plainTypography } from '../support/typography.ts';
import { HAS_CHROMIUM, ownSiteAndBrowser, runAxe, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const ROOT = path.join(PACKAGE_DIR, 'tests', 'fixtures', 'site-une-region');

describe.skipIf(!HAS_CHROMIUM)('a consultation of one region (Chromium)', () => {
  const own = ownSiteAndBrowser('livre-blanc-une-region-', async (parent) => {
    const dir = path.join(parent, 'site');
    await buildWithCli(ROOT, dir);
    return dir;
  });
  const url = (pathname: string) => new URL(pathname, own.url).href;
  const text = (value: string | null) => plainTypography(value ?? '').replace(/\s+/g, ' ').trim();
  const SAID = 'Toutes les contributions de cette consultation viennent d’une seule région, Hauts-de-France';

  it('home: no map and no convergence, the one region said where the map would be', async () => {
    const page = await own.browser.newPage();
    await page.goto(url('/'));
    const main = text(await page.locator('main').textContent());
    expect(await page.locator('.region-map, #accueil-carte').count()).toBe(0);
    expect(await page.locator('#convergents').count()).toBe(0);
    expect(main).not.toContain('La convergence des besoins se mesure entre régions');
    expect(text(await page.locator('[data-single-region]').textContent())).toContain(text(SAID));
    expect(await page.locator('[data-single-region] a').getAttribute('href')).toBe('/regions/hauts-de-france/');
    expect(main.split(text(SAID)).length - 1).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('regions page: the one region said, no map, no chart of one bar, no comparison', async () => {
    const page = await own.browser.newPage();
    await page.goto(url('/regions/'));
    const main = text(await page.locator('main').textContent());
    expect(text(await page.locator('.lead').textContent())).toContain(text(SAID));
    expect(await page.locator('.region-map, #regions-carte, #regions-etiquettes, #ressemblance').count()).toBe(0);
    expect(main).not.toContain('Pas assez de régions');
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('region page: nothing « ressort » against itself, no similarity with itself', async () => {
    const page = await own.browser.newPage();
    await page.goto(url('/regions/hauts-de-france/'));
    const main = text(await page.locator('main').textContent());
    expect(main).not.toContain('Ce qui ressort particulièrement ici');
    expect(main).not.toContain('Aucun thème ne ressort nettement');
    expect(await page.locator('[data-similarity]').count()).toBe(0);
    expect(text(await page.locator('[data-single-region]').textContent())).toMatch(/^C'est la seule région de la consultation/);
    expect(await page.locator('#region-themes').count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('theme pages: no convergence between regions, no chart by region', async () => {
    const page = await own.browser.newPage();
    for (const pathname of ['/themes/transports/', '/themes/']) {
      await page.goto(url(pathname));
      const main = text(await page.locator('main').textContent());
      expect(main, pathname).not.toContain('Convergence');
      expect(await page.locator('#convergence-theme, #theme-regions, #themes-regions, #themes-convergence').count(), pathname).toBe(0);
    }
    expect(await page.locator('#themes-etiquettes').count()).toBe(1);
    await page.close();
  });

  /** The legends of the filters shown, once the facet values are loaded and counted. */
  async function shownFacets(page: Page): Promise<string[]> {
    await page.waitForFunction(() => [...document.querySelectorAll('[data-facets] .facet-count')].some((count) => /\(\d/.test(count.textContent ?? '')));
    return page.locator('[data-facets] fieldset:not([hidden]) legend').allTextContents();
  }

  it('explorer and search: no filter whose every item has the same value (region, profile, format)', async () => {
    const page = await own.browser.newPage();
    await page.goto(url('/verbatims/'));
    expect(await shownFacets(page)).toEqual(['Étiquette', 'Thème']);
    expect(text(await page.locator('.lead').textContent())).toContain('à filtrer par étiquette et thème.');
    // Ticked from the address (a table's count links there), the filter shows, to be unticked.
    await page.goto(url('/verbatims/?region=32'));
    expect(await shownFacets(page)).toEqual(['Étiquette', 'Thème', 'Région']);
    await page.goto(url('/recherche/?q=bus'));
    expect(await shownFacets(page)).toEqual(['Étiquette', 'Thème']);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('without workshops: « Enquêtes » in the menu and on the sessions page, no note to enter, no word of another consultation', async () => {
    const page = await own.browser.newPage();
    await page.goto(url('/ateliers/'));
    expect(await page.locator('.main-nav a').allTextContents()).toContain('Enquêtes');
    expect(await page.locator('.main-nav a').allTextContents()).not.toContain('Ateliers');
    expect(text(await page.locator('h1').textContent())).toBe('Enquêtes');
    const main = text(await page.locator('main').textContent());
    expect(main).not.toContain('Ateliers (0)');
    expect(main).not.toContain('Vous avez animé un atelier');
    const leads: Array<[string, string]> = [['/verbatims/', 'chaque verbatim mène à son enquête.'], ['/recherche/', "(réponses aux enquêtes). Chaque résultat mène à l'élément dans son enquête."]];
    for (const [pathname, said] of leads) {
      await page.goto(url(pathname));
      expect(text(await page.locator('.lead').textContent()), pathname).toContain(said);
    }
    await page.goto(url('/ateliers/'));
    const footer = text(await page.locator('.site-footer').textContent());
    expect(footer).not.toContain('saisir une note');
    expect(footer).toContain('à partir des réponses aux enquêtes de la consultation');
    await page.goto(url('/regions/hauts-de-france/'));
    expect(text(await page.locator('.lead').textContent())).toContain('issus de 2 enquêtes propres à la région');
    expect(text(await page.locator('#sessions-region').textContent())).toBe('Enquêtes de la région');
    await page.goto(url('/methodologie/'));
    const method = text(await page.locator('main').textContent());
    expect(method).toContain("chaque problème est signalé à l'équipe qui publie ce livre blanc, avec son fichier et sa ligne");
    // One region: the method of comparisons it cannot have is replaced by why (the anchors other pages link stay).
    expect(method).toContain("Cette consultation ne couvre qu'une région : ni la convergence entre régions");
    expect(method).not.toContain('non calculable ici');
    expect(await page.locator('#convergence, #distinctifs').count()).toBe(2);
    expect(await page.locator('#convergence-details, #distinctifs-details').count()).toBe(0);
    await page.close();
    // The demo's network (Missions Locales, its ambassadors, its national team) is said on none of the pages
    // (/saisie/ and /imprimer/ apart: their own tests).
    const said: string[] = [];
    for (const file of (await readdir(own.dir, { recursive: true })).filter((name) => name.endsWith('.html') && !/^(saisie|imprimer)/.test(name))) {
      const words = plainTypography((await readFile(path.join(own.dir, file), 'utf8')).replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' '));
      for (const word of ['réseau', 'ambassadeur', 'Mission Locale', 'Missions Locales', 'équipe nationale', 'répartition nationale', 'classement national', 'bureau']) if (words.includes(word)) said.push(`${file} : ${word}`);
    }
    expect(said).toEqual([]);
  });

  it('strong ideas: not « 1 région » each, ranked by support alone, no list by region', async () => {
    const page = await own.browser.newPage();
    for (const pathname of ['/', '/idees-fortes/']) {
      await page.goto(url(pathname));
      const metas = (await page.locator('.ideas .meta').allTextContents()).map(text);
      expect(metas.length, pathname).toBeGreaterThan(0);
      for (const meta of metas) expect(meta, pathname).not.toMatch(/\brégion\b/);
    }
    const lead = text(await page.locator('.lead').textContent());
    expect(lead).toContain('formulés dans plusieurs enquêtes, classés par voix.');
    expect(lead).not.toContain('ateliers');
    expect(await page.locator('[data-ideas-by-region]').count()).toBe(0);
    await page.close();
  });
});
