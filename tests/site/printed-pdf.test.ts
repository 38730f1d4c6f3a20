/** The links to the printed PDF outside the downloads page: settled once it is printed, removed when it is not. */
import { describe, expect, it } from 'vitest';
import { pdfPageCount, printedPdfDetails, settlePrintedPdfLinks } from '../../src/site/printed-pdf.ts';

const page = [
  '<main><p data-printed-pdf class="printed-pdf"> <a href="/telechargements/livre-blanc.pdf" download>Télécharger le livre blanc (PDF<span data-printed-pdf-details></span>)</a></p><p>Suite</p></main>',
  '<footer><ul><li><a href="/telechargements/synthese.json" download>Données (JSON, 1,8 Mo)</a></li>',
  '<li data-printed-pdf> <a href="/telechargements/livre-blanc.pdf" download>Livre blanc (PDF<span data-printed-pdf-details></span>)</a></li>',
  '<li><a href="/saisie/">Saisir</a></li></ul></footer>',
].join('');

describe('printed PDF links', () => {
  it('say the pages and the size once printed, in every link of the page', () => {
    const settled = settlePrintedPdfLinks(page, printedPdfDetails(41, 1_110_838));
    expect(settled).toContain('Télécharger le livre blanc (PDF<span data-printed-pdf-details>, 41\u00a0pages, 1,1\u202fMo</span>)</a>');
    expect(settled).toContain('Livre blanc (PDF<span data-printed-pdf-details>, 41\u00a0pages, 1,1\u202fMo</span>)</a>');
    expect(printedPdfDetails(1, 900)).toBe(', 1\u00a0page, 900\u202fo');
  });

  it('are removed, with their paragraph or list item, when the PDF could not be printed', () => {
    const settled = settlePrintedPdfLinks(page, null);
    expect(settled).not.toContain('livre-blanc.pdf');
    expect(settled).toContain('<p>Suite</p>');
    expect(settled).toContain('Données (JSON, 1,8 Mo)');
    expect(settled).toContain('<li><a href="/saisie/">Saisir</a></li></ul>');
  });

  it('leave a page without them as it is', () => {
    expect(settlePrintedPdfLinks('<p>Rien</p>', null)).toBe('<p>Rien</p>');
  });

  it('count the page objects of a PDF, not its page tree', () => {
    const pdf = Buffer.from('1 0 obj <</Type /Pages /Count 2>> 2 0 obj <</Type /Page /Parent 1 0 R>> 3 0 obj <</Type/Page>>', 'latin1');
    expect(pdfPageCount(pdf)).toBe(2);
  });
});
