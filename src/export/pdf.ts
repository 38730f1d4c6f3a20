/**
 * The white paper as PDF: headless Chromium prints the site's dedicated print route, A4, with an outline
 * (bookmarks from the headings), page numbers, and tagged for accessibility.
 */
import { existsSync } from 'node:fs';

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

const FOOTER = `<div style="font-size:9px;width:100%;text-align:center;font-family:sans-serif;color:#333">
Page <span class="pageNumber"></span> sur <span class="totalPages"></span></div>`;

export async function printPdf(baseUrl: string, title: string): Promise<Uint8Array> {
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
    // Links to other pages would be printed as absolute URIs of this temporary local server (a dead
    // link in the PDF, and a different file at each build): they become plain text; anchors stay.
    await page.evaluate(() => {
      for (const link of Array.from(document.querySelectorAll('a[href]'))) {
        const target = URL.parse(link.getAttribute('href') ?? '', location.href); // SVG links too
        if (target?.origin === location.origin && !(target.pathname === location.pathname && target.hash)) link.removeAttribute('href');
      }
    });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8px;width:100%;text-align:center;font-family:sans-serif;color:#555">${escapeHtml(title)}</div>`,
      footerTemplate: FOOTER,
      outline: true,
      tagged: true,
    });
    return withStableNodeIds(withFixedDates(new Uint8Array(pdf)));
  } finally {
    await browser.close();
  }
}

const FIXED_PDF_DATE = "D:20000101000000+00'00'";

/**
 * Chromium stamps the PDF with the time of printing; the white paper must be reproducible, so the
 * stamps are replaced by a fixed date of the same length (byte offsets in the xref table stay valid).
 */
export function withFixedDates(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (match, key: string, date: string) =>
    date.length === FIXED_PDF_DATE.length ? `/${key} (${FIXED_PDF_DATE})` : match,
  );
  return new Uint8Array(Buffer.from(fixed, 'latin1'));
}

/**
 * A tagged PDF names its table cells after Chromium's DOM node counter (`(node00000233)`), which
 * depends on what the page created before: renumbered in order of appearance, same width, so that
 * two prints of the same page are the same bytes (and the xref offsets stay valid).
 */
export function withStableNodeIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const numbers = new Map<string, string>();
  const stable = text.replace(/\(node(\d{8})\)/g, (_match, id: string) => {
    let number = numbers.get(id);
    if (number === undefined) {
      number = String(numbers.size).padStart(8, '0');
      numbers.set(id, number);
    }
    return `(node${number})`;
  });
  return new Uint8Array(Buffer.from(stable, 'latin1'));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
