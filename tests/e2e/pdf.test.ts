/** The PDF export: Chromium prints the site's print route into an A4, tagged PDF with an outline. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf } from '../../src/export/pdf.ts';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import { buildDemoSite, HAS_CHROMIUM, SKIP_MESSAGE, type BuiltSite } from './support/site.ts';

const text = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1');

describe.skipIf(!HAS_CHROMIUM)('PDF of the white paper (Chromium)', () => {
  let site: BuiltSite;
  let pdf: Uint8Array;

  beforeAll(async () => {
    site = await buildDemoSite();
    pdf = await printPdf(site.url, site.synthesis.title);
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

describe.skipIf(HAS_CHROMIUM)('PDF of the white paper', () => {
  it('is skipped without Chromium', () => {
    expect(SKIP_MESSAGE).toContain('Chromium');
  });
});
