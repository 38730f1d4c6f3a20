/**
 * Under `astro dev`, a page that would stop at a chapter's blocking problem is not rendered: the
 * chapters' check (follow-chapters.ts) knows it will fail, so the problems are served in its place
 * (chapters-page.ts). The other pages render as usual, with the problems over them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CHAPTERS_FOLDER } from '../chapters-source.ts';
import { chaptersPage } from './chapters-page.ts';
import type { ChapterProblem } from './messages.ts';

/** The chapters a page renders: one chapter's file, all of them (the print page), or none. */
export function chaptersOf(pathname: string): string | 'all' | null {
  if (/^\/imprimer\/?$/.test(pathname)) return 'all';
  const chapter = /^\/livre-blanc\/([^/]+)\/?$/.exec(pathname)?.[1];
  try {
    // A chapter's address is its file's name (as componentWhere reads it back).
    return chapter ? `${CHAPTERS_FOLDER}/${decodeURIComponent(chapter)}.mdx` : null;
  } catch {
    return null; // not an address of ours: Astro answers it
  }
}

/** A connect middleware: the chapters' problems in place of a page they would stop. */
export function chaptersGuard(problems: () => Promise<readonly ChapterProblem[]>) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const chapters = request.method === 'GET' || request.method === 'HEAD' ? chaptersOf(new URL(request.url ?? '/', 'http://localhost').pathname) : null;
    if (chapters === null) return next();
    // Only the pages that render chapters wait for the check under way (a chapter just saved).
    void problems().then((all) => {
      const stopping = all.filter((problem) => chapters === 'all' || problem.file === chapters);
      if (stopping.length === 0) return next();
      response.statusCode = 500;
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('cache-control', 'no-store');
      response.end(chaptersPage(stopping));
    });
  };
}
