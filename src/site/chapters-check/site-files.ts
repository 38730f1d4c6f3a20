/**
 * What the built site serves besides its pages: the package's `public/` folder (copied as is) and the
 * files `build` generates. A chapter's absolute address (`/images/carte.png`) must be one of them; the
 * consultation's own folders are not published, only what a chapter imports (`./carte.png`).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's folder (this file is src/site/chapters-check/site-files.ts). */
const PACKAGE_DIR = fileURLToPath(new URL('../../../', import.meta.url));

export const PUBLIC_DIR = path.join(PACKAGE_DIR, 'public');
export const PAGES_DIR = path.join(PACKAGE_DIR, 'src', 'pages');

/** Folders whose files `build` writes (downloads, the synthesis JSON, the search index): not known at check time. */
export const GENERATED_FOLDERS = ['/telechargements/', '/donnees/', '/index-recherche/', '/_astro/', '/pagefind/'];

/** Whether `/a/b.png` is a file of `public/`. */
export function isPublicFile(urlPath: string, publicDir = PUBLIC_DIR): boolean {
  const file = path.join(publicDir, ...urlPath.split('/').filter(Boolean));
  return file.startsWith(publicDir) && existsSync(file) && statSync(file).isFile();
}

/**
 * The fixed pages of `src/pages/` (no `[param]` in their path, 404 aside), as addresses:
 * `index.astro` → `/`, `themes/index.astro` → `/themes/`, `idees-fortes.astro` → `/idees-fortes/`.
 */
export function fixedPages(pagesDir = PAGES_DIR): string[] {
  if (!existsSync(pagesDir)) return ['/'];
  const pages: string[] = [];
  const visit = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.includes('[')) continue;
      if (entry.isDirectory()) visit(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.astro') && entry.name !== '404.astro') {
        const name = entry.name.slice(0, -'.astro'.length);
        pages.push(name === 'index' ? prefix : `${prefix}${name}/`);
      }
    }
  };
  visit(pagesDir, '/');
  return pages.sort();
}
