/** The PDF export: Chromium prints the site's print route into an A4, tagged PDF with an outline. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfProperties, printPdf } from '../../src/export/pdf.ts';
import { pdfDate } from '../../src/export/pdf-info.ts';
import { readOutline } from '../../src/export/pdf-outline.ts';
import { frenchTypography } from '../../src/site/typography/french-typography.ts';
import { HAS_PDFTOTEXT } from './support/pdftotext.ts';
import { readPdf } from '../export/support/pdf-reader.ts';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import { buildDemoSite, HAS_CHROMIUM, SKIP_MESSAGE, type BuiltSite } from './support/site.ts';

const text = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');

/** The PDF's outline items (Chromium writes them uncompressed): object number, title, parent. */
function outlineItems(raw: string): Array<{ id: string; title: string; parent: string }> {
  const items: Array<{ id: string; title: string; parent: string }> = [];
  for (const match of raw.matchAll(/(\d+) 0 obj\s*<<\s*\/Title\s*(<[0-9A-Fa-f]+>|\((?:\\.|[^\\)])*\))([^]*?)>>\s*endobj/g)) {
    const parent = /\/Parent (\d+) 0 R/.exec(match[3] ?? '')?.[1];
    if (parent) items.push({ id: match[1] ?? '', title: pdfString(match[2] ?? ''), parent });
  }
  return items;
}

/** A PDF string: UTF-16 in hexadecimal (with its byte order mark), or a literal with its escapes. */
function pdfString(token: string): string {
  if (token.startsWith('<')) return Buffer.from(token.slice(1, -1), 'hex').swap16().toString('utf16le').replace(/^\uFEFF/, '');
  return token.slice(1, -1).replace(/\\([0-7]{1,3}|.)/g, (_escape, code: string) => (/^[0-7]+$/.test(code) ? String.fromCharCode(parseInt(code, 8)) : code));
}

describe.skipIf(!HAS_CHROMIUM)('PDF of the white paper (Chromium)', () => {
  let site: BuiltSite;
  let pdf: Uint8Array;

  beforeAll(async () => {
    site = await buildDemoSite();
    pdf = await printPdf(site.url, site.synthesis.title, pdfProperties(site.synthesis, '1795478400')); // 2026-11-24
  }, 600_000);
  afterAll(async () => site?.close());

  it('is a tagged PDF with an outline (bookmarks)', () => {
    const raw = text(pdf);
    expect(raw.startsWith('%PDF-')).toBe(true);
    // Asserted as booleans: a failing toMatch would print megabytes of binary.
    expect(/\/Outlines\s+\d+ 0 R/.test(raw), 'outline').toBe(true);
    expect(/\/StructTreeRoot\s+\d+ 0 R/.test(raw), 'structure tree').toBe(true);
    expect(/\/MarkInfo\s*<<[^>]*\/Marked true/.test(raw), 'marked content').toBe(true);
  });

  it('says in its properties the consultation’s title, subject and keywords, its language, and the exports’ date, not the time of printing', () => {
    const read = readPdf(pdf);
    expect(read.misplaced, 'objects where the cross-reference table says').toEqual([]);
    // As the site writes it: « d’information », not « d'information ».
    expect(read.info.Title).toBe(frenchTypography(site.synthesis.title));
    expect(read.info.Title).not.toContain("'");
    expect(read.info.Subject).toBe(site.synthesis.description);
    expect(read.info.Keywords).toContain(site.synthesis.themes[0]?.label);
    expect([read.info.CreationDate, read.info.ModDate]).toEqual([pdfDate(new Date('2026-11-24T00:00:00Z')), pdfDate(new Date('2026-11-24T00:00:00Z'))]);
    expect(read.info.Producer).toMatch(/^Skia/);
    expect(read.catalog).toContain('/Lang (fr)');
  });

  it('nests its bookmarks: the page’s title, then each chapter, then the chapter’s sections', () => {
    const outline = outlineItems(text(pdf));
    const root = /(\d+) 0 obj\s*<<\s*\/Type \/Outlines/.exec(text(pdf))?.[1];
    const top = outline.filter((item) => item.parent === root);
    // The cover's heading: the consultation's title, as the site writes it.
    expect(top.map((item) => item.title)).toEqual([frenchTypography(site.synthesis.title)]);
    const chapters = outline.filter((item) => item.parent === top[0]?.id).map((item) => item.title);
    expect(chapters.length).toBe(readdirSync(path.join(PACKAGE_DIR, 'content', 'livre-blanc')).filter((f) => f.endsWith('.mdx')).length);
    expect(chapters[0]).toBe('Introduction et démarche');
    const introduction = outline.find((item) => item.title === 'Introduction et démarche');
    expect(outline.filter((item) => item.parent === introduction?.id).map((item) => item.title)).toContain('Comment lire les chiffres');
  });

  it('reads its outline’s pages with the project’s parser: each chapter after the one before, the first on page 2', () => {
    const outline = readOutline(pdf);
    expect(outline[0]).toMatchObject({ depth: 1, page: 1, title: frenchTypography(site.synthesis.title) });
    const chapters = outline.filter((entry) => entry.depth === 2);
    expect(chapters.length).toBeGreaterThanOrEqual(7);
    expect(chapters[0]).toMatchObject({ title: 'Introduction et démarche', page: 2 });
    for (const [i, chapter] of chapters.entries()) if (i > 0) expect(chapter.page ?? 0, chapter.title).toBeGreaterThan(chapters[i - 1]?.page ?? 0);
  });

  describe.skipIf(!HAS_PDFTOTEXT)('its text (pdftotext)', () => {
    let pages: string[] = [];
    beforeAll(() => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'livre-blanc-pdf-text-'));
      try {
        writeFileSync(path.join(dir, 'livre-blanc.pdf'), pdf);
        pages = execFileSync('pdftotext', ['-layout', path.join(dir, 'livre-blanc.pdf'), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('gives each chapter its page in the contents, as its bookmark says', () => {
      const chapters = readOutline(pdf).filter((entry) => entry.depth === 2);
      const contents = pages[0] ?? '';
      for (const [i, chapter] of chapters.entries()) expect(contents, chapter.title).toMatch(new RegExp(`${i + 1}\\. ${chapter.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${chapter.page}\\n`));
    });

    it('runs its header (the title, typographic apostrophe) and its page numbers on every page but the cover', () => {
      const title = frenchTypography(site.synthesis.title).replace(/\s+/g, ' ');
      expect(pages[0]).not.toContain('Page 1 sur');
      expect(pages[0]?.split('\n').filter((line) => line.trim() === title)).toEqual([]);
      for (const [i, page] of pages.entries()) {
        if (i === 0) continue;
        expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} sur ${pages.length}`);
        expect(page.split('\n').some((line) => line.trim() === title), `page ${i + 1}`).toBe(true);
      }
    });

    it('says where a link to the site led, the demo having no address, and lists at most three wordings per idea', () => {
      const text = pages.join('\n').replace(/\s+/g, ' ');
      expect(text).toContain('verbatims dans l’explorateur (sur le site, page Verbatims)');
      // The cover of a consultation without address gives none.
      expect(pages[0]).not.toMatch(/https?:\/\//);
      expect(text).toMatch(/Et \d+ autres contributions : toutes sur le site, page Idées fortes/);
      expect(text).not.toContain('les 30 plus fréquentes ici');
    });

    it('keys the map’s region abbreviations', () => {
      expect(pages.join('\n').replace(/\s+/g, ' ')).toContain('GES : Grand Est ; PDL : Pays de la Loire');
    });
  });

  it('has at least one A4 page per chapter', () => {
    const raw = text(pdf);
    const chapters = readdirSync(path.join(PACKAGE_DIR, 'content', 'livre-blanc')).filter((f) => f.endsWith('.mdx')).length;
    const pages = raw.match(/\/Type\s*\/Page\b/g) ?? [];
    expect(chapters).toBeGreaterThanOrEqual(7);
    expect(pages.length).toBeGreaterThanOrEqual(chapters);
    // A4 in points: 595.92 × 842.88 as Chromium writes it.
    expect(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/.test(raw), 'A4 media box').toBe(true);
  });
});

// Declared only without Chromium: a placeholder that says why the PDF was not checked.
if (!HAS_CHROMIUM) {
  describe('PDF of the white paper', () => {
    it.skip(`skipped: ${SKIP_MESSAGE}`, () => {});
  });
}
