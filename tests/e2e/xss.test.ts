/**
 * XSS acceptance: every vector of tests/fixtures/safety/xss-vectors.txt is planted in notes (titles,
 * structures, front-matter keys, context, items, nested items, headings, hashtags) and CSV cells
 * (texts, profile, region, scale, a header, a sidecar title) of a consultation generated here. The
 * site is built once and every page is read in headless Chromium — first with the page's CSP
 * bypassed, so that escaping alone is tested, then with it, on the interactive pages. No dialog may
 * open, the `window.__xss` sentinel the vectors set stays undefined, and no element carries a handler,
 * a `javascript:` URL, an inline script, a frame or a refresh coming from input.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { HAS_CHROMIUM, ownSiteAndBrowser, SKIP_MESSAGE } from './support/site.ts';
import { buildWithCli, listFiles } from '../safety/support/outputs.ts';
import { CONSULTATION_TITLE_PREFIX, noteTitle, readVectors, writeXssConsultation } from '../safety/support/xss-consultation.ts';
import { plainTypography } from '../support/typography.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { verbatimQuestion } from '../../src/site/verbatim-question.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

/** What a page did that it must not: dialogs, sentinel, navigation, dangerous DOM. */
interface PageReport {
  url: string;
  dialogs: string[];
  sentinel: unknown;
  navigatedTo: string | null;
  dom: string[];
  cspViolations: string[];
}

/** Runs in the page: every element or attribute that could run script, or that input must never create. */
function auditDom(): string[] {
  const problems: string[] = [];
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'codebase', 'cite', 'srcset']);
  const label = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      // Browsers ignore control characters and spaces inside a scheme: « jav&#x09;ascript: » is javascript:.
      const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) problems.push(`${label(el)} a un gestionnaire ${name}`);
      if (name === 'srcdoc') problems.push(`${label(el)} a un srcdoc`);
      if (URL_ATTRIBUTES.has(name) && /^(javascript|vbscript|livescript):|^data:(text\/html|image\/svg|text\/javascript|application)/.test(value))
        problems.push(`${label(el)} ${name}="${attr.value.slice(0, 60)}"`);
      if (name === 'style' && /expression\(|javascript:|url\(/.test(value)) problems.push(`${label(el)} style="${attr.value.slice(0, 60)}"`);
    }
    const tag = el.tagName.toLowerCase();
    // The site never uses these: one in a page can only come from input.
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet', 'math', 'style'].includes(tag)) problems.push(`élément ${label(el)} inattendu`);
    // The site uses these (the entry form's <template>, stylesheets): flagged when they carry a vector.
    if (['template', 'link'].includes(tag) && /__xss|alert\(|javascript:/i.test(el.outerHTML)) problems.push(`élément ${label(el)} venu d'un vecteur`);
    // A <noscript> (its notices, a theme page's sessions) is raw text while scripts run, and escaped titles there
    // still read « alert( »: what matters is what a browser without scripts builds from it, parsed here.
    if (tag === 'noscript') {
      const parsed = document.createElement('template');
      parsed.innerHTML = el.textContent ?? '';
      for (const inner of Array.from(parsed.content.querySelectorAll('*'))) {
        const innerTag = inner.tagName.toLowerCase();
        const attributes = Array.from(inner.attributes).map((a) => `${a.name}=${a.value.replace(/[\u0000-\u0020]/g, '')}`.toLowerCase());
        if (['script', 'iframe', 'object', 'embed', 'style', 'base', 'meta'].includes(innerTag) || attributes.some((a) => a.startsWith('on') || /=(javascript|vbscript):/.test(a) || a.startsWith('srcdoc=')))
          problems.push(`élément ${label(el)} venu d'un vecteur : <${innerTag}>`);
      }
    }
    if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) problems.push('<meta http-equiv=refresh>');
    if (tag === 'script') {
      const src = (el as HTMLScriptElement).src;
      if (!src) problems.push(`script en ligne : ${(el.textContent ?? '').slice(0, 60)}`);
      else if (new URL(src).origin !== location.origin) problems.push(`script d'une autre origine : ${src}`);
    }
    if (tag === 'svg' || el.namespaceURI === 'http://www.w3.org/2000/svg') {
      if (['script', 'foreignobject', 'animate', 'set', 'animatetransform', 'handler'].includes(tag)) problems.push(`SVG <${tag}>`);
    }
  }
  return problems;
}

describe.skipIf(!HAS_CHROMIUM)('vecteurs XSS plantés dans les notes et les enquêtes (Chromium)', () => {
  let vectors: string[] = [];
  let htmlPages: string[] = [];
  /** The page's CSP is bypassed here: the escaping must hold on its own. */
  let bare: BrowserContext;
  /** The real conditions, CSP on. */
  let guarded: BrowserContext;

  const own = ownSiteAndBrowser('livre-blanc-xss-', async (work) => {
    vectors = await readVectors();
    await writeXssConsultation(path.join(work, 'consultation'), vectors);
    const dir = path.join(work, 'site');
    await buildWithCli(path.join(work, 'consultation'), dir);
    return dir;
  });

  beforeAll(async () => {
    htmlPages = (await listFiles(own.dir)).filter((f) => f.endsWith('.html'));
    bare = await own.browser.newContext({ bypassCSP: true });
    guarded = await own.browser.newContext();
    for (const context of [bare, guarded]) {
      await context.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener('securitypolicyviolation', (event) => w.__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`));
      });
    }
  });

  const url = (page: string) => new URL(page.replace(/(^|\/)index\.html$/, '$1'), own.url).href;

  /** A page that records dialogs and navigations away from the URL it was sent to. */
  async function watchedPage(context: BrowserContext): Promise<{ page: Page; visit: (target: string, act?: (page: Page) => Promise<void>) => Promise<PageReport> }> {
    const page = await context.newPage();
    let dialogs: string[] = [];
    let navigatedTo: string | null = null;
    let expected = '';
    const loading = watchRequests(page);
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !frame.url().startsWith(expected)) navigatedTo = frame.url();
    });
    const visit = async (target: string, act?: (page: Page) => Promise<void>): Promise<PageReport> => {
      dialogs = [];
      navigatedTo = null;
      expected = target.split('?')[0] ?? target;
      await page.goto(target, { waitUntil: 'load' });
      if (act) await act(page);
      await handlersHadTheirChance(page, loading);
      const sentinel = await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);
      const dom = await page.evaluate(auditDom);
      const cspViolations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
      return { url: target, dialogs, sentinel, navigatedTo, dom, cspViolations };
    };
    return { page, visit };
  }

  /** The requests of `page` under way, as the browser reports them. */
  function watchRequests(page: Page): () => number {
    const pending = new Set<Request>();
    page.on('request', (request) => pending.add(request));
    page.on('requestfinished', (request) => pending.delete(request));
    page.on('requestfailed', (request) => pending.delete(request));
    return () => pending.size;
  }

  /**
   * Waits until every handler a vector could have planted has run, however slow the machine: a handler
   * the page runs late, unseen by a sleep, would be a vector let through in a security test. Handlers
   * run on a load's end or failure (onerror, onload: once no request is under way, their events are queued),
   * on a rendering step (autofocus/onfocus, ontoggle, onbegin, onstart: two animation frames), then as
   * tasks (a final timer of 0 comes after those queued). Handler attributes are also found by auditDom
   * whether they ran or not; this is for the dialogs and the sentinel of one that did.
   */
  async function handlersHadTheirChance(page: Page, loading: () => number): Promise<void> {
    const frames = () => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
    // Loads that a render or a handler starts are under way once their frame is drawn.
    await frames();
    await expect.poll(loading, { timeout: 15_000 }).toBe(0);
    await frames();
  }

  /** Opens a page, optionally acts on it, and reports everything it must not do. */
  async function visit(context: BrowserContext, target: string, act?: (page: Page) => Promise<void>): Promise<PageReport> {
    const watched = await watchedPage(context);
    try {
      return await watched.visit(target, act);
    } finally {
      await watched.page.close();
    }
  }

  /** Toggles every facet checkbox on and off (some sit in collapsed groups: clicked from the page). */
  async function toggleFacets(page: Page): Promise<number> {
    const boxes = page.locator('[data-facets] input[type="checkbox"]');
    const count = await boxes.count();
    for (let i = 0; i < count; i++) {
      await boxes.nth(i).evaluate((box: HTMLInputElement) => box.click());
      await boxes.nth(i).evaluate((box: HTMLInputElement) => box.click());
    }
    return count;
  }

  function expectClean(reports: PageReport[]): void {
    const problems = reports.flatMap((r) => [
      ...r.dialogs.map((d) => `${r.url} : boîte de dialogue « ${d} »`),
      ...(r.sentinel === undefined ? [] : [`${r.url} : window.__xss = ${String(r.sentinel)}`]),
      ...(r.navigatedTo ? [`${r.url} : navigation vers ${r.navigatedTo}`] : []),
      ...r.dom.map((d) => `${r.url} : ${d}`),
      ...r.cspViolations.filter((v) => v.startsWith('script-src')).map((v) => `${r.url} : violation CSP ${v}`),
    ]);
    expect(problems).toEqual([]);
  }

  it('plants at least 50 vectors, all published as text', async () => {
    expect(vectors.length).toBeGreaterThanOrEqual(50);
    const synthesis = JSON.parse(await readFile(path.join(own.dir, 'telechargements', 'synthese.json'), 'utf8')) as { items: unknown[]; sessions: Array<{ title: string }> };
    // One note per vector (six items each) and two surveys: nothing was dropped on the way.
    expect(synthesis.items.length).toBeGreaterThanOrEqual(vectors.length * 6);
    const titles = new Set(synthesis.sessions.map((s) => s.title));
    expect(vectors.filter((v, i) => !titles.has(noteTitle(i, v)))).toEqual([]);
  });

  it('the detectors catch the vectors when they are injected raw (so that a clean page means something)', async () => {
    const page = await bare.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    try {
      await page.goto(own.url);
      // What a page that used set:html / innerHTML on input would hold.
      await page.evaluate((raw) => {
        document.body.insertAdjacentHTML('beforeend', raw);
      }, vectors.slice(0, 12).join('\n'));
      // Awaited, not slept on: the vectors' handlers run when their loads fail, however slow the machine.
      await expect.poll(() => dialogs.length, { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBe(1);
      expect((await page.evaluate(auditDom)).length).toBeGreaterThan(5);
    } finally {
      await page.close();
    }
  });

  it('every HTML page carries a Content-Security-Policy without unsafe-inline or unsafe-eval scripts', async () => {
    const problems: string[] = [];
    for (const file of htmlPages) {
      const html = await readFile(path.join(own.dir, file), 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(html);
      const policy = meta?.[1]?.replace(/&#39;|&apos;/g, "'") ?? '';
      const scriptSrc = /(?:^|;)\s*script-src([^;]*)/.exec(policy)?.[1] ?? /(?:^|;)\s*default-src([^;]*)/.exec(policy)?.[1];
      if (!meta) problems.push(`${file} : pas de CSP`);
      else if (scriptSrc === undefined) problems.push(`${file} : CSP sans script-src ni default-src`);
      else if (/unsafe-inline|unsafe-eval|\*|data:|http:|https:/.test(scriptSrc)) problems.push(`${file} : script-src trop large (${scriptSrc.trim()})`);
      // The policy must come before anything it governs.
      if (meta && html.search(/<script/i) >= 0 && html.search(/<script/i) < (meta.index ?? 0)) problems.push(`${file} : un script précède la CSP`);
    }
    expect(htmlPages.length).toBeGreaterThan(vectors.length);
    expect(problems).toEqual([]);
  });

  it('no page runs a vector or keeps a handler, with the CSP bypassed (escaping alone)', async () => {
    const watched = await watchedPage(bare);
    const reports: PageReport[] = [];
    try {
      for (const file of htmlPages) reports.push(await watched.visit(url(file)));
    } finally {
      await watched.page.close();
    }
    expectClean(reports);
    expect(reports.length).toBe(htmlPages.length);
  }, 300_000);

  it('session pages show the vectors as text', async () => {
    const page = await bare.newPage();
    try {
      const sessions = htmlPages.filter((f) => f.startsWith('sessions/'));
      expect(sessions.length).toBeGreaterThanOrEqual(vectors.length);
      const headings = new Set<string>();
      // The heading each vector titles, shown above its item as « Rubrique : … » (or « Question : … »).
      const questions = new Set<string>();
      for (const file of sessions) {
        await page.goto(url(file));
        headings.add(plainTypography((await page.locator('h1').first().textContent())?.trim() ?? ''));
        for (const line of await page.locator('.verbatim .question').allTextContents()) questions.add(plainTypography(line).replace(/^(Rubrique|Question) : /, '').trim());
      }
      expect(vectors.filter((v, i) => !headings.has(noteTitle(i, v)))).toEqual([]);
      // Each heading as the notes' reader read it (a Markdown link is its text): shown whole, as text.
      const synthesis = JSON.parse(await readFile(path.join(own.dir, 'telechargements', 'synthese.json'), 'utf8')) as Synthesis;
      const workshops = new Set(synthesis.sessions.filter((s) => s.kind === 'workshop').map((s) => s.id));
      const read = new Set(synthesis.items.flatMap((item) => (workshops.has(item.sessionId) ? [verbatimQuestion(item, 'workshop')?.text ?? ''] : [])));
      read.delete('');
      expect([...read].filter((question) => !questions.has(plainTypography(question)))).toEqual([]);
      expect([...read].filter((question) => question.includes('<script>')).length).toBeGreaterThan(3);
      await page.goto(own.url);
      expect(await page.title()).toContain(CONSULTATION_TITLE_PREFIX.trim());
    } finally {
      await page.close();
    }
  }, 120_000);

  it('search: a query that returns the vectors shows them as text, escaped, with and without CSP', async () => {
    for (const context of [bare, guarded]) {
      let shown = '';
      let questions: string[] = [];
      const report = await visit(context, new URL('/recherche/', own.url).href, async (page) => {
        await page.locator('#recherche-champ').fill('alert');
        await page.locator('#recherche-champ').press('Enter');
        await page.locator('[data-results] a.result-link').first().waitFor({ timeout: 15_000 });
        // Every facet of the results, on then off.
        expect(await toggleFacets(page)).toBeGreaterThan(3);
        const more = page.locator('[data-more]');
        if (await more.isVisible()) await more.click();
        shown = (await page.locator('[data-results]').textContent()) ?? '';
        questions = (await page.locator('[data-results] .question').allTextContents()).map(plainTypography);
      });
      // The results quote the vectors, markup and all, as text.
      expect(shown).toContain('window.__xss=1;alert(1)');
      // The planted column header too, as the question its answers answer.
      expect(questions).toContain('Question : Commentaire <img src=x onerror="window.__xss=1;alert(1)">');
      expect(shown).toMatch(/<(a|img|svg|script|iframe|math)\b[^>]*>/i);
      expectClean([report]);
    }
  }, 120_000);

  it('verbatims explorer: every facet, every page of results, with and without CSP', async () => {
    for (const context of [bare, guarded]) {
      let shown = '';
      const report = await visit(context, new URL('/verbatims/', own.url).href, async (page) => {
        await page.locator('[data-explorer-app]').waitFor({ state: 'visible', timeout: 15_000 });
        expect(await toggleFacets(page)).toBeGreaterThan(5);
        shown = (await page.locator('[data-list]').textContent()) ?? '';
        const next = page.locator('[data-pager] a').last();
        if (await next.count()) await next.click();
      });
      expect(shown).toMatch(/onerror=|<script>|javascript:/);
      expectClean([report]);
    }
  }, 120_000);

  it('with the CSP on, one page of each kind runs no vector and reports no script violation', async () => {
    const kinds = ['index.html', 'themes/index.html', 'regions/index.html', 'ateliers/index.html', 'methodologie/index.html',
      'telechargements/index.html', 'idees-fortes/index.html', 'imprimer/index.html', 'livre-blanc/index.html', '404.html'];
    const oneOf = (prefix: string) => htmlPages.find((f) => f.startsWith(prefix) && f !== `${prefix}index.html`);
    const pages = [...kinds, oneOf('sessions/'), oneOf('regions/'), oneOf('themes/')].filter((f): f is string => f !== undefined && htmlPages.includes(f));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    const watched = await watchedPage(guarded);
    const reports: PageReport[] = [];
    try {
      for (const file of pages) reports.push(await watched.visit(url(file)));
    } finally {
      await watched.page.close();
    }
    expectClean(reports);
  }, 120_000);
});
