/**
 * The white paper as PDF: headless Chromium prints the site's dedicated print route, A4, with an outline
 * (bookmarks from the headings), page numbers, and tagged for accessibility; then made the same bytes at
 * each print (node ids) and given the consultation's title, language and the exports' date (`pdf-info.ts`).
 * The running header and footer are print.css's page margin boxes, fed the title and the site's address
 * here; the contents page gets its page numbers from a first print's outline (`pdf-outline.ts`).
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';
import { exportDate } from './export-date.ts';
import { withDocumentInfo, type PdfInfo } from './pdf-info.ts';
import { printedLink } from './pdf-links.ts';
import { readOutline } from './pdf-outline.ts';

export const CHROMIUM_PATH = process.env.LIVRE_BLANC_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
/** The route of the site that holds every chapter on one page, styled for print. */
export const PRINT_ROUTE = '/imprimer/';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** Prints at most this many times: the contents' page numbers, written after a first print, change no page break. */
const MAX_PRINTS = 3;

/** What the PDF's properties say besides its title (`pdf-info.ts`). */
export type PdfProperties = Omit<PdfInfo, 'title' | 'lang'>;

/**
 * The PDF's properties for a consultation: dated as « À propos » and the workbook (`export-date.ts`:
 * SOURCE_DATE_EPOCH, else the latest session), so that the site's PDF and the exported one are the same
 * file; its subject is the consultation's presentation, its keywords the taxonomy's themes.
 */
export function pdfProperties(
  synthesis: Pick<Synthesis, 'sessions' | 'description' | 'themes'>,
  sourceDateEpoch: string | undefined = process.env.SOURCE_DATE_EPOCH,
): PdfProperties {
  const themes = synthesis.themes.filter((theme) => theme.id !== 'autres').map((theme) => theme.label);
  return {
    date: exportDate(synthesis, sourceDateEpoch)?.instant ?? null,
    ...(synthesis.description ? { subject: synthesis.description } : {}),
    // Semicolons, as « À propos » lists regions: a theme's label may have commas (« Dispositifs (CEJ, PACEA…) »).
    keywords: ['livre blanc', 'consultation', ...themes].join(' ; '),
  };
}

/**
 * The white paper printed from the site at `baseUrl`; without `properties`, undated (no time of printing).
 * `title` is written as the site writes it (typographic apostrophes, no-break spaces), in the running
 * header and the PDF's properties.
 */
export async function printPdf(baseUrl: string, title: string, properties: PdfProperties = { date: null }): Promise<Uint8Array> {
  const printedTitle = frenchTypography(title);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    // About the printed width (A4 less its margins), and without animation: each chart is drawn once, at
    // the size it is printed, so two builds print the same PDF.
    const page = await browser.newPage({ viewport: { width: 700, height: 1000 }, reducedMotion: 'reduce' });
    // Print media from the start: each chart is laid out and drawn once, at its printed width. Switched
    // after drawing, the charts would be resized (and their labels wrapped again) while printing, or not
    // yet, as the machine's load decides: two builds would print two PDFs.
    await page.emulateMedia({ media: 'print' });
    await page.goto(new URL(PRINT_ROUTE, baseUrl).href, { waitUntil: 'networkidle' });
    // The page draws charts as they come into view; a PDF has no view: all of them, then wait for each.
    await page.evaluate(() => window.dispatchEvent(new Event('livre-blanc:tout-dessiner')));
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLElement>('figure[data-chart]')).every((figure) => figure.dataset.drawn === 'true'), undefined, { timeout: 60_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // The cover says the published site's address (consultation.yml's adresse_du_site), when there is one.
    const address = await page.evaluate(() => document.querySelector('[data-site-address]')?.getAttribute('data-site-address') || null);
    await rewriteSiteLinks(page, address);
    // print.css's margin boxes print these (set through the CSSOM, which the pages' security policy allows).
    await page.evaluate(
      ({ header, footer }) => {
        document.documentElement.style.setProperty('--print-title', header);
        document.documentElement.style.setProperty('--print-address', footer);
      },
      { header: cssString(printedTitle), footer: cssString(address ? `${address} · ` : '') },
    );
    let pdf = await print(page);
    // Two prints, seldom three: the first tells each chapter's page, written into the contents, the next prints them.
    for (let prints = 1; prints < MAX_PRINTS && (await writeContentsPages(page, pdf)); prints++) pdf = await print(page);
    // The page's language is Chromium's /Lang; French is the white paper's, should the page have none.
    return withDocumentInfo(withStableNodeIds(pdf), { ...properties, title: printedTitle, lang: 'fr' });
  } finally {
    await browser.close();
  }
}

async function print(page: Page): Promise<Uint8Array> {
  const pdf = await page.pdf({
    format: 'A4',
    printBackground: true,
    margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    outline: true,
    tagged: true,
  });
  return new Uint8Array(pdf);
}

/**
 * Links to other pages would be printed as absolute URIs of this temporary local server (a dead link in
 * the PDF, and a different file at each build): each leads where `printedLink` says; a link that no
 * longer is one, where print.css printed its target, has the site's page named instead (`data-site-note`).
 */
export async function rewriteSiteLinks(page: Page, address: string | null): Promise<void> {
  const { links, chapters } = await page.evaluate(() => {
    const found: Array<{ target: string; text: string; printsTarget: boolean }> = [];
    for (const link of Array.from(document.querySelectorAll('a[href]'))) {
      const target = URL.parse(link.getAttribute('href') ?? '', location.href); // SVG links too
      if (target?.origin !== location.origin || (target.pathname === location.pathname && target.hash)) continue;
      const after = getComputedStyle(link, '::after').content;
      link.setAttribute('data-print-link', String(found.length));
      found.push({ target: `${target.pathname}${target.search}${target.hash}`, text: link.textContent ?? '', printsTarget: after !== 'none' && after !== 'normal' });
    }
    return { links: found, chapters: Array.from(document.querySelectorAll('article.chapter[id]'), (chapter) => chapter.id) };
  });
  const chapterIds = new Set(chapters);
  const printed = links.map((link) => ({ ...printedLink(link.target, chapterIds, address, link.text), printsTarget: link.printsTarget }));
  await page.evaluate((rewrites) => {
    for (const link of Array.from(document.querySelectorAll('[data-print-link]'))) {
      const rewrite = rewrites[Number(link.getAttribute('data-print-link'))];
      link.removeAttribute('data-print-link');
      if (!rewrite) continue;
      if (rewrite.href !== null) {
        link.setAttribute('href', rewrite.href);
        if ('named' in rewrite) link.setAttribute('data-site-named', '');
      } else {
        link.removeAttribute('href');
        if (rewrite.printsTarget && rewrite.note) link.setAttribute('data-site-note', rewrite.note);
      }
    }
  }, printed);
}

/**
 * Each chapter's page, read from the outline of `pdf` (the chapters are the children of the page's
 * heading, in order), written into the contents' slots; whether any changed (then the page is printed again).
 * Nothing when the outline and the contents do not have as many chapters.
 */
export async function writeContentsPages(page: Page, pdf: Uint8Array): Promise<boolean> {
  const pages = readOutline(pdf)
    .filter((entry) => entry.depth === 2)
    .map((entry) => entry.page);
  return page.evaluate((numbers) => {
    const slots = Array.from(document.querySelectorAll('[data-toc-page]'));
    if (slots.length === 0 || slots.length !== numbers.length || numbers.some((n) => n === null)) return false;
    let changed = false;
    slots.forEach((slot, i) => {
      const number = String(numbers[i]);
      if (slot.textContent !== number) {
        slot.textContent = number;
        changed = true;
      }
    });
    return changed;
  }, pages);
}

/** `text` as a CSS string (for `content:`): quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text.replace(/\s+/g, ' ').replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

/**
 * A tagged PDF names its table's header cells after Chromium's DOM node counter (`(node00000233)`),
 * which depends on what the page created before: renumbered in order of appearance, same width, so
 * that two prints of the same page are the same bytes (and the xref offsets stay valid). The ID tree,
 * which lists them sorted by their old numbers (an order that changes from one print to the next: the
 * real Grand Débat's PDF differed there by 9 bytes), is sorted again by the new ones, as a name tree must be.
 */
export function withStableNodeIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const numbers = new Map<string, string>();
  const renumbered = text.replace(/\(node(\d{8})\)/g, (_match, id: string) => {
    let number = numbers.get(id);
    if (number === undefined) {
      number = String(numbers.size).padStart(8, '0');
      numbers.set(id, number);
    }
    return `(node${number})`;
  });
  return new Uint8Array(Buffer.from(withSortedIdTree(renumbered), 'latin1'));
}

const ID_ENTRY = /\(node\d{8}\)\s+\d+\s+\d+\s+R/g;

/**
 * Each name tree of node ids (`/Limits [(…) (…)] /Names [(nodeA) 12 0 R …]`, as Skia writes the ID tree)
 * with its entries in order and its limits the first and last: entries swap places, separators stay,
 * so the length is unchanged.
 */
function withSortedIdTree(text: string): string {
  return text.replace(
    /(\/Limits\s*\[\s*)\(node\d{8}\)(\s*)\(node\d{8}\)(\s*\]\s*\/Names\s*\[)((?:\s*\(node\d{8}\)\s+\d+\s+\d+\s+R)+\s*)\]/g,
    (_tree, opening: string, space: string, between: string, names: string) => {
      // Fixed-width ids, each once: sorting the entries as text sorts them by id.
      const sorted = (names.match(ID_ENTRY) ?? []).sort();
      let index = 0;
      const sortedNames = names.replace(ID_ENTRY, () => sorted[index++] ?? '');
      const id = (entry: string | undefined) => /^\(node\d{8}\)/.exec(entry ?? '')?.[0] ?? '';
      return `${opening}${id(sorted[0])}${space}${id(sorted.at(-1))}${between}${sortedNames}]`;
    },
  );
}
