/**
 * End-to-end, for a reader who quotes verbatims and prints the white paper: a verbatim's source read as
 * words (not a file path) on a session page, « Copier la citation » and what it copies, the links to the
 * PDF with its pages and size, and the PDF's cover, first pages and last page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';
import { sessionPageUrl } from '../../src/site/permalink.ts';
import { formatBytes } from '../../src/site/downloads.ts';
import { pdfPageCount } from '../../src/site/printed-pdf.ts';
import { HAS_PDFTOTEXT } from './support/pdftotext.ts';


/** No-break spaces as plain ones, runs of spaces as one. */
const plain = (text: string) => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

describe.skipIf(!HAS_CHROMIUM)('quoting and printing (Chromium)', () => {
  const demo = demoSiteAndBrowser();
  const surveyPage = () => {
    const survey = demo.site.synthesis.sessions.find((s) => s.kind === 'survey' && s.title.startsWith('Questionnaire conseillers'));
    if (!survey) throw new Error('questionnaire des conseillers introuvable dans la démo');
    return new URL(sessionPageUrl(survey.id), demo.site.url).href;
  };

  it('a survey answer’s source on its session page says the questionnaire, the answer, who and where; the file only in its title', async () => {
    const page = await demo.browser.newPage();
    try {
      await page.goto(surveyPage());
      const sources = await page.locator('.verbatim .source').evaluateAll((spans) => spans.map((span) => ({ text: span.textContent ?? '', title: span.getAttribute('title') ?? '' })));
      expect(sources.length).toBeGreaterThan(50);
      for (const { text, title } of sources) {
        expect(plain(text)).toMatch(/^Source : Questionnaire conseillers et équipes 2026 · réponse n° \d+( · [^·]+)*$/);
        expect(text).not.toContain('data/');
        expect(plain(title)).toMatch(/^Fichier : data\/enquetes\/questionnaire-conseillers\.csv, ligne \d+/);
      }
      // Who answered and from where, on a page that shows neither beside the quote.
      expect(sources.some(({ text }) => /· Île-de-France$/.test(plain(text)))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('« Copier la citation » copies « “texte” — source, lien » and says so to screen readers', async () => {
    const context = await demo.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: demo.site.url });
    try {
      const page = await context.newPage();
      await page.goto(surveyPage());
      // A questionnaire's page opens on its closed groups: the first one opened.
      await page.locator('details.session-group > summary').first().click();
      const item = page.locator('.verbatim').nth(3);
      const button = item.locator('button.copy-citation');
      await expect.poll(() => button.isVisible()).toBe(true);
      expect(await button.getAttribute('aria-label')).toMatch(/^Copier la citation \(réponse n° \d+/);
      await button.click();
      const status = page.locator('[data-citation-status]');
      await expect.poll(() => status.textContent()).toBe('Citation copiée dans le presse-papiers.');
      expect(await status.getAttribute('role')).toBe('status');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const quote = plain((await item.locator('blockquote').textContent()) ?? '');
      const source = plain((await item.locator('[data-citation-source]').textContent()) ?? '');
      const id = await item.getAttribute('data-item');
      expect(plain(copied)).toMatch(new RegExp(`^“${escape(quote)}” — ${escape(source)}( \\(question : « [^»]+ »\\))?, ${escape(surveyPage())}#e-${id}$`));
    } finally {
      await context.close();
    }
  });

  it('copies without the clipboard API too (the selection and execCommand)', async () => {
    const context = await demo.browser.newContext();
    try {
      const page = await context.newPage();
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await page.goto(surveyPage());
      await page.locator('details.session-group > summary').first().click();
      await page.locator('button.copy-citation').first().click();
      await expect.poll(() => page.locator('[data-citation-status]').textContent()).toMatch(/^(Citation copiée|La citation n’a pas pu être copiée)/);
      // The hidden text area is gone, the focus back on the button.
      expect(await page.locator('textarea').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('copy-citation'))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, no button to copy is shown', async () => {
    const context = await demo.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(surveyPage());
      const buttons = page.locator('button.copy-citation');
      expect(await buttons.count()).toBeGreaterThan(0);
      expect(await buttons.evaluateAll((all) => all.filter((b) => (b as HTMLElement).offsetParent !== null).length)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('the home page, /livre-blanc/ and the footer offer the PDF with its pages and the size /telechargements/ shows', async () => {
    const pdf = readFileSync(path.join(demo.site.dir, 'telechargements', 'livre-blanc.pdf'));
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(10);
    const page = await demo.browser.newPage();
    try {
      await page.goto(new URL('/telechargements/', demo.site.url).href);
      const size = plain((await page.locator('tr[data-file="livre-blanc.pdf"] td[data-size]').textContent()) ?? '');
      expect(size).toBe(plain(formatBytes(pdf.byteLength)));
      for (const url of ['/', '/livre-blanc/']) {
        await page.goto(new URL(url, demo.site.url).href);
        const main = page.locator('main a[href="/telechargements/livre-blanc.pdf"]');
        expect(plain((await main.textContent()) ?? ''), url).toBe(`Télécharger le livre blanc (PDF, ${pages} pages, ${size})`);
        const footer = page.locator('footer a[href="/telechargements/livre-blanc.pdf"]');
        expect(plain((await footer.textContent()) ?? ''), url).toBe(`Livre blanc (PDF, ${pages} pages, ${size})`);
        expect(await footer.getAttribute('download')).toBe('');
      }
    } finally {
      await page.close();
    }
  });

  it.skipIf(!HAS_PDFTOTEXT)('the PDF opens on a dated cover, starts its first chapter on page 2 and ends on a page with text', () => {
    const file = path.join(demo.site.dir, 'telechargements', 'livre-blanc.pdf');
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    const [cover = '', second = ''] = pages;
    expect(plain(cover)).toContain(plain(demo.site.synthesis.title.replaceAll("'", '’')));
    // The demo's latest session: the date of the exports' « À propos » without SOURCE_DATE_EPOCH.
    expect(plain(cover)).toContain('Synthèse du 24 novembre 2026');
    expect(plain(cover)).toContain('Sommaire');
    expect(plain(cover)).not.toContain('Introduction et démarche Le système');
    expect(plain(second)).toMatch(/Introduction et démarche Le système/);
    // Each page has text besides its running header and its page number.
    const bare = pages.flatMap((text, index) => {
      const lines = text.split('\n').map((line) => line.trim()).filter((line) => line && !/^Page \d+ sur \d+$/.test(line) && line !== demo.site.synthesis.title);
      return lines.length < 2 ? [`page ${index + 1} : ${lines.join(' | ')}`] : [];
    });
    expect(bare).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

if (!HAS_CHROMIUM) {
  describe('quoting and printing', () => {
    it.skip(`skipped: ${SKIP_MESSAGE}`, () => {});
  });
}
