/**
 * Astro's log, written by Astro's own Node logger, without Astro's copies of a chapter's error, which
 * `livre-blanc build` says itself, in French. Two kinds:
 * - a component refusing its props during a build, only for a value computed in braces, which the
 *   chapters' check cannot read ahead (src/site/dev/component-problems.ts): the build stops and says
 *   why (src/cli/failure.ts);
 * - a chapter's own code failing during a build (`{donnees.detail.total}` reading the chapter's
 *   `export`, or an `export` line reading an import): said at its line (src/cli/chapter-render-failure.ts).
 * Before that, Astro logged the error's stack and « Caught error rendering /imprimer: … » as two
 * English « [ERROR] » lines. Under `astro dev` a chapter's code error is Astro's to show (in the page
 * and the terminal): only the build's prerendering module (`/.prerender/`) is dropped.
 * Astro 7's Logger API (the `logger` setting of astro.config.mjs) is the documented way to own its
 * log; nothing else is dropped. Loaded by Astro itself, in Node: no import from the site's modules
 * (chapter-chunk.ts imports node:path only).
 */
import { readdirSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger, { type NodeHandlerConfig } from 'astro/logger/node';
import { chapterOfChunkName, chunkOfStack } from './chapter-chunk.ts';

/** The name of the components' error (ContentError in src/site/filters.ts), as its stack and Astro's message start. */
const CHAPTER_ERROR = /(?:^|: )ContentError: /;

/** The chapters' files, in the folder `livre-blanc build` gives Astro (LIVRE_BLANC_CHAPTERS, as chapters-source.ts names it). */
function chapterFiles(): string[] {
  const dir = process.env.LIVRE_BLANC_CHAPTERS;
  try {
    return dir ? readdirSync(dir).filter((name) => name.endsWith('.mdx')) : [];
  } catch {
    return [];
  }
}

/**
 * Whether a stack was thrown by a chapter's code in the build's prerendering (as chapter-render-failure.ts
 * reads it): by its page (MDX's functions), or by its module as it loaded (a chunk named after a chapter).
 */
function isChapterCodeStack(text: string, chapters: () => readonly string[]): boolean {
  const found = chunkOfStack(text);
  if (!found || !found.chunk.includes('/.prerender/')) return false;
  return found.where === 'page' || chapterOfChunkName(found.chunk, chapters(), (file) => file) !== null;
}

/** Whether Astro's message only repeats a chapter's error (its stack, or « Caught error rendering … »). */
export function isChapterErrorCopy(message: AstroLoggerMessage): boolean {
  return message.level === 'error' && CHAPTER_ERROR.test(stripVTControlCharacters(message.message));
}

/**
 * Shared by every logger Astro makes in this process: the stack and its « Caught error » come through two
 * instances of this module (Astro's and the prerendering's), hence on `globalThis`.
 */
const SEEN_KEY = Symbol.for('livre-blanc.erreurs-de-chapitre');
const SEEN: Set<string> = ((globalThis as { [SEEN_KEY]?: Set<string> })[SEEN_KEY] ??= new Set<string>());

/**
 * A filter of the messages that repeat an error thrown by a chapter's code in a build: its stack, then
 * « Caught error rendering /x: <its first line> » (remembered from the stack, as Astro logs them in that order).
 */
export function chapterCodeErrorCopies(seen = SEEN, chapters: () => readonly string[] = chapterFiles): (message: AstroLoggerMessage) => boolean {
  return (message) => {
    if (message.level !== 'error') return false;
    const text = stripVTControlCharacters(message.message);
    if (isChapterCodeStack(text, chapters)) {
      if (seen.size > 100) seen.clear();
      seen.add(text.split('\n', 1)[0]?.trim() ?? '');
      return true;
    }
    const caught = /^Caught error rendering \S+: (.*)$/s.exec(text)?.[1]?.trim();
    return caught !== undefined && seen.has(caught);
  };
}

export default function chapterErrorLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  const node = nodeLogger(config);
  const isCodeErrorCopy = chapterCodeErrorCopies();
  return {
    write: (message) => {
      if (!isChapterErrorCopy(message) && !isCodeErrorCopy(message)) node.write(message);
    },
  };
}
