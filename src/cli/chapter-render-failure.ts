/**
 * A chapter whose code fails while Astro builds its page, though the chapters' check let it through:
 * code reading what the chapter imports (`import { total } from './calcul.js'`, then
 * `{total.detail.nombre}` in the text, or `export const n = total.detail.nombre`), which the check does
 * not run (src/site/chapters-check/evaluate.ts). Astro then stops the build on a JavaScript error whose
 * stack runs through the chapter's compiled module (src/site/chapter-chunk.ts). Here that error becomes
 * a diagnostic in French: the chapter's file, the expression or `export` line the error names (the
 * property it could not read, the function it could not call) at its line; when several may have
 * thrown it and none can be told apart, the chapter itself, with each candidate's line.
 */
import path from 'node:path';
import vm from 'node:vm';
import type { Diagnostic } from '../pipeline/model.ts';
import { chapterOfChunkName, chunkOfStack } from '../site/chapter-chunk.ts';
import { chapterRun } from '../site/chapters-check/chapter-run.ts';
import { FAILING_EXPRESSION, written } from '../site/chapters-check/expression-diagnostics.ts';
import { frenchError } from '../site/chapters-check/french-error.ts';
import { mdxFrontMatter } from '../site/chapters-check/mdx-front-matter.ts';
import { evaluate, isEvaluable } from '../site/chapters-check/run-code.ts';
import { jsonImportsOf, readJsonImports } from '../site/chapters-check/json-imports.ts';
import type { Expression, ParsedChapter } from '../site/chapters-check/parse.ts';
import { builtChapters, type BuiltChapter } from './built-chapters.ts';

/** What may have thrown: an expression of the text, or one line of the chapter's `export` code. */
interface Suspect extends Expression {
  /** An `export` line, quoted as written, rather than an expression in braces. */
  exported?: boolean;
}

/** The diagnostic for an error thrown by a chapter's code during the build, or null when it is not one. */
export function chapterRenderFailure(error: unknown, root: string): Diagnostic | null {
  const thrown = mdxError(error);
  if (!thrown) return null;
  const chapter = chapterOfChunk(thrown.chunk, builtChapters(root));
  if (!chapter) return null;
  const why = frenchError(thrown);
  const candidates = suspects(chapter, root, thrown.message, thrown.where);
  const [first, ...others] = candidates;
  const at = { file: chapter.file, code: FAILING_EXPRESSION, severity: 'blocking' as const };
  const hint = thrown.where === 'module'
    ? 'Corrigez cette ligne « export » : ce qu’elle lit vient des lignes « import » du chapitre (vérifiez les noms des clés du fichier importé).'
    : 'Corrigez l’expression (ce qu’elle lit vient des lignes « export » ou « import » du chapitre), ou écrivez la valeur telle quelle, sans accolades.';
  if (!first) {
    return {
      ...at,
      message: `Le code du chapitre échoue quand sa page est construite (${why}) ; la construction s’est arrêtée là.`,
      hint: 'Vérifiez ses expressions entre accolades et les lignes « export » ou « import » qu’elles lisent ; « livre-blanc check » vérifie les autres.',
      line: 1,
      column: 1,
    };
  }
  if (others.length) {
    // Nothing tells which one threw: placed at their line if they share one, else at the chapter, none chosen.
    const oneLine = others.every((e) => e.line === first.line);
    return {
      ...at,
      message: `Une de ces ${thrown.where === 'module' ? 'lignes' : 'expressions'} échoue quand la page est construite (${why}) : ${candidates.map((e) => `${quoted(e)} (ligne ${e.line})`).join(', ')} ; la construction s’est arrêtée là.`,
      hint: oneLine ? hint : `${hint} Rien ne dit laquelle est en cause : vérifiez chacune.`,
      line: oneLine ? first.line : 1,
      column: oneLine ? first.column : 1,
    };
  }
  return {
    ...at,
    message: `${quoted(first)} : ce code échoue quand la page est construite (${why}) ; la construction s’est arrêtée là.`,
    hint,
    line: first.line,
    column: first.column,
  };
}

function quoted(suspect: Suspect): string {
  return suspect.exported ? `« ${suspect.source} »` : written(suspect);
}

/** The error (or one of its causes) thrown from a chapter's compiled MDX: its message, its module, and where in it. */
function mdxError(error: unknown): { name: string; message: string; chunk: string; where: 'page' | 'module' } | null {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    const found = chunkOfStack(current.stack ?? '');
    if (found) return { name: current.name, message: current.message, ...found };
  }
  return null;
}

/** The chapter compiled into a chunk (see src/site/chapter-chunk.ts). */
export function chapterOfChunk(chunk: string, chapters: readonly BuiltChapter[]): BuiltChapter | null {
  return chapterOfChunkName(chunk, chapters, (chapter) => chapter.file);
}

/**
 * The expressions (`page`) or `export` lines (`module`) the error may come from: those naming what its
 * message names (« reading 'total' », « donnees.calcul is not a function »), else those the check
 * could not run; among several, those that throw the same error when run here, with the chapter's JSON
 * imports read (`import chiffres from './chiffres.json'`), when they can be.
 */
function suspects(chapter: BuiltChapter, root: string, message: string, where: 'page' | 'module'): Suspect[] {
  const { parsed } = chapter;
  const run = chapterRun(parsed, mdxFrontMatter(parsed.frontMatter));
  // The check's reader: the same files, and none outside the consultation's content folder.
  const folders = { chapterDir: path.join(root, path.dirname(chapter.file)), contentDir: path.join(root, 'content') };
  const imported = readJsonImports(chapter.file, jsonImportsOf(parsed), folders).values;
  vm.runInContext(`Object.assign(globalThis, JSON.parse(${JSON.stringify(JSON.stringify(imported))}))`, run.context);
  const known = new Set([...run.known, ...Object.keys(imported)]);
  const named = /\(reading '([^']*)'\)$/.exec(message)?.[1] ?? /^([\p{L}\p{N}_$.]+) is not (?:a function|defined|iterable)$/u.exec(message)?.[1];
  const word = named?.split('.').at(-1);
  const all: Suspect[] = where === 'module' ? exportLines(parsed) : parsed.expressions;
  let found = all.filter((e) => !isEvaluable(valueOf(e), run.known));
  if (word) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_$])${word.replace(/[$]/g, '\\$')}(?![\\p{L}\\p{N}_$])`, 'u');
    const naming = all.filter((e) => pattern.test(e.source));
    if (naming.length) found = naming;
  }
  if (found.length < 2) return found;
  const same = found.filter((e) => {
    const source = valueOf(e);
    const outcome = isEvaluable(source, known) ? evaluate(source, run.context) : null;
    return outcome !== null && 'error' in outcome && outcome.error.message === message;
  });
  return same.length ? same : found;
}

/** What a suspect computes: an expression as written, the value of an `export const x = …` line. */
function valueOf(suspect: Suspect): string {
  if (!suspect.exported) return suspect.source;
  return /^export\s+(?:const|let|var)\s+[\p{L}_$][\p{L}\p{N}_$]*\s*=\s*(.*?);?\s*$/u.exec(suspect.source)?.[1] ?? suspect.source;
}

/** Each line of the chapter's `import`/`export` blocks that is not an `import`, at its place. */
function exportLines(chapter: ParsedChapter): Suspect[] {
  return chapter.esm.flatMap((block) =>
    block.source.split('\n').flatMap((text, offset): Suspect[] => {
      const source = text.trim();
      if (!source || /^import\b/.test(source) || !/^export\b/.test(source)) return [];
      const column = offset === 0 ? block.column + text.indexOf(source) : text.indexOf(source) + 1;
      return [{ source, line: block.line + offset, column, exported: true }];
    }),
  );
}
