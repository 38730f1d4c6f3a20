/**
 * Astro's log, written by Astro's own Node logger, without Astro's copies of a chapter's error, which
 * `livre-blanc build` says itself, in French. Two kinds:
 * - a component refusing its props during a build, only for a value computed in braces, which the
 *   chapters' check cannot read ahead (src/site/dev/component-problems.ts): the build stops and says
 *   why (src/cli/failure.ts);
 * - a chapter's own code failing during a build (`{donnees.detail.total}` reading the chapter's
 *   `export`): said at the expression's line (src/cli/chapter-render-failure.ts).
 * Before that, Astro logged the error's stack and « Caught error rendering /imprimer: … » as two
 * English « [ERROR] » lines. Under `astro dev` a chapter's code error is Astro's to show (in the page
 * and the terminal): only the build's prerendering module (`/.prerender/`) is dropped.
 * Astro 7's Logger API (the `logger` setting of astro.config.mjs) is the documented way to own its
 * log; nothing else is dropped. Loaded by Astro itself, in Node: no import from the site's modules.
 */
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger, { type NodeHandlerConfig } from 'astro/logger/node';

/** The name of the components' error (ContentError in src/site/filters.ts), as its stack and Astro's message start. */
const CHAPTER_ERROR = /(?:^|: )ContentError: /;

/** A frame of a chapter's compiled MDX in the build's prerendering (as chapter-render-failure.ts reads it). */
const MDX_BUILD_FRAME = /\bat (?:async )?(?:_createMdxContent|MDXContent) \([^)]*\/\.prerender\/[^)]*\)/;

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
export function chapterCodeErrorCopies(seen = SEEN): (message: AstroLoggerMessage) => boolean {
  return (message) => {
    if (message.level !== 'error') return false;
    const text = stripVTControlCharacters(message.message);
    if (MDX_BUILD_FRAME.test(text)) {
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
