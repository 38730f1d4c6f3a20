/**
 * A chapter whose code fails while Astro builds its page, though the chapters' check let it through:
 * an expression reading what the chapter imports (`import { total } from './calcul.js'`, then
 * `{total.detail.nombre}`), which the check does not run (src/site/chapters-check/evaluate.ts). Astro
 * then stops the build on a JavaScript error whose stack runs through the chapter's compiled module
 * (`…/chunks/<chapter>_<hash>.mjs`, in MDX's `_createMdxContent`). Here that error becomes a diagnostic
 * in French: the chapter's file, the expression the error names (the property it could not read, the
 * function it could not call) at its line, or the chapter's candidates when the message names none.
 */
import path from 'node:path';
import type { Diagnostic } from '../pipeline/model.ts';
import { FAILING_EXPRESSION, chapterRun, evaluate, frenchError, isEvaluable, mdxFrontMatter, written } from '../site/chapters-check/evaluate.ts';
import type { Expression, ParsedChapter } from '../site/chapters-check/parse.ts';
import { builtChapters, type BuiltChapter } from './built-chapters.ts';

/** A frame of a chapter's compiled MDX: `at _createMdxContent (file:///…/chunks/02-casse_DO4JsvpM.mjs:11:19)`. */
const MDX_FRAME = /\bat (?:async )?(?:_createMdxContent|MDXContent) \((?:file:\/\/)?([^)]*?\.m?js):\d+:\d+\)/;

/** The diagnostic for an error thrown by a chapter's code during the build, or null when it is not one. */
export function chapterRenderFailure(error: unknown, root: string): Diagnostic | null {
  const thrown = mdxError(error);
  if (!thrown) return null;
  const chapter = chapterOfChunk(thrown.chunk, builtChapters(root));
  if (!chapter) return null;
  const why = frenchError(thrown);
  const candidates = suspects(chapter.parsed, thrown.message);
  const [first] = candidates;
  if (!first) {
    return {
      code: FAILING_EXPRESSION,
      severity: 'blocking',
      message: `Le code du chapitre échoue quand sa page est construite (${why}) ; la construction s’est arrêtée là.`,
      hint: 'Vérifiez ses expressions entre accolades et les lignes « export » ou « import » qu’elles lisent ; « livre-blanc check » vérifie les autres.',
      file: chapter.file,
      line: 1,
      column: 1,
    };
  }
  const others = candidates.slice(1);
  return {
    code: FAILING_EXPRESSION,
    severity: 'blocking',
    message: others.length
      ? `Une de ces expressions échoue quand la page est construite (${why}) : ${candidates.map((e) => `${written(e)} (ligne ${e.line})`).join(', ')} ; la construction s’est arrêtée là.`
      : `${written(first)} : ce code échoue quand la page est construite (${why}) ; la construction s’est arrêtée là.`,
    hint: 'Corrigez l’expression (ce qu’elle lit vient des lignes « export » ou « import » du chapitre), ou écrivez la valeur telle quelle, sans accolades.',
    file: chapter.file,
    line: first.line,
    column: first.column,
  };
}

/** The error (or one of its causes) thrown from a chapter's compiled MDX: its message and module. */
function mdxError(error: unknown): { name: string; message: string; chunk: string } | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const chunk = MDX_FRAME.exec(current.stack ?? '')?.[1];
    if (chunk) return { name: current.name, message: current.message, chunk };
  }
  return null;
}

/**
 * The chapter compiled into a chunk: Rollup names it after the file, with a hash (`02-casse_DO4JsvpM.mjs`)
 * and the characters a file name may not hold replaced by « _ ».
 */
export function chapterOfChunk(chunk: string, chapters: readonly BuiltChapter[]): BuiltChapter | null {
  const name = path.basename(chunk).replace(/\.m?js$/, '');
  const safe = (file: string) => path.posix.basename(file, '.mdx').replace(/[\0-\x1F\x7F<>*#"{}|^[\]`;?:&=+$,%\s]/g, '_');
  const named = chapters.filter((chapter) => name === safe(chapter.file) || name.startsWith(`${safe(chapter.file)}_`));
  // The longest name wins: `intro_x` is `intro.mdx`'s, not `in.mdx`'s.
  return named.sort((a, b) => safe(b.file).length - safe(a.file).length)[0] ?? null;
}

/**
 * The expressions the error may come from: those naming what its message names (« reading 'total' »,
 * « donnees.calcul is not a function »), else those the check could not run; among several, those
 * that throw the same error when run here, when they can be.
 */
function suspects(chapter: ParsedChapter, message: string): Expression[] {
  const run = chapterRun(chapter, mdxFrontMatter(chapter.frontMatter));
  const named = /\(reading '([^']*)'\)$/.exec(message)?.[1] ?? /^([\p{L}\p{N}_$.]+) is not (?:a function|defined|iterable)$/u.exec(message)?.[1];
  const word = named?.split('.').at(-1);
  let found = chapter.expressions.filter((e) => !isEvaluable(e.source, run.known));
  if (word) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_$])${word.replace(/[$]/g, '\\$')}(?![\\p{L}\\p{N}_$])`, 'u');
    const naming = chapter.expressions.filter((e) => pattern.test(e.source));
    if (naming.length) found = naming;
  }
  if (found.length < 2) return found;
  const same = found.filter((e) => {
    const outcome = isEvaluable(e.source, run.known) ? evaluate(e.source, run.context) : null;
    return outcome !== null && 'error' in outcome && outcome.error.message === message;
  });
  return same.length ? same : found;
}
