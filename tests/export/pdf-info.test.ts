/**
 * The PDF's properties (title, subject, keywords, dates, language) and its reproducibility, on PDFs laid
 * out as Chromium's (Skia) are: the file must stay readable (every offset right) and give the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { pdfDate, withDocumentInfo } from '../../src/export/pdf-info.ts';
import { pdfProperties, withStableNodeIds } from '../../src/export/pdf.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { assemblePdf, readPdf } from './support/pdf-reader.ts';

const CHROMIUM_INFO =
  '<</Title <FEFF004C0065002000740069007400720065>\n' +
  '/Creator (Mozilla/5.0 \\(X11; Linux x86_64\\) HeadlessChrome/156.0.0.0)\n' +
  '/Producer (Skia/PDF m156)\n' +
  "/CreationDate (D:20261207171431+00'00')\n" +
  "/ModDate (D:20261207171431+00'00')>>";

/** A small PDF as Chromium writes one: Info first, a stream, pages, the catalog (with or without /Lang). */
function chromiumLikePdf(lang = false): Uint8Array {
  return assemblePdf(
    [
      [1, CHROMIUM_INFO],
      [2, '<</Length 12>> stream\nBT (x) Tj ET\nendstream'],
      [3, '<</Type /Page\n/Parent 4 0 R\n/Contents 2 0 R>>'],
      [4, '<</Type /Pages\n/Kids [3 0 R]\n/Count 1>>'],
      [6, `<</Type /Catalog\n/Pages 4 0 R${lang ? '\n/Lang (de)' : ''}>>`],
    ],
    6,
    1,
  );
}

const DAY = new Date('2026-11-24T00:00:00Z');

describe('propriétés du PDF', () => {
  it('writes PDF dates in UTC, as PDF 32000 defines them', () => {
    expect(pdfDate(DAY)).toBe("D:20261124000000+00'00'");
    expect(pdfDate(new Date('2027-03-05T07:08:09Z'))).toBe("D:20270305070809+00'00'");
  });

  it('sets title, subject, keywords and dates, keeps Creator and Producer, and every object stays where the table says', () => {
    const pdf = withDocumentInfo(chromiumLikePdf(), { title: 'Grand Débat — « services » (2019)', date: DAY, subject: 'Ce qu’a demandé la consultation', keywords: 'livre blanc, santé', lang: 'fr' });
    const read = readPdf(pdf);
    expect(read.misplaced).toEqual([]);
    expect(read.info).toEqual({
      Title: 'Grand Débat — « services » (2019)',
      Subject: 'Ce qu’a demandé la consultation',
      Keywords: 'livre blanc, santé',
      Creator: 'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/156.0.0.0',
      Producer: 'Skia/PDF m156',
      CreationDate: "D:20261124000000+00'00'",
      ModDate: "D:20261124000000+00'00'",
    });
    expect(read.catalog).toContain('/Lang (fr)');
    // The stream after the rewritten Info still has its bytes and its length.
    expect(read.object(2)).toContain('<</Length 12>>');
    expect(Buffer.from(pdf).toString('latin1')).toContain('stream\nBT (x) Tj ET\nendstream');
  });

  it('keeps the language Chromium took from the page', () => {
    expect(readPdf(withDocumentInfo(chromiumLikePdf(true), { title: 'T', date: DAY, lang: 'fr' })).catalog).toContain('/Lang (de)');
  });

  it('gives an undated consultation no date (optional in a PDF), never the time of printing nor a false day, and the same bytes each time', () => {
    const first = withDocumentInfo(chromiumLikePdf(), { title: 'T', date: null });
    expect(readPdf(first).info.CreationDate).toBeUndefined();
    expect(readPdf(first).info.ModDate).toBeUndefined();
    expect(readPdf(first).info.Title).toBeDefined();
    expect(Buffer.from(first).toString('latin1')).not.toMatch(/D:20[0-9]{12}/);
    const again = Buffer.from(chromiumLikePdf()).toString('latin1').replaceAll('20261207171431', '20261208093002');
    expect(Buffer.from(withDocumentInfo(new Uint8Array(Buffer.from(again, 'latin1')), { title: 'T', date: null }))).toEqual(Buffer.from(first));
  });

  it('still dates a PDF it cannot rewrite (a cross-reference stream), in place', () => {
    const text = `%PDF-1.5\n1 0 obj\n${CHROMIUM_INFO}\nendobj\nstartxref\n9\n%%EOF\n`;
    const dated = Buffer.from(withDocumentInfo(new Uint8Array(Buffer.from(text, 'latin1')), { title: 'T', date: DAY })).toString('latin1');
    expect(dated.length).toBe(text.length);
    expect(dated).toContain("/CreationDate (D:20261124000000+00'00')");
    expect(dated).toContain("/ModDate (D:20261124000000+00'00')");
    // Undated: each entry blanked where it stood, no offset moved.
    const undated = Buffer.from(withDocumentInfo(new Uint8Array(Buffer.from(text, 'latin1')), { title: 'T', date: null })).toString('latin1');
    expect(undated.length).toBe(text.length);
    expect(undated).not.toMatch(/CreationDate|ModDate/);
  });

  it('dates XMP metadata alike, at the same length', () => {
    const xmp = '<xmp:CreateDate>2026-12-07T17:14:31+00:00</xmp:CreateDate><xmp:ModifyDate>2026-12-07T17:14:31+00:00</xmp:ModifyDate>';
    const pdf = assemblePdf([[1, CHROMIUM_INFO], [2, `<</Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}>> stream\n${xmp}\nendstream`], [3, '<</Type /Catalog\n/Metadata 2 0 R>>']], 3, 1);
    const text = Buffer.from(withDocumentInfo(pdf, { title: 'T', date: DAY })).toString('latin1');
    expect(text).toContain('<xmp:CreateDate>2026-11-24T00:00:00+00:00</xmp:CreateDate><xmp:ModifyDate>2026-11-24T00:00:00+00:00</xmp:ModifyDate>');
    const undated = Buffer.from(withDocumentInfo(pdf, { title: 'T', date: null })).toString('latin1');
    expect(undated).not.toMatch(/xmp:(Create|Modify)Date/);
    expect(undated).toContain(`/Length ${xmp.length}>> stream\n${' '.repeat(xmp.length)}\nendstream`);
  });
});

describe('identifiants des cellules d’en-tête', () => {
  /** Two prints of one table: the same structure, Chromium's node numbers taken in another order. */
  const print = (ids: [string, string, string]) =>
    assemblePdf(
      [
        [1, CHROMIUM_INFO],
        [2, `<</Type /StructElem\n/S /TH\n/ID (node${ids[0]})>>`],
        [3, `<</Type /StructElem\n/S /TH\n/ID (node${ids[1]})>>`],
        [4, `<</Type /StructElem\n/S /TD\n/A [<</O /Table\n/Headers [(node${ids[0]}) (node${ids[1]})]>>]>>`],
        [5, `<</Type /StructElem\n/S /TH\n/ID (node${ids[2]})>>`],
        [6, `<</Limits [(node${[...ids].sort()[0]}) (node${[...ids].sort()[2]})]\n/Names [${[...ids].sort().map((id) => `(node${id}) ${2 + ids.indexOf(id) + (ids.indexOf(id) === 2 ? 1 : 0)} 0 R`).join(' ')}]>>`],
        [7, '<</Type /StructTreeRoot\n/IDTree 6 0 R>>'],
        [8, '<</Type /Catalog\n/StructTreeRoot 7 0 R>>'],
      ],
      8,
      1,
    );

  it('gives two prints whose node numbers came in another order the same bytes, with a sorted ID tree', () => {
    const first = withStableNodeIds(print(['00000233', '00000240', '00000251']));
    const second = withStableNodeIds(print(['00000412', '00000398', '00000420']));
    expect(Buffer.from(second)).toEqual(Buffer.from(first));
    const read = readPdf(first);
    expect(read.misplaced).toEqual([]);
    expect(read.object(6)).toContain('<</Limits [(node00000000) (node00000002)]\n/Names [(node00000000) 2 0 R (node00000001) 3 0 R (node00000002) 5 0 R]>>');
    expect(read.object(4)).toContain('/Headers [(node00000000) (node00000001)]');
  });
});

describe('pdfProperties', () => {
  const synthesis = {
    description: 'Ce que la consultation a demandé.',
    sessions: [{ date: '2026-09-24' }, { date: '2026-10-02' }, { date: null }],
    themes: [
      { id: 'sante', label: 'Santé' },
      { id: 'autres', label: 'Autres' },
    ],
  } as unknown as Synthesis;

  it('dates the PDF as « À propos » and the workbook: SOURCE_DATE_EPOCH, else the latest session', () => {
    expect(pdfProperties(synthesis, '1795478400').date).toEqual(new Date('2026-11-24T00:00:00Z'));
    expect(pdfProperties(synthesis, undefined).date).toEqual(new Date('2026-10-02T00:00:00Z'));
    expect(pdfProperties({ ...synthesis, sessions: [] }, undefined).date).toBeNull();
  });

  it('gives the presentation as subject and the taxonomy’s themes as keywords', () => {
    expect(pdfProperties(synthesis, undefined)).toMatchObject({ subject: 'Ce que la consultation a demandé.', keywords: 'livre blanc ; consultation ; Santé' });
    expect(pdfProperties({ ...synthesis, description: null }, undefined).subject).toBeUndefined();
  });
});
