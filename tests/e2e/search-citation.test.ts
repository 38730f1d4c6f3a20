/**
 * End to end, in headless Chromium, on the built demo site: « Copier la citation » on a /recherche/ result and on a
 * /verbatims/ row copies what the same button copies on the item's session page (« “texte” — source (question : « … »),
 * lien »), and is named as it is there (« Copier la citation (réponse n° 32, élément 2 sur 4) »). Then on a consultation
 * of its own with a verbatim longer than the search index displays (`maxText`): its citation is as whole as its page's.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { demoSiteAndBrowser, HAS_CHROMIUM, ownSiteAndBrowser, SKIP_MESSAGE } from './support/site.ts';
import { withBuildLock } from './support/build-lock.ts';
import { itemAnchor } from '../../src/site/permalink.ts';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { verbatimQuestion } from '../../src/site/verbatim-question.ts';
import { buildSite, PACKAGE_DIR } from '../../src/cli/build.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { DEFAULT_OPTIONS } from '../../src/search/build/index.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

interface Copied {
  /** The button's accessible name. */
  name: string;
  /** What it put in the clipboard. */
  citation: string;
}

/** A page of a context allowed to use the clipboard on `origin`, closed after `test`. */
async function withClipboardOn(browser: Browser, origin: string, test: (page: Page) => Promise<void>): Promise<void> {
  const context: BrowserContext = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
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

/** The same button of the item its link leads to, on that session page of the site at `origin`. */
async function onSessionPageOf(page: Page, origin: string, href: string): Promise<Copied> {
  await page.goto(new URL(href, origin).href);
  const id = href.split('#')[1] ?? '';
  return press(page, page.locator(`[id="${id}"] button.copy-citation`));
}

describe.skipIf(!HAS_CHROMIUM)('« Copier la citation » in the search and the explorer (Chromium)', () => {
  const demo = demoSiteAndBrowser();
  const withClipboard = (test: (page: Page) => Promise<void>) => withClipboardOn(demo.browser, demo.site.url, test);
  const onSessionPage = (page: Page, href: string) => onSessionPageOf(page, demo.site.url, href);

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

/** A workshop's note with one item longer than the index displays (`maxText`), and a word of its own: « passerelle ». */
const LONG_NOTE = `---
titre: Atelier Bretagne — Rennes
date: 2026-10-01
format: presentiel
region: Bretagne
participants:
  total: 12
  profils: { conseiller: 10, direction: 2 }
---

## Ce qui ne fonctionne pas

- La saisie mensuelle des heures CEJ prend une demi-journée par conseiller.
- Les absences aux rendez-vous sont nombreuses et il n'y a aucun rappel automatique.
- Quand un jeune arrive d'une autre Mission Locale, la passerelle entre les deux dossiers ne reprend ni l'historique des entretiens, ni les démarches engagées avec les partenaires, ni les pièces justificatives déjà fournies : le conseiller qui l'accueille doit tout redemander au jeune, qui a l'impression de recommencer son parcours depuis le début, alors qu'il a parfois signé un contrat d'engagement jeune quelques semaines plus tôt et qu'il attend son allocation. Nous passons alors une heure ou deux à reconstituer le dossier à partir des mails de l'ancienne structure, à téléphoner au conseiller précédent quand il est joignable, et à ressaisir les mêmes informations dans trois écrans différents, ce qui retarde d'autant le premier rendez-vous utile et décourage les jeunes les plus fragiles, ceux justement que le CEJ devait raccrocher.
- Les partenaires du département demandent des informations qu'on leur envoie par mail, sans sécurité.
`;

describe.skipIf(!HAS_CHROMIUM)('« Copier la citation » of a verbatim longer than the search index displays (Chromium)', () => {
  let synthesis: Synthesis;
  const own = ownSiteAndBrowser('livre-blanc-citation-longue-', async (parent) => {
    const root = path.join(parent, 'consultation');
    await mkdir(path.join(root, 'content', 'ateliers', 'bretagne'), { recursive: true });
    await mkdir(path.join(root, 'data'), { recursive: true });
    await cp(path.join(PACKAGE_DIR, 'data', 'themes.yml'), path.join(root, 'data', 'themes.yml'));
    await writeFile(path.join(root, 'content', 'consultation.yml'), 'titre: "Consultation aux verbatims longs"\n');
    await writeFile(path.join(root, 'content', 'ateliers', 'bretagne', '2026-10-01-rennes.md'), LONG_NOTE);
    synthesis = synthesize(await readConsultation(root)).synthesis;
    const outDir = path.join(parent, 'site');
    await withBuildLock(() => buildSite({ synthesis, root, outDir, logLevel: 'error', downloads: false }));
    return outDir;
  });

  const origin = () => own.url;
  const withClipboard = (test: (page: Page) => Promise<void>) => withClipboardOn(own.browser, origin(), test);
  const longItem = () => synthesis.items.find((item) => item.text.includes('passerelle'));

  it('is the consultation the test expects: one item longer than the index displays', () => {
    expect(longItem()?.text.length).toBeGreaterThan(DEFAULT_OPTIONS.maxText);
    expect(longItem()?.text).toMatch(/raccrocher\.$/u);
  });

  it('a /recherche/ result copies the whole verbatim, as its session page does', async () => {
    await withClipboard(async (page) => {
      await page.goto(new URL(`/recherche/?q=${encodeURIComponent('passerelle')}`, origin()).href);
      const row = page.locator('[data-results] > li').first();
      await row.waitFor();
      const href = (await row.locator('a.result-link').getAttribute('href')) ?? '';
      const result = await press(page, row.locator('button.copy-citation'));
      expect(result.citation).toMatch(/^“Quand un jeune arrive .+ que le CEJ devait raccrocher\.” — Atelier .+ · ligne \d+, http:\/\/\S+#e-\S+$/u);
      expect(result.citation).not.toContain('[…]');
      expect(await onSessionPageOf(page, origin(), href)).toEqual(result);
    });
  });

  it('a /verbatims/ row shows the verbatim cut « […] » and copies it whole, as its session page does', async () => {
    await withClipboard(async (page) => {
      await page.goto(new URL('/verbatims/', origin()).href);
      await page.locator('[data-explorer-app]:not([hidden])').waitFor();
      const row = page.locator('[data-list] > li').filter({ hasText: 'passerelle' });
      await row.waitFor();
      const shown = (await row.locator('blockquote').textContent()) ?? '';
      expect(shown).toMatch(/ \[…\]$/u);
      expect(shown).not.toContain('raccrocher');
      const href = (await row.locator('.source a').getAttribute('href')) ?? '';
      const copied = await press(page, row.locator('button.copy-citation'));
      expect(copied.citation).toMatch(/^“Quand un jeune arrive .+ que le CEJ devait raccrocher\.” — Atelier .+, http:\/\/\S+#e-\S+$/u);
      expect(await onSessionPageOf(page, origin(), href)).toEqual(copied);
    });
  });

  it('when its whole text cannot be downloaded, the copied citation marks the cut « […] » and gives the permalink', async () => {
    await withClipboard(async (page) => {
      await page.route('**/index-recherche/l-*.json*', (route) => route.abort());
      await page.goto(new URL(`/recherche/?q=${encodeURIComponent('passerelle')}`, origin()).href);
      const row = page.locator('[data-results] > li').first();
      await row.waitFor();
      const { citation } = await press(page, row.locator('button.copy-citation'));
      expect(citation).toMatch(/^“Quand un jeune arrive .+ \[…\]” — Atelier .+ · ligne \d+, http:\/\/\S+#e-\S+$/u);
      expect(citation).not.toContain('raccrocher');
    });
  });
});
