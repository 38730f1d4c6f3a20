/**
 * The links to the printed white paper outside the downloads page: on the home page, on /livre-blanc/
 * and in every page's footer, « Télécharger le livre blanc (PDF, 45 pages, 1,1 Mo) ». The PDF is
 * printed from the finished site (src/cli/build.ts), so the pages are built before it exists: they are
 * offered it when the downloads list it (`downloads.ts`, as /telechargements/), and once it is printed
 * its pages and size are written into them, as printed-download.ts does for the downloads page's row;
 * when printing failed the links are removed, so that no page offers a file that was not written.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDF_NAME } from '../export/index.ts';
import { DOWNLOADS_DIR, formatBytes, readDownloads } from './downloads.ts';
import { formatInteger } from './format.ts';

/** The element that carries a link to the PDF (`<li data-printed-pdf>`), removed whole when there is no PDF. */
export const PRINTED_PDF_ATTRIBUTE = 'data-printed-pdf';
/** The empty span, inside the link's parentheses, that receives « , 45 pages, 1,1 Mo ». */
export const PRINTED_PDF_DETAILS_ATTRIBUTE = 'data-printed-pdf-details';

/** Whether the build offers the PDF (it did find Chromium to print it). */
export function printedPdfOffered(): boolean {
  return readDownloads().some((download) => download.file === PDF_NAME);
}

export function printedPdfUrl(): string {
  return `/${DOWNLOADS_DIR}/${PDF_NAME}`;
}

/** « , 45 pages, 1,1 Mo »: what the links say of the printed file. */
export function printedPdfDetails(pages: number, bytes: number): string {
  return `, ${formatInteger(pages)}\u00a0${pages > 1 ? 'pages' : 'page'}, ${formatBytes(bytes)}`;
}

/** The pages of a PDF as Chromium writes it: each page object is in clear (`/Type /Page`, not `/Pages`). */
export function pdfPageCount(pdf: Uint8Array): number {
  return Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

/** A page's HTML with its PDF links given `details`, or without them (the elements that carry them) when `details` is null. */
export function settlePrintedPdfLinks(html: string, details: string | null): string {
  if (!html.includes(PRINTED_PDF_ATTRIBUTE)) return html;
  if (details === null) return html.replace(new RegExp(`<(li|p)\\b[^>]*\\b${PRINTED_PDF_ATTRIBUTE}(?:=""|\\b)[^>]*>[\\s\\S]*?</\\1>`, 'g'), '');
  return html.replace(new RegExp(`(<span\\b[^>]*\\b${PRINTED_PDF_DETAILS_ATTRIBUTE}[^>]*>)[^<]*(</span>)`, 'g'), (_span, open: string, close: string) => `${open}${escapeHtml(details)}${close}`);
}

/**
 * Every built page that links to the PDF, settled once it is printed (`printed`) or known to be missing:
 * the PDF is read from the site's downloads folder.
 */
export async function settleSitePdfLinks(outDir: string, printed: boolean): Promise<void> {
  const pdf = printed ? await readFile(path.join(outDir, DOWNLOADS_DIR, PDF_NAME)).catch(() => null) : null;
  const details = pdf ? printedPdfDetails(pdfPageCount(pdf), pdf.byteLength) : null;
  for (const entry of await readdir(outDir, { recursive: true })) {
    if (!entry.endsWith('.html')) continue;
    const file = path.join(outDir, entry);
    const html = await readFile(file, 'utf8');
    const settled = settlePrintedPdfLinks(html, details);
    if (settled !== html) await writeFile(file, settled);
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
