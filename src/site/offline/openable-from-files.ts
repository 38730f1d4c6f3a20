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
import { relativeCss, relativeHtml } from './relative-urls.ts';

/** The notice as BaseLayout writes it, hidden; shown in the files of a site made to open from them. */
const OFFLINE_NOTICE_HIDDEN = '<p class="offline-notice" role="note" hidden>';
const OFFLINE_NOTICE_SHOWN = '<p class="offline-notice" role="note">';

/**
 * Served by a web server (under any path: links are relative), the same folder has everything, and
 * the notice would only puzzle readers: this classic script, run in the head before the page shows
 * (so nothing flickers), marks the page served and the stylesheet hides the notice. From a file it
 * marks nothing (or does not run at all), and the notice stays.
 */
export const SERVED_CHECK_FILE = '_astro/livre-blanc-servi.js';
const SERVED_CHECK = `// build --hors-ligne : servie par un serveur web, la page a tout ; l'avis ne vaut que depuis ses fichiers.
if (location.protocol !== 'file:') document.documentElement.classList.add('servi');
`;
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
      await writeFile(absolute, relativeHtml(html, file).replace(OFFLINE_NOTICE_HIDDEN, OFFLINE_NOTICE_SHOWN));
      pages++;
    } else if (file.endsWith('.css')) {
      await writeFile(absolute, relativeCss(await readFile(absolute, 'utf8'), file));
    }
  }
  return pages;
}
