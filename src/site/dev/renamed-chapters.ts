/**
 * Under `astro dev`, a chapter renamed while its page is open. Not a stale route cache: Astro serves
 * the new address at once and answers the old one with a 404; but the open page reloads at its old
 * address, and Astro said so in English (« [router] A `getStaticPaths()` route pattern was matched,
 * but no matching static path was found… », its log: dev-log.ts). Here the old address leads to the
 * new one, and the terminal says it in French; an address that never was a chapter is said too.
 * A chapter is known by its last text (a rename keeps it), else by any title it had: the text read on a
 * watcher event can be the file caught truncated by its editor, and the event of the write that follows
 * may never come (same mtime), so an empty read is not remembered and titles are kept, not replaced.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { CHAPTERS_FOLDER } from '../chapters-source.ts';
import { chapterUrl } from '../urls.ts';
import type { WatchLogger } from './watch-consultation.ts';

const EXTENSION = '.mdx';

/** A chapter's address on the site, from its path (`/livre-blanc/<id>/`): its id, or null. */
export function chapterIdOf(pathname: string): string | null {
  const id = /^\/livre-blanc\/([^/]+)\/?$/.exec(pathname)?.[1];
  try {
    return id ? decodeURIComponent(id) : null;
  } catch {
    return null;
  }
}

export interface ChapterAddresses {
  /** Vite's watcher events: remembers each chapter's text as it is added or changed. */
  seen(event: string, file: string): void;
  /** For a chapter whose file is gone, the id of the chapter now holding its text (or title); null if none. */
  renamedTo(id: string): string | null;
}

/** The chapters of folder `dir`, followed from now on. */
export function chapterAddresses(dir: string): ChapterAddresses {
  const texts = new Map<string, string>();
  const titles = new Map<string, Set<string>>();
  const read = (id: string): string | undefined => {
    try {
      return readFileSync(path.join(dir, `${id}${EXTENSION}`), 'utf8');
    } catch {
      return undefined; // gone meanwhile
    }
  };
  const current = (): string[] => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(EXTENSION)).map((name) => name.slice(0, -EXTENSION.length)) : []);
  const remember = (id: string) => {
    const text = read(id);
    if (text === undefined || text.trim() === '') return; // gone, or caught truncated mid-save
    texts.set(id, text);
    const title = titleOf(text);
    if (title) titles.set(id, (titles.get(id) ?? new Set<string>()).add(title));
  };
  current().forEach(remember);
  return {
    seen(event, file) {
      if ((event === 'add' || event === 'change') && path.dirname(file) === dir && file.endsWith(EXTENSION)) remember(path.basename(file, EXTENSION));
    },
    renamedTo(id) {
      const before = texts.get(id);
      if (before === undefined || existsSync(path.join(dir, `${id}${EXTENSION}`))) return null;
      const others = current().filter((other) => other !== id);
      const known = titles.get(id) ?? new Set<string>();
      return others.find((other) => read(other) === before) ?? others.find((other) => known.has(titleOf(read(other) ?? '') ?? '')) ?? null;
    },
  };
}

/** The `titre:` line of a chapter's front matter, as written. */
function titleOf(text: string): string | undefined {
  return /^---\r?\n(?:[^\n]*\n)*?titre:\s*(.+?)\s*$/m.exec(text)?.[1];
}

/** « Chapitre renommé : … », said once per rename. */
export function renamedNotice(from: string, to: string): string {
  return `Chapitre renommé : ${chapterUrl(from)} a une nouvelle adresse, ${chapterUrl(to)} (${CHAPTERS_FOLDER}/${to}${EXTENSION}) ; la page ouverte y est conduite. Dans le site construit, l’ancienne adresse n’existera plus : mettez à jour les liens qui y mènent.`;
}

/** For an address that is no chapter (404). */
export function noChapterNotice(id: string): string {
  return `Aucun chapitre à l’adresse ${chapterUrl(id)} : pas de fichier ${CHAPTERS_FOLDER}/${id}${EXTENSION} (page introuvable).`;
}

/** A connect middleware: a renamed chapter's old address leads to its new one (307), said in French. */
export function renamedChapters(dir: string, addresses: ChapterAddresses, logger: WatchLogger) {
  const said = new Set<string>();
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const id = request.method === 'GET' || request.method === 'HEAD' ? chapterIdOf(new URL(request.url ?? '/', 'http://localhost').pathname) : null;
    if (id === null || existsSync(path.join(dir, `${id}${EXTENSION}`))) return next();
    const to = addresses.renamedTo(id);
    if (to === null) {
      logger.warn(noChapterNotice(id));
      return next(); // the site's own 404 page
    }
    if (!said.has(`${id}\n${to}`)) logger.info(renamedNotice(id, to));
    said.add(`${id}\n${to}`);
    response.statusCode = 307;
    response.setHeader('location', encodeURI(chapterUrl(to)));
    response.setHeader('cache-control', 'no-store');
    response.end();
  };
}
