/**
 * Astro's log (the `logger` setting of astro.config.mjs), as chapter-error-log.ts writes it, with the
 * content loader's « Reloaded data from … » after each chapter save said in French, and less one
 * more English message family under `astro dev`: « [router] A `getStaticPaths()` route pattern was
 * matched, but no matching static path was found for requested path `…` », Astro's warning for an
 * address its pages do not make (a chapter renamed or a note deleted while its page is open, which
 * then reloads there). A chapter's address is said in French by renamed-chapters.ts, which leads a
 * renamed one to its new address; any other is said here, in French. Only a dev server asks Astro for
 * a page: a build never logs this. Loaded by Astro itself, in Node.
 */
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import type { NodeHandlerConfig } from 'astro/logger/node';
import chapterErrorLog from '../chapter-error-log.ts';

/** Astro's NoMatchingStaticPathFound, as its dev router logs it (node_modules/astro/dist/core/routing/dev.js). */
const NO_STATIC_PATH = /^A `getStaticPaths\(\)` route pattern was matched, but no matching static path was found for requested path `([^`]*)`\./;

/** The French for Astro's « no matching static path » warning; null to say nothing (a chapter's, said by the middleware); undefined if not that message. */
export function frenchRouterMessage(message: AstroLoggerMessage): string | null | undefined {
  if (message.label !== 'router') return undefined;
  const pathname = NO_STATIC_PATH.exec(stripVTControlCharacters(message.message))?.[1];
  if (pathname === undefined) return undefined;
  if (/^\/livre-blanc\/[^/]+\/?$/.test(pathname)) return null;
  return `Aucune page à l’adresse ${pathname} (page introuvable) : elle ne fait pas, ou plus, partie du site (une note supprimée ou renommée, une région ou un thème disparus de la synthèse).`;
}

/** Astro's content loader, after each save of a chapter: « Reloaded data from introduction.mdx ». */
const RELOADED = /^Reloaded data from (.+)$/;

/** « Chapitre relu : introduction.mdx » for the loader's English line; undefined for any other message. */
export function frenchLoaderMessage(message: AstroLoggerMessage): string | undefined {
  if (message.label !== 'glob-loader') return undefined;
  const entry = RELOADED.exec(stripVTControlCharacters(message.message).trim())?.[1];
  return entry === undefined ? undefined : `Chapitre relu : ${entry}`;
}

export default function devLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  const log = chapterErrorLog(config);
  return {
    write: (message) => {
      const loader = frenchLoaderMessage(message);
      if (loader !== undefined) return void log.write({ ...message, message: loader });
      const french = frenchRouterMessage(message);
      if (french === undefined) log.write(message);
      else if (french !== null) log.write({ ...message, message: french });
    },
  };
}
