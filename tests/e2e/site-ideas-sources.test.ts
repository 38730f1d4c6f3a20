/**
 * What a reader checks a strong idea against, on the demo in Chromium: where its contributions come
 * from (workshops or questionnaires, and how many of each), its quote (the most repeated wording), its
 * support said in « voix » and explained once, the chapter's claims; a region page's own ideas, with a
 * link to the list filtered on the region, its sessions in a table near the top, and its similarity's
 * plain conclusion before the figures.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';
import { accessibleNodes } from './support/accessibility-tree.ts';
import { ideaSourcesPhrase } from '../../src/site/idea-sources.ts';
import { regionIdeasUrl } from '../../src/site/region-ideas.ts';
import { foldedWords } from '../../src/search/same-answer.ts';
import { regionUrl } from '../../src/site/urls.ts';
import { formatInteger, plural } from '../../src/site/format.ts';
import { plainTypography } from '../support/typography.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** Text as shown, French spaces as plain ones. */
const plain = (text: string | null) => plainTypography((text ?? '').replace(/\u00ad/g, '')).replace(/\s+/g, ' ').trim();

describe.skipIf(!HAS_CHROMIUM)('strong ideas: sources, quote, support; a region’s ideas and sessions (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  async function open(pathname: string): Promise<{ page: Page; close: () => Promise<void> }> {
    const page = await demo.browser.newPage();
    await page.goto(new URL(pathname, demo.site.url).href);
    return { page, close: () => page.close() };
  }

  it('each idea says how many contributions come from workshops and questionnaires, from how many of each', async () => {
    const { ideas } = demo.site.synthesis;
    // The demo's ideas come mostly from its two questionnaires: the counts must say so.
    const fromSurveys = ideas.reduce((n, idea) => n + idea.fromSurveys, 0);
    const members = ideas.reduce((n, idea) => n + idea.members.length, 0);
    expect(fromSurveys / members).toBeGreaterThan(0.9);
    for (const idea of ideas) expect(idea.fromWorkshops + idea.fromSurveys).toBe(idea.members.length);
    const { page, close } = await open('/idees-fortes/');
    // The strongest are published, said as such: « 100 idées fortes » read as all there are.
    const { ideasFound } = demo.site.synthesis;
    expect(ideasFound).toBeGreaterThan(ideas.length);
    expect(plain(await page.locator('h1').textContent())).toBe('Les idées fortes les plus partagées');
    expect(plain(await page.locator('main .lead').textContent())).toMatch(
      new RegExp(`^Les ${formatInteger(ideas.length)} idées fortes les plus partagées, sur ${formatInteger(ideasFound)} : .*, les suivantes laissées de côté\\.`),
    );
    const lines = await page.locator('[data-idea-sources]').allTextContents();
    expect(lines).toHaveLength(ideas.length);
    ideas.forEach((idea, i) => expect(plain(lines[i] ?? '')).toBe(plain(`${plural(idea.members.length, 'contribution')} : ${ideaSourcesPhrase(idea)}`)));
    const oneSurvey = ideas.findIndex((idea) => idea.fromWorkshops === 0 && idea.surveys === 1);
    expect(plain(lines[oneSurvey] ?? '')).toMatch(/toutes d['’]un même questionnaire$/);
    const mixed = ideas.findIndex((idea) => idea.fromWorkshops > 0 && idea.fromSurveys > 0);
    expect(plain(lines[mixed] ?? '')).toMatch(/^\d+ contributions : \d+ en atelier \(\d+ ateliers?\), \d+ en questionnaire \(\d questionnaires?\)$/);
    await close();
  });

  it('leads each idea with its most repeated wording, the first of those listed under it', async () => {
    const { page, close } = await open('/idees-fortes/');
    const { ideas, items } = demo.site.synthesis;
    const text = new Map(items.map((item) => [item.id, item.text]));
    for (const idea of ideas) {
      const counts = new Map<string, number>();
      for (const id of idea.members) counts.set(foldedWords(text.get(id) ?? ''), (counts.get(foldedWords(text.get(id) ?? '')) ?? 0) + 1);
      expect(counts.get(foldedWords(idea.label))).toBe(Math.max(...counts.values()));
    }
    // The first idea: « Priorité : la fin de la double saisie », 21 times, once led by a wording said 5 times.
    const first = page.locator('ol.ideas > li').first();
    expect(plain(await first.locator('blockquote').textContent())).toBe(plain(ideas[0]?.label ?? ''));
    expect(plain(await first.locator('details li').first().locator('a').textContent())).toBe(plain(ideas[0]?.label ?? ''));
    await close();
  });

  it('says the support in « voix », explained once under the list, never « poids »', async () => {
    const { page, close } = await open('/idees-fortes/');
    const main = plain(await page.locator('main').textContent());
    expect(main).not.toMatch(/poids/i);
    const supports = await page.locator('[data-idea-support]').allTextContents();
    expect(supports.length).toBeGreaterThan(0);
    for (const support of supports) expect(plain(support)).toMatch(/^\d+ voix, votes compris$/);
    expect(await page.locator('[data-support-note]').count()).toBe(1);
    expect(plain(await page.locator('[data-support-note]').textContent())).toMatch(/^Voix : chaque contribution compte pour une voix/);
    await close();
  });

  it('the chapter no longer says the ideas were written in workshops, and says « toutes » when all are shared', async () => {
    const { ideas } = demo.site.synthesis;
    expect(ideas.every((idea) => idea.regions.length >= 2)).toBe(true); // what « toutes partagées » claims
    const { page, close } = await open('/livre-blanc/idees-fortes/');
    const main = plain(await page.locator('main').textContent());
    // How many the rule finds, and how many of the strongest are published (the Synthesis keeps those).
    const { ideasFound } = demo.site.synthesis;
    expect(main).toContain(`${formatInteger(ideasFound)} idées fortes ; les ${formatInteger(ideas.length)} plus partagées, publiées sur la page Idées fortes, reviennent toutes dans au moins deux régions`);
    expect(main).not.toMatch(/dont \d+ partagées/);
    expect(main).not.toContain('écrites dans des ateliers différents');
    expect(main).not.toMatch(/poids/i);
    await close();
  });

  it('a region page lists the ideas it contributes to, how many of their contributions are its own, and links to its list', async () => {
    const { ideas, items, regions } = demo.site.synthesis;
    const regionOf = new Map(items.map((item) => [item.id, item.region]));
    const lists = new Map<string, string[]>();
    for (const name of ['Bretagne', 'Grand Est']) {
      const region = regions.find((r) => r.name === name);
      if (!region) throw new Error(name);
      const own = ideas.filter((idea) => idea.members.some((id) => regionOf.get(id) === region.code));
      const { page, close } = await open(regionUrl(region));
      const shown = page.locator('[data-region-ideas] > li');
      expect(await shown.evaluateAll((li) => li.map((each) => each.getAttribute('data-idea')))).toEqual(own.slice(0, 10).map((idea) => idea.id));
      const fromRegion = (await page.locator('[data-region-ideas] [data-from-region]').allTextContents()).map(plain);
      expect(fromRegion).toEqual(own.slice(0, 10).map((idea) => plain(`${plural(idea.members.filter((id) => regionOf.get(id) === region.code).length, 'contribution')} de la région`)));
      lists.set(name, fromRegion);
      const link = page.locator('[data-region-ideas-link]');
      expect(await link.getAttribute('href')).toBe(regionIdeasUrl(region));
      expect(plain(await link.textContent())).toBe(`Les ${own.length} idées fortes auxquelles la région contribue`);
      await close();
      // The list it leads to: those ideas, all, in the national order.
      const list = await open(regionIdeasUrl(region));
      expect(await list.page.locator('ol.ideas > li').evaluateAll((li) => li.map((each) => each.getAttribute('data-idea')))).toEqual(own.map((idea) => idea.id));
      expect(plain(await list.page.locator('h1').textContent())).toBe(`Idées fortes : ${name}`);
      // No two links of the same name lead to different places (the idea lines link each region to its page).
      const names = await accessibleNodes(list.page, 'main a');
      const hrefs = await list.page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      const targets = new Map<string, Set<string>>();
      // Links in a closed <details> are out of the tree (role none): a screen reader meets them once opened, named then.
      names.forEach((node, i) => node.role === 'link' && targets.set(node.name, (targets.get(node.name) ?? new Set()).add(hrefs[i] ?? '')));
      expect([...targets].filter(([, urls]) => urls.size > 1)).toEqual([]);
      await list.close();
    }
    // The same ideas may come back in both, not the same contributions.
    expect(lists.get('Bretagne')).not.toEqual(lists.get('Grand Est'));
  });

  it('a region page opens with a table of its sessions, and gives the plain conclusion on its similarity before the figures', async () => {
    const { sessions, regions, convergence } = demo.site.synthesis;
    const region = regions.find((r) => r.name === 'Bretagne');
    if (!region) throw new Error('Bretagne');
    const { page, close } = await open(regionUrl(region));
    const headings = await page.locator('main h2').allTextContents();
    expect(plain(headings[0] ?? '')).toBe('Ateliers et enquêtes de la région');
    const rows = page.locator('[data-region-sessions] tbody tr');
    const own = sessions.filter((s) => s.region === region.code && s.kind === 'workshop');
    expect(own.length).toBeGreaterThan(0);
    for (const session of own) {
      const row = rows.filter({ has: page.locator(`a[href="/sessions/${session.id}/"]`) });
      const cells = (await row.locator('td').allTextContents()).map(plain);
      expect(cells[1]).toBe(session.title.split(' — ')[1]); // the place
      expect(cells[2]).toBe(String(session.participants));
    }
    const similarity = convergence.regions.find((r) => r.region === region.code);
    expect(similarity?.beyondChance).toBe(false);
    const block = page.locator('[data-similarity]');
    expect(plain(await block.locator('> p').first().textContent())).toBe(
      plain('Les besoins exprimés dans la région ressemblent à ceux de l’ensemble de la consultation : l’écart mesuré ne dépasse pas ce que le hasard seul produirait.'),
    );
    // The figures are there, folded.
    expect(await block.locator('details').count()).toBe(1);
    expect(await block.locator('details').getAttribute('open')).toBeNull();
    expect(plain(await block.locator('details p').textContent())).toMatch(/^Ressemblance des besoins de la région/);
    await close();
  });
});
