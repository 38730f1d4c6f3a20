/**
 * The chapter's `{…}` that are valid JavaScript but fail when the page is built: `{frontmatter.auteur.nom}`
 * without `auteur:` in the front matter, `limit={JSON.parse("trois")}`. Astro then stopped the whole
 * build on an English stack trace, and `livre-blanc build` called it a bug to report. An expression that
 * reads only the front matter, MDX's `props` and JavaScript's own objects is run here, before the build,
 * as the page would run it (run-code.ts, chapter-run.ts): one that throws is said at its line (blocking:
 * the build would stop there), one that shows nothing in the text is a warning (expression-diagnostics.ts).
 * So are the chapter's own `export const …` lines, and the expressions that read them, and the JSON files
 * the chapter imports (json-imports.ts), read like the front matter; a chapter that imports anything else
 * keeps what reads it for the build (src/cli/chapter-render-failure.ts names the expression if it fails there).
 */
import type { Diagnostic } from '../../pipeline/model.ts';
import { NO_DATA, dataSources, readsData, type ChapterData } from './chapter-data.ts';
import { chapterRun } from './chapter-run.ts';
import { frontMatterInExport } from './export-front-matter.ts';
import { empty, failing, failingBlock, frontMatterInExportDiagnostic, rawDiagnostic } from './expression-diagnostics.ts';
import { mdxFrontMatter } from './mdx-front-matter.ts';
import type { ParsedChapter } from './parse.ts';
import { rawText } from './raw-values.ts';
import { evaluate, isEvaluable } from './run-code.ts';

/** What running a chapter's code tells: its diagnostics, and the value of each prop read in the front matter (by `line:column`). */
export interface ChapterEvaluation {
  diagnostics: Diagnostic[];
  props: Map<string, unknown>;
}

export function evaluateChapter(file: string, chapter: ParsedChapter, data: ChapterData = NO_DATA): ChapterEvaluation {
  const fields = mdxFrontMatter(chapter.frontMatter);
  const sources = dataSources(fields, data);
  const props = new Map<string, unknown>();
  const inExports = chapter.esm.flatMap((block) => frontMatterInExport(block));
  const diagnostics: Diagnostic[] = inExports.map((read) => frontMatterInExportDiagnostic(file, read));
  // Only a chapter with code is given a context: most have none beyond literal props (`limit={3}`).
  if (!chapter.esm.length && chapter.expressions.every((e) => /^\s*-?\d+(?:\.\d+)?\s*$/.test(e.source))) return { diagnostics, props };
  const run = chapterRun(chapter, fields, data);
  // A failure the front matter's read explains is said once, by that read.
  if (run.failure && !inExports.some((read) => read.line === run.failure?.block.line)) diagnostics.push(failingBlock(file, run.failure.block, run.failure.error, sources));
  for (const expression of chapter.expressions) {
    if (!isEvaluable(expression.source, run.known)) continue;
    const outcome = evaluate(expression.source, run.context);
    if (outcome === null) continue;
    if ('error' in outcome) diagnostics.push(failing(file, expression, outcome.error, fields, sources));
    else if (expression.prop) {
      // A value read in the front matter (or a JSON file) is the chapter's data, checked like a written one (uses.ts).
      if (readsData(expression.source, sources)) props.set(`${expression.line}:${expression.column}`, outcome.value);
    }
    // `?.` says the author expects the value may be absent: nothing to warn of.
    else if (outcome.value === undefined && !expression.source.includes('?.')) diagnostics.push(empty(file, expression, sources));
    else {
      const raw = rawText(expression.source, outcome.value);
      if (raw) diagnostics.push(rawDiagnostic(file, expression, raw));
    }
  }
  return { diagnostics, props };
}
