/** The downloads page after printing the PDF: the real size, or no row at all when nothing was printed. */
import { describe, expect, it } from 'vitest';
import { settleDownloadRow } from '../../src/site/printed-download.ts';

const page =
  '<tbody><tr data-file="livre-blanc.json"><th scope="row"><a href="/telechargements/livre-blanc.json" download>livre-blanc.json</a></th>' +
  '<td>JSON</td><td>JSON</td><td class="num" data-size>0 o</td></tr>' +
  '<tr data-file="livre-blanc.pdf"><th scope="row"><a href="/telechargements/livre-blanc.pdf" download>livre-blanc.pdf</a></th>' +
  '<td>Le livre blanc en PDF</td><td>PDF</td><td class="num" data-size>0 o</td></tr></tbody>';

describe('settleDownloadRow', () => {
  it('shows the printed size in the PDF’s row only', () => {
    const settled = settleDownloadRow(page, 'livre-blanc.pdf', 2_345_678);
    expect(settled).toContain('<td class="num" data-size>2,2\u202fMo</td></tr></tbody>');
    expect(settled).toContain('livre-blanc.json</a></th><td>JSON</td><td>JSON</td><td class="num" data-size>0 o</td>');
  });

  it('removes the row of a PDF that was not written, so that nothing links to a missing file', () => {
    const settled = settleDownloadRow(page, 'livre-blanc.pdf', null);
    expect(settled).not.toContain('livre-blanc.pdf');
    expect(settled).toContain('livre-blanc.json');
    expect(settled.endsWith('</tr></tbody>')).toBe(true);
  });
});
