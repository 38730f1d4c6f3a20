/**
 * The PDF is printed from the finished site, so the downloads page is built before the PDF exists:
 * once printed, its row is given the real size, and it is removed when printing failed, so that the
 * page never offers a file that was not written. The page marks each row with its file's name.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { formatBytes } from './downloads.ts';

/** The attribute of a downloads row that names its file (`<tr data-file="livre-blanc.pdf">`). */
export const ROW_FILE_ATTRIBUTE = 'data-file';
/** The attribute of the cell that shows a file's size. */
export const SIZE_CELL_ATTRIBUTE = 'data-size';

/** The downloads page with `file`'s row showing `bytes`, or without that row when `bytes` is null. */
export function settleDownloadRow(html: string, file: string, bytes: number | null): string {
  const row = new RegExp(`<tr ${ROW_FILE_ATTRIBUTE}="${escapeRegExp(file)}"[^>]*>[\\s\\S]*?</tr>`);
  return html.replace(row, (match) =>
    bytes === null ? '' : match.replace(new RegExp(`(<td[^>]*${SIZE_CELL_ATTRIBUTE}[^>]*>)[^<]*(</td>)`), `$1${formatBytes(bytes)}$2`),
  );
}

/** Rewrites the built downloads page (`index.html`) once `file` is written (`bytes`) or known to be missing (null). */
export async function settleDownloadsPage(page: string, file: string, bytes: number | null): Promise<void> {
  await writeFile(page, settleDownloadRow(await readFile(page, 'utf8'), file, bytes));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
