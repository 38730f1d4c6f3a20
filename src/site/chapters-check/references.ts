/**
 * The chapter's images and links, which Astro publishes without a word: an image beside the chapter
 * that is missing stops the build (Vite's English UNRESOLVED_IMPORT), an absolute image missing from
 * what the site serves shows broken, and a link to an address the site does not have leads to its
 * 404 page. Each is said at its line, with the nearest valid address.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';
import { chapterUrl } from '../urls.ts';
import type { ParsedChapter, Reference } from './parse.ts';
import type { ChapterRef } from './routes.ts';
import { GENERATED_FOLDERS, PUBLIC_DIR, isPublicFile } from './site-files.ts';

export interface ChapterContext {
  /** The chapter's id: a relative link is read from its page, `/livre-blanc/<id>/`. */
  id: string;
  /** The chapter's folder on disk, where its relative images must be (unchecked without it). */
  dir?: string;
  /** The consultation's content folder, which the chapter's JSON imports may not leave (unread without it). */
  contentDir?: string;
  /** Every address of the site (routes.ts). */
  routes: readonly string[];
  chapters: readonly ChapterRef[];
  publicDir?: string;
}

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

export function checkReferences(file: string, chapter: ParsedChapter, context: ChapterContext): Diagnostic[] {
  return [...chapter.images.flatMap((image) => checkImage(file, image, context)), ...chapter.links.flatMap((link) => checkLink(file, link, context))];
}

function checkImage(file: string, image: Reference, context: ChapterContext): Diagnostic[] {
  const at = { file, line: image.line, column: image.column };
  const diagnostics: Diagnostic[] = [];
  // In HTML, `alt=""` says the image is decorative; only a missing alt is a mistake there.
  if (image.html ? image.alt === undefined : !image.alt?.trim()) {
    diagnostics.push({
      code: 'chapitre-image-sans-texte',
      severity: 'warning',
      message: `L’image ${image.url} n’a pas de texte de remplacement : un lecteur d’écran n’en dira rien (RGAA, critère 1.2).`,
      hint: image.html
        ? `Décrivez-la : <img src="${image.url}" alt="Ce que montre l’image"/> (alt="" pour une image purement décorative).`
        : `Décrivez-la entre les crochets : ![Ce que montre l’image](${image.url}) ; seule une image purement décorative peut rester sans texte.`,
      ...at,
    });
  }
  if (EXTERNAL.test(image.url)) return diagnostics;
  const target = pathOf(image.url);
  if (!target) return diagnostics;
  if (target.startsWith('/')) {
    if (!isPublicFile(target, context.publicDir ?? PUBLIC_DIR)) {
      diagnostics.push({
        code: 'chapitre-image-absente',
        severity: 'warning',
        message: `L’image ${image.url} n’est pas un fichier que le site publie : elle s’afficherait cassée, sur le site comme dans le PDF.`,
        hint: `Placez l’image à côté du chapitre et écrivez ![…](./${path.posix.basename(target)}) : elle est alors publiée avec lui.`,
        ...at,
      });
    }
    return diagnostics;
  }
  if (image.html) {
    // Astro copies the images of `![…](./…)` only: `<img src="./…">` is printed as written, and read from the page's address.
    diagnostics.push({
      code: 'chapitre-image-absente',
      severity: 'warning',
      message: `<img src="${image.url}"> : une image écrite en HTML n’est pas publiée avec le chapitre ; elle s’afficherait cassée.`,
      hint: `Écrivez-la en Markdown : ![${image.alt || 'Ce que montre l’image'}](${image.url}).`,
      ...at,
    });
    return diagnostics;
  }
  if (context.dir === undefined || existsSync(path.resolve(context.dir, target))) return diagnostics;
  const near = nearbyFile(context.dir, target);
  diagnostics.push({
    code: 'chapitre-image-introuvable',
    severity: 'blocking',
    message: `L’image ${image.url} est introuvable à côté du chapitre : la construction s’arrêterait sur elle.`,
    hint: near ? `Vouliez-vous dire ./${near} ?` : `Placez le fichier ${path.posix.basename(target)} dans le dossier du chapitre, ou corrigez son chemin.`,
    ...at,
  });
  return diagnostics;
}

function checkLink(file: string, link: Reference, context: ChapterContext): Diagnostic[] {
  if (EXTERNAL.test(link.url) || link.url.startsWith('#')) return [];
  const target = pathOf(link.url);
  if (!target) return [];
  const at = { file, line: link.line, column: link.column };
  // A link to a chapter's file (`./introduction.mdx`) is not its page.
  if (/\.mdx$/i.test(target)) {
    const name = path.posix.basename(target);
    const chapter = context.chapters.find((c) => c.name === name);
    return [broken(link, at, chapter ? `L’adresse de ce chapitre est ${chapterUrl(chapter.id)} : écrivez [texte](${chapterUrl(chapter.id)}).` : nearest(`/livre-blanc/${name.replace(/\.mdx$/i, '')}/`, context.routes), 'un fichier de chapitre n’est pas une page du site')];
  }
  const absolute = new URL(target, `https://site${chapterUrl(context.id)}`).pathname;
  if (GENERATED_FOLDERS.some((folder) => absolute.startsWith(folder))) return [];
  if (isPublicFile(absolute, context.publicDir ?? PUBLIC_DIR)) return [];
  // `trailingSlash: 'always'`: `/themes` is served as `/themes/`.
  const page = absolute.endsWith('/') ? absolute : `${absolute}/`;
  if (context.routes.includes(page)) return [];
  return [broken(link, at, nearest(page, context.routes), 'le site n’a pas cette page')];
}

function broken(link: Reference, at: { file: string; line: number; column: number }, hint: string, why: string): Diagnostic {
  return { code: 'chapitre-lien-casse', severity: 'warning', message: `Le lien vers ${link.url} mène à la page « introuvable » : ${why}.`, hint, ...at };
}

/**
 * The nearest address: a page of the same section (`/themes/saisie-ergonomi/` → `/themes/saisie-ergonomie/`),
 * else that section's pages when they are few, else its index; for an unknown section, the nearest of all.
 */
function nearest(page: string, routes: readonly string[]): string {
  const segments = page.split('/').filter(Boolean);
  const section = segments.length > 1 ? `/${segments[0]}/` : null;
  const siblings = section ? routes.filter((r) => r !== section && r.startsWith(section)) : [];
  if (section && (siblings.length || routes.includes(section))) {
    const last = (r: string) => r.split('/').filter(Boolean).at(-1) ?? r;
    const guess = closest(last(page), siblings.map((r) => ({ text: last(r), value: r })));
    if (guess) return `Vouliez-vous dire ${guess} ?`;
    if (siblings.length && siblings.length <= 10) return `Aucune page proche de ce nom ; pages possibles : ${siblings.join(', ')}.`;
    return `Aucune page proche de ce nom : voyez la liste ${section}.`;
  }
  const guess = closest(page, routes.map((r) => ({ text: r, value: r })));
  return guess ? `Vouliez-vous dire ${guess} ?` : 'Aucune page proche de ce nom : vérifiez l’adresse sur le site.';
}

/** The path of a URL as written (`./a%20b.png?x#y` → `./a b.png`), or null when only a query or anchor. */
function pathOf(url: string): string | null {
  const bare = url.replace(/[?#].*$/s, '');
  if (!bare) return null;
  try {
    return decodeURI(bare);
  } catch {
    return bare;
  }
}

/** The file of the chapter's folder nearest to a missing one (`photo.jpeg` for `photo.jpg`). */
function nearbyFile(dir: string, target: string): string | null {
  const folder = path.resolve(dir, path.dirname(target));
  if (!existsSync(folder)) return null;
  const names = readdirSync(folder).filter((n) => !n.endsWith('.mdx'));
  const guess = closest(path.basename(target), names.map((n) => ({ text: n, value: n })));
  return guess ? path.posix.join(path.posix.dirname(target).replace(/^\.\/?/, ''), guess) : null;
}
