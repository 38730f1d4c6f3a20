/**
 * The PDF of the built demo: its downloads row gives its real size, its bookmarks keep every space of
 * the headings, and `export` prints it only from a site built from the Synthesis it exports and the current chapters.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import { formatBytes } from '../../src/site/downloads.ts';
import { pdfProperties } from '../../src/export/pdf.ts';
import { pdfDate } from '../../src/export/pdf-info.ts';
import { readPdf } from '../export/support/pdf-reader.ts';
import { runCli } from '../support/run-cli.ts';
import { plainTypography } from '../support/typography.ts';
import { tempDirs } from '../support/temp-dirs.ts';
import { demoSiteAndBrowser, HAS_CHROMIUM, SKIP_MESSAGE } from './support/site.ts';

if (!HAS_CHROMIUM) console.warn(SKIP_MESSAGE);

const tempDir = tempDirs('lb-pdf-export-');

/** The outline's titles: PDF strings, literal (`(…)`, escaped) or hexadecimal UTF-16 (`<FEFF…>`). */
function outlineTitles(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  return [...raw.matchAll(/\/Title\s*(?:\(((?:[^()\\]|\\.)*)\)|<([0-9A-Fa-f]+)>)/g)].map(([, literal, hex]) => {
    if (literal !== undefined) return literal.replace(/\\([0-7]{3}|.)/g, (_m, c: string) => (c.length === 3 ? String.fromCharCode(parseInt(c, 8)) : c));
    const bytes = Buffer.from(hex ?? '', 'hex');
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes.readUInt16BE(i));
    return text;
  });
}

/** Runs `export` without the synthesis cache (the developer's caches stay as they are). */
async function exportTo(args: string[]) {
  const cache = process.env.LIVRE_BLANC_CACHE;
  process.env.LIVRE_BLANC_CACHE = '0';
  try {
    return await runCli(['export', ...args]);
  } finally {
    if (cache === undefined) delete process.env.LIVRE_BLANC_CACHE;
    else process.env.LIVRE_BLANC_CACHE = cache;
  }
}

describe.skipIf(!HAS_CHROMIUM)('PDF of the built site (Chromium)', () => {
  const demo = demoSiteAndBrowser();

  it('is listed on the downloads page with its real size', () => {
    const bytes = statSync(path.join(demo.site.dir, 'telechargements', 'livre-blanc.pdf')).size;
    const page = readFileSync(path.join(demo.site.dir, 'telechargements', 'index.html'), 'utf8');
    const row = page.match(/<tr data-file="livre-blanc\.pdf"[^>]*>[\s\S]*?<\/tr>/)?.[0] ?? '';
    expect(row).toContain('href="/telechargements/livre-blanc.pdf"');
    expect(row).toContain(`>${formatBytes(bytes)}</td>`);
    expect(bytes).toBeGreaterThan(10_000);
  });

  it('has bookmarks that are the page’s and the chapters’ headings, spaces included where a heading wraps', async () => {
    const page = await demo.browser.newPage();
    await page.goto(new URL('/imprimer/', demo.site.url).href);
    // The page's own <h1> (« Le livre blanc complet »), then the chapters' headings under it.
    const headings = await page.$$eval('main h1, .chapter :is(h2, h3, h4, h5, h6)', (nodes) =>
      nodes.map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()),
    ).then((texts) => texts.map(plainTypography));
    await page.close();
    // The first title is the document's own (its Info dictionary's: the consultation's title).
    const titles = outlineTitles(readFileSync(path.join(demo.site.dir, 'telechargements', 'livre-blanc.pdf'))).slice(1).map(plainTypography);
    expect(titles.length).toBeGreaterThanOrEqual(10);
    expect(titles.filter((title) => !headings.includes(title))).toEqual([]);
    expect(titles).toContain('Une consultation conduite par les ambassadeurs SI');
  });

  it('export prints the PDF from a site built from the same consultation', async () => {
    const out = tempDir();
    const result = await exportTo(['--root', PACKAGE_DIR, '--out', out, '--site', demo.site.dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('PDF non produit');
    // The same file as the site's: same page, same date (`export-date.ts`), Chromium's node ids renumbered.
    const exported = readFileSync(path.join(out, 'livre-blanc.pdf'));
    const published = readFileSync(path.join(demo.site.dir, 'telechargements', 'livre-blanc.pdf'));
    expect(exported.equals(published), 'the exported PDF is the site’s, byte for byte').toBe(true);
    // Dated as the workbook and « À propos », not 1 January 2000.
    const date = pdfProperties(demo.site.synthesis).date;
    expect(date).not.toBeNull();
    expect(readPdf(exported).info.CreationDate).toBe(pdfDate(date ?? new Date(0)));
  }, 300_000);

  it('export, when --site names a folder build would refuse, says to build into one it accepts', async () => {
    const out = tempDir();
    const result = await exportTo(['--root', PACKAGE_DIR, '--out', out, '--site', path.join(PACKAGE_DIR, 'tests')]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('PDF non produit');
    expect(result.stderr).toContain('--out dist », puis « npx livre-blanc export --root . --site dist');
    expect(result.stderr).not.toContain('--out tests');
  }, 300_000);

  it('export looks for the site where build writes it by default (dist in the current folder), whatever --root', async () => {
    const root = tempDir();
    const note = 'content/ateliers/auvergne-rhone-alpes/2026-09-24-lyon.md';
    mkdirSync(path.join(root, path.dirname(note)), { recursive: true });
    cpSync(path.join(PACKAGE_DIR, note), path.join(root, note));
    const result = await exportTo(['--root', root, '--out', path.join(root, 'exports')]);
    expect(result.code, result.stderr).toBe(0);
    // Missing or built from the demo, the site named is the current folder's dist, never one inside --root.
    expect(result.stderr).toContain(`PDF non produit : le site ${existsSync(path.join(process.cwd(), 'dist', 'imprimer', 'index.html')) ? 'de' : 'construit est introuvable dans'} ${path.join(process.cwd(), 'dist')}`);
    expect(result.stderr).not.toContain(path.join(root, 'dist'));
  }, 300_000);

  it('export writes no PDF from a site built from other data, says to build first, and writes the rest', async () => {
    const root = tempDir();
    const note = 'content/ateliers/auvergne-rhone-alpes/2026-09-24-lyon.md';
    mkdirSync(path.join(root, path.dirname(note)), { recursive: true });
    cpSync(path.join(PACKAGE_DIR, note), path.join(root, note));
    const out = path.join(root, 'exports');
    const result = await exportTo(['--root', root, '--out', out, '--site', demo.site.dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('PDF non produit');
    expect(result.stderr).toContain('construit à partir d’autres données, ou d’un état plus ancien');
    expect(result.stderr).toMatch(/Lancez d’abord « npx livre-blanc build --root .* --out .* », puis relancez l’export/);
    expect(existsSync(path.join(out, 'livre-blanc.pdf'))).toBe(false);
    expect(existsSync(path.join(out, 'livre-blanc.xlsx'))).toBe(true);
    expect(existsSync(path.join(out, 'verbatims.csv'))).toBe(true);
  }, 300_000);

  it('export writes no PDF from a site built before a chapter was edited (same data), says to rebuild, and writes the rest', async () => {
    // The demo's data and chapters, one word added to a chapter: the Synthesis is the site's, the text is not.
    const root = tempDir();
    for (const folder of ['content', 'data']) cpSync(path.join(PACKAGE_DIR, folder), path.join(root, folder), { recursive: true });
    const chapter = path.join(root, 'content', 'livre-blanc', 'introduction.mdx');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nZygomorphe.\n`);
    const out = path.join(root, 'exports');
    const result = await exportTo(['--root', root, '--out', out, '--site', demo.site.dir]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('autres données');
    expect(result.stderr).toContain(`PDF non produit : le site de ${demo.site.dir} a été construit à partir d’autres chapitres, ou d’un état plus ancien des chapitres (content/livre-blanc/, images comprises)`);
    expect(result.stderr).toMatch(/Lancez d’abord « npx livre-blanc build --root .* --out .* », puis relancez l’export/);
    expect(existsSync(path.join(out, 'livre-blanc.pdf'))).toBe(false);
    expect(existsSync(path.join(out, 'livre-blanc.xlsx'))).toBe(true);
  }, 300_000);
});
