/**
 * After `build`: the anchors of the chapters' links checked against the pages just built
 * (src/site/chapters-check/anchors.ts). Each page is read once, whatever the number of links to it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../pipeline/model.ts';
import { checkAnchors, htmlIds, type BuiltPages } from '../site/chapters-check/anchors.ts';
import { builtChapters } from './built-chapters.ts';

export function checkBuiltAnchors(root: string, outDir: string): Diagnostic[] {
  const pages = builtPages(outDir);
  return builtChapters(root).flatMap((chapter) => checkAnchors(chapter.file, chapter.parsed.links, chapter.id, pages));
}

/** The built site's pages, each `<address>index.html` under `outDir`, read when first asked for. */
export function builtPages(outDir: string): BuiltPages {
  const read = new Map<string, ReadonlySet<string> | null>();
  const fileOf = (pathname: string) => path.join(outDir, ...pathname.split('/').filter(Boolean), 'index.html');
  return {
    idsOf(pathname) {
      if (!read.has(pathname)) {
        const file = fileOf(pathname);
        read.set(pathname, existsSync(file) ? htmlIds(readFileSync(file, 'utf8')) : null);
      }
      return read.get(pathname) ?? null;
    },
    siblingsOf(pathname) {
      // A listing's further pages are `<first>/2/`, `<first>/3/`… (a session's items, 200 a page).
      const first = pathname.replace(/\/\d+\/$/, '/');
      const folder = path.join(outDir, ...first.split('/').filter(Boolean));
      if (!existsSync(folder)) return [];
      const further = readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && /^\d+$/.test(entry.name))
        .map((entry) => Number(entry.name))
        .sort((a, b) => a - b)
        .map((page) => `${first}${page}/`);
      return [first, ...further].filter((page) => page !== pathname);
    },
  };
}
