/**
 * Where, in a build, an error thrown by a chapter's code comes from: the chapter's compiled module (a
 * chunk of Astro's prerendering, named after the chapter's file), and whether it was thrown by the page
 * (MDX's `_createMdxContent`: an expression of the text) or by the module's own code as it loaded (its
 * `export` lines). Read by `livre-blanc build` (src/cli/chapter-render-failure.ts) and by Astro's log
 * (chapter-error-log.ts), which Astro loads itself: node:path only, no import from the site's modules.
 */
import path from 'node:path';

/** A frame of a chapter's compiled MDX: `at _createMdxContent (file:///…/chunks/02-casse_DO4JsvpM.mjs:11:19)`. */
const PAGE_FRAME = /\bat (?:async )?(?:_createMdxContent|MDXContent) \((?:file:\/\/)?([^)]*?\.m?js):\d+:\d+\)/;

/** The first frame, when a module's top-level code threw: `at file:///…/chunks/chiffres-cles_EztN3Zsq.mjs:9:12`. */
const MODULE_FRAME = /^\s*at (?:file:\/\/)?(\/[^\s()]*\/chunks\/[^\s()/]+\.m?js):\d+:\d+\s*$/;

export interface ChunkError {
  /** The compiled module's path, as the stack gives it. */
  chunk: string;
  /** `page`: thrown while the page renders; `module`: while the module loads (its `export` lines). */
  where: 'page' | 'module';
}

/** The compiled module an error's stack was thrown from, if a chapter's may have thrown it; null otherwise. */
export function chunkOfStack(stack: string): ChunkError | null {
  const page = PAGE_FRAME.exec(stack)?.[1];
  if (page) return { chunk: page, where: 'page' };
  // The first frame only: a deeper one is a caller, not the code that threw.
  const first = stack.split('\n').find((line) => /^\s*at /.test(line));
  const module = first ? MODULE_FRAME.exec(first)?.[1] : undefined;
  return module ? { chunk: module, where: 'module' } : null;
}

/**
 * A chapter file's name as a chunk's: Astro (`cleanChunkName`, node_modules/astro/dist/core/build/util.js)
 * replaces every character but ASCII letters, digits, « _ », « . », « - » by « _ »
 * (`données déclarées.mdx` → `donn_es_d_clar_es`).
 */
export function chunkNameOf(chapterFile: string): string {
  return path.posix.basename(chapterFile.replaceAll('\\', '/'), '.mdx').replace(/[^\w.-]/g, '_');
}

/**
 * Of the chapters' files, the one compiled into a chunk (`02-casse_DO4JsvpM.mjs`: the name, « _ », a
 * hash); the longest name wins (`intro_x` is `intro.mdx`'s, not `in.mdx`'s).
 */
export function chapterOfChunkName<T>(chunk: string, chapters: readonly T[], fileOf: (chapter: T) => string): T | null {
  const name = path.basename(chunk).replace(/\.m?js$/, '');
  const named = chapters.filter((chapter) => {
    const safe = chunkNameOf(fileOf(chapter));
    return name === safe || name.startsWith(`${safe}_`);
  });
  return named.sort((a, b) => chunkNameOf(fileOf(b)).length - chunkNameOf(fileOf(a)).length)[0] ?? null;
}
