/**
 * A consultation the demo is not (tests/fixtures/site-sans-region/): a survey without a region column
 * (two thirds of the items have no region), an Occitanie workshop whose notes were all set aside, a
 * ~300-character address said in two regions (a strong idea), no chapters, and its own description.
 * Built with the command, served, read in Chromium: the region views say what they leave out, a
 * region with nothing published is not « représentée » and its page offers no empty list, the
 * explorer applies a filter on it and says there is nothing, nothing scrolls sideways at 320 px, and
 * no word is glued to an inline element.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import { formatInteger } from '../../src/site/format.ts';
import { unlocatedPhrase } from '../../src/site/region-coverage.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { buildWithCli } from '../safety/support/outputs.ts';
import { plainTypography } from '../support/typography.ts';
import { HAS_CHROMIUM, overflowingElements, ownSiteAndBrowser, runAxe, SKIP_MESSAGE } from './support/site.ts';
import { gluedToInline } from './support/inline-spacing.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const ROOT = path.join(PACKAGE_DIR, 'tests', 'fixtures', 'site-sans-region');
const OCCITANIE = '76';

describe.skipIf(!HAS_CHROMIUM)('region views of a consultation with items without a region (Chromium)', () => {
  let synthesis: Synthesis;
  const own = ownSiteAndBrowser('livre-blanc-sans-region-', async (parent) => {
    const dir = path.join(parent, 'site');
    await buildWithCli(ROOT, dir);
    synthesis = JSON.parse(await readFile(path.join(dir, 'telechargements', 'synthese.json'), 'utf8')) as Synthesis;
    return dir;
  });

  const url = (pathname: string) => new URL(pathname, own.url).href;
  const text = (value: string | null) => plainTypography(value ?? '').replace(/\s+/g, ' ').trim();

  it('is the consultation the tests expect', () => {
    const unlocated = synthesis.items.filter((item) => item.region === null).length;
    expect(unlocated / synthesis.items.length).toBeGreaterThan(0.5);
    expect(synthesis.sessions.some((s) => s.region === OCCITANIE)).toBe(true);
    expect(synthesis.items.some((item) => item.region === OCCITANIE)).toBe(false);
    expect(synthesis.ideas.some((idea) => idea.label.includes('https://') && idea.regions.length >= 2)).toBe(true);
  });

  it('home: its own description, the regions with published items, and the items the map leaves out', async () => {
    const page = await own.browser.newPage();
    await page.goto(url('/'));
    expect(text(await page.locator('.lead').textContent())).toContain(text(synthesis.description));
    expect(text(await page.locator('.lead').textContent())).not.toContain("système d'information");
    const unlocated = synthesis.items.filter((item) => item.region === null).length;
    const figures = text(await page.locator('.key-figures').textContent());
    // Bretagne and Île-de-France: Occitanie's workshop published nothing.
    expect(figures).toContain('2 régions représentées');
    const phrase = text(unlocatedPhrase({ unlocated, total: synthesis.items.length }));
    expect(figures).toContain(`${formatInteger(synthesis.items.length).replace(/\s/g, ' ')} éléments publiés, dont ${phrase}`);
    // The map says it too, and its table counts them on a row of their own, linked to exactly them.
    const notices = (await page.locator('#accueil-carte [data-map-notice]').allTextContents()).map(text);
    expect(notices[0]).toBe(`${phrase} ne figurent pas sur la carte : des réponses d'enquête qui n'indiquent pas de région.`);
    expect(notices[1]).toMatch(/^Occitanie \(1 atelier\) n'a aucun élément publié/);
    const row = page.locator('#accueil-carte table tr.off-map');
    expect(text(await row.locator('th').textContent())).toBe('Sans région (hors carte)');
    expect(await row.locator('a').getAttribute('href')).toBe('/verbatims/?region=');
    expect(text(await row.locator('td').textContent())).toBe(text(formatInteger(unlocated)));
    // Occitanie's tile and row say 0, and link to its page, not to an empty list.
    expect(await page.locator(`#accueil-carte tr[data-category="${OCCITANIE}"] td a`).count()).toBe(0);
    // Convergence leaves the items without a region out: the home page says on how many it rests.
    const located = formatInteger(synthesis.items.length - unlocated).replace(/\s/g, ' ');
    expect(text(await page.locator('[data-convergence-base]').textContent())).toBe(`Calculé sur les ${located} éléments dont la région est connue ; les ${phrase} n'y entrent pas.`);
    // Every tag here is given by its source: no word about inferred tags (the demo has some: site.test.ts).
    expect(synthesis.items.every((item) => item.tagSource === 'explicit')).toBe(true);
    expect(await page.locator('[data-inferred-tags]').count()).toBe(0);
    // The whole synthesis is offered as a download with its size, never opened by surprise.
    const json = page.locator('.site-footer a[href$="synthese.json"]');
    expect(text(await json.textContent())).toMatch(/^Données \(JSON, [\d,]+ [kKMG]?o\)$/);
    expect(await json.getAttribute('download')).not.toBeNull();
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('a region with nothing published says why and offers no empty list', async () => {
    const page = await own.browser.newPage();
    await page.goto(url('/regions/occitanie/'));
    expect(text(await page.locator('.lead').textContent())).toMatch(/^Aucun élément publié ne vient de cette région/);
    expect(await page.locator(`a[href*="region=${OCCITANIE}"]`).count()).toBe(0);
    expect(await page.locator('.verbatims-block, canvas').count()).toBe(0);
    expect(await page.locator('[data-region-sessions] tbody a').count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('the explorer applies a filter on a known region without items, and says there is none', async () => {
    const page = await own.browser.newPage();
    await page.goto(url(`/verbatims/?region=${OCCITANIE}`));
    const status = page.locator('[data-status]');
    await page.waitForFunction(() => /verbatim/i.test(document.querySelector('[data-status]')?.textContent ?? '') && !/Chargement/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(text(await status.textContent())).toBe('Aucun verbatim pour Occitanie.');
    expect(await page.locator(`input[name="region"][value="${OCCITANIE}"]`).isChecked()).toBe(true);
    expect(await page.locator('[data-list] li').count()).toBe(0);
    expect(await runAxe(page)).toEqual([]);
    // The items without a region, as the map's table links them: all of them, and only them.
    await page.goto(url('/verbatims/?region='));
    await page.waitForFunction(() => /correspond/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    const unlocated = synthesis.items.filter((item) => item.region === null).length;
    expect(text(await status.textContent())).toMatch(new RegExp(`^${text(formatInteger(unlocated))} verbatims correspondent aux filtres`));
    await page.close();
  });

  it('long words in quotes wrap: nothing scrolls sideways at 320 px', async () => {
    const idea = synthesis.ideas.find((i) => i.label.includes('https://'));
    const pages = ['/', '/idees-fortes/', ...(idea?.themes ?? []).map((t) => `/themes/${t}/`), '/regions/bretagne/', '/regions/ile-de-france/', '/imprimer/', '/verbatims/', '/recherche/?q=formulaire'];
    for (const session of synthesis.sessions.filter((s) => s.kind === 'workshop')) pages.push(`/sessions/${session.id}/`);
    const context = await own.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const pathname of pages) {
      await page.goto(url(pathname), { waitUntil: 'networkidle' });
      const overflow = await overflowingElements(page);
      expect(overflow, pathname).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBeLessThanOrEqual(320);
    }
    // The address is on the pages, whole (wrapped, not cut).
    await page.goto(url('/idees-fortes/'));
    expect(await page.locator('.ideas blockquote', { hasText: 'https://' }).count()).toBeGreaterThan(0);
    // Why the survey's answers without a region make no idea among themselves.
    const unlocatedNotice = text(await page.locator('[data-ideas-unlocated]').textContent());
    expect(unlocatedNotice).toContain('Une idée forte revient dans au moins deux régions ou deux sessions');
    expect(unlocatedNotice).toContain("les réponses sans région d'une même enquête ne peuvent pas en former une entre elles");
    await context.close();
  });

  it('glues no word to an inline element, the printable page without chapters included', async () => {
    const files = (await readdir(own.dir, { recursive: true })).filter((file) => file.endsWith('.html'));
    const glued: string[] = [];
    for (const file of files) for (const place of gluedToInline(await readFile(path.join(own.dir, file), 'utf8'))) glued.push(`${file} : ${place}`);
    expect(glued).toEqual([]);
    const print = await readFile(path.join(own.dir, 'imprimer', 'index.html'), 'utf8');
    expect(print).toMatch(/s’ajoutent dans\s+<code>content\/livre-blanc\/<\/code>/);
  });
});
