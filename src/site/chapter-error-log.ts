/**
 * Astro's log, written by Astro's own Node logger, without Astro's copies of a chapter's French error.
 * A component refuses its props during a build only for a value computed in braces, which the
 * chapters' check cannot read ahead (src/site/dev/component-problems.ts); the build then stops and
 * `livre-blanc build` says why in French (src/cli/failure.ts). Before that, Astro logged the error's
 * stack and « Caught error rendering /imprimer: ContentError: … » as two English « [ERROR] » lines.
 * Astro 7's Logger API (the `logger` setting of astro.config.mjs) is the documented way to own its
 * log; nothing else is dropped. Loaded by Astro itself, in Node: no import from the site's modules.
 */
import { stripVTControlCharacters } from 'node:util';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import nodeLogger, { type NodeHandlerConfig } from 'astro/logger/node';

/** The name of the components' error (ContentError in src/site/filters.ts), as its stack and Astro's message start. */
const CHAPTER_ERROR = /(?:^|: )ContentError: /;

/** Whether Astro's message only repeats a chapter's error (its stack, or « Caught error rendering … »). */
export function isChapterErrorCopy(message: AstroLoggerMessage): boolean {
  return message.level === 'error' && CHAPTER_ERROR.test(stripVTControlCharacters(message.message));
}

export default function chapterErrorLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  const node = nodeLogger(config);
  return {
    write: (message) => {
      if (!isChapterErrorCopy(message)) node.write(message);
    },
  };
}
