/**
 * `build --hors-ligne`: a built site made to open from its files (a shared drive, a USB key, an
 * attached archive) with no server, or to be served under any path. Its links become relative, and
 * a page opened from its file shows the notice that says what needs a server: the search, and the
 * drawing of the charts (their figures stay in the tables below each chart). Browsers load no
 * module script and fetch no file from a page opened from a file; the reading, the navigation and
 * the downloads all work.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NOT_FOUND_PAGE, notFoundPageFindingItsRoot } from './not-found-root.ts';
import { relativeCss, relativeHtml } from './relative-urls.ts';
import { SERVED_CHECK, SERVED_CHECK_FILE } from './served-check.ts';

/** The notice as BaseLayout writes it, hidden; shown in the files of a site made to open from them. */
const OFFLINE_NOTICE_HIDDEN = '<p class="offline-notice" role="note" hidden>';
const OFFLINE_NOTICE_SHOWN = '<p class="offline-notice" role="note">';

/** The header folds behind « Menu » where scripts run; opened from its files, none does: it stays open. */
const FOLDABLE_HEADER = '<header class="site-header menu-foldable">';
const OPEN_HEADER = '<header class="site-header">';

/** Last in every page's head, so that the page is marked served before it shows (served-check.ts). */
const SERVED_CHECK_TAG = `<script src="/${SERVED_CHECK_FILE}"></script></head>`;

/** Rewrites the site in `outDir` in place; returns the number of pages made relative. */
export async function makeOpenableFromFiles(outDir: string): Promise<number> {
  let pages = 0;
  await mkdir(path.dirname(path.join(outDir, SERVED_CHECK_FILE)), { recursive: true });
  await writeFile(path.join(outDir, SERVED_CHECK_FILE), SERVED_CHECK);
  for (const entry of await readdir(outDir, { recursive: true, encoding: 'utf8' })) {
    const file = entry.split(path.sep).join('/');
    const absolute = path.join(outDir, entry);
    if (file.endsWith('.html')) {
      const html = (await readFile(absolute, 'utf8')).replace('</head>', SERVED_CHECK_TAG);
      const relative = relativeHtml(html, file).replace(OFFLINE_NOTICE_HIDDEN, OFFLINE_NOTICE_SHOWN).replace(FOLDABLE_HEADER, OPEN_HEADER);
      await writeFile(absolute, file === NOT_FOUND_PAGE ? notFoundPageFindingItsRoot(relative) : relative);
      pages++;
    } else if (file.endsWith('.css')) {
      await writeFile(absolute, relativeCss(await readFile(absolute, 'utf8'), file));
    }
  }
  return pages;
}
