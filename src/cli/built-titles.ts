/**
 * After `build`: a chapter whose page title is that of a fixed page of the site (« Idées fortes » for
 * /idees-fortes/ once was) leaves two pages a reader cannot tell apart in tabs, history and the screen
 * reader's list of windows (RGAA 8.6). Only the built pages know their final titles; a warning at the
 * chapter's `titre:` line (the site is built all the same).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../pipeline/model.ts';
import { frontMatterLine } from '../site/chapters-check/front-matter.ts';
import { fixedPages } from '../site/chapters-check/site-files.ts';
import { chapterUrl } from '../site/urls.ts';
import { builtChapters } from './built-chapters.ts';

/** The `<title>` of the page built at `pathname` (`/…/`), or null when there is none. */
export function builtTitle(outDir: string, pathname: string): string | null {
  const file = path.join(outDir, ...pathname.split('/').filter(Boolean), 'index.html');
  if (!existsSync(file)) return null;
  const title = /<title>([^<]*)<\/title>/.exec(readFileSync(file, 'utf8'))?.[1]?.trim();
  return title === undefined ? null : title.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

export function checkBuiltTitles(root: string, outDir: string, pages: readonly string[] = fixedPages()): Diagnostic[] {
  const chapters = builtChapters(root);
  if (chapters.length === 0) return [];
  const fixed = new Map<string, string>();
  for (const page of pages) {
    const title = builtTitle(outDir, page);
    if (title && !fixed.has(title)) fixed.set(title, page);
  }
  return chapters.flatMap(({ file, id, parsed }): Diagnostic[] => {
    const url = chapterUrl(id);
    const title = builtTitle(outDir, url);
    const page = title === null ? undefined : fixed.get(title);
    if (!page || page === url) return [];
    return [
      {
        code: 'chapitre-titre-en-double',
        severity: 'warning',
        message: `Le chapitre ${url} a le même titre de page que ${page} (« ${title} ») : deux onglets, deux entrées d’historique qu’on ne distingue pas.`,
        hint: 'Donnez au chapitre un titre qui le distingue de cette page (« Idées fortes de la consultation », par exemple).',
        file,
        line: parsed.frontMatter === null ? 1 : frontMatterLine(parsed.frontMatter, 'titre'),
        column: 1,
      },
    ];
  });
}
