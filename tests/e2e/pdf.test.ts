/** The PDF export: Chromium prints the site's print route into an A4, tagged PDF with an outline. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfProperties, printPdf } from '../../src/export/pdf.ts';
import { pdfDate } from '../../src/export/pdf-info.ts';
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
    expect(read.info.Title).toBe(site.synthesis.title);
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
    expect(top.map((item) => item.title)).toEqual(['Le livre blanc complet']);
    const chapters = outline.filter((item) => item.parent === top[0]?.id).map((item) => item.title);
    expect(chapters.length).toBe(readdirSync(path.join(PACKAGE_DIR, 'content', 'livre-blanc')).filter((f) => f.endsWith('.mdx')).length);
    expect(chapters[0]).toBe('Introduction et démarche');
    const introduction = outline.find((item) => item.title === 'Introduction et démarche');
    expect(outline.filter((item) => item.parent === introduction?.id).map((item) => item.title)).toContain('Comment lire les chiffres');
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
