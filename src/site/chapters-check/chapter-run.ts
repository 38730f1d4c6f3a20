/**
 * The context a chapter's expressions run in: the front matter, the JSON files it imports, and what its
 * own `export const …` lines define, as the compiled chapter holds them when the page is built.
 */
import vm from 'node:vm';
import { NO_DATA, type ChapterData } from './chapter-data.ts';
import { namesOf, unknownNames } from './expressions.ts';
import type { JsonImport } from './json-imports.ts';
import type { ParsedChapter } from './parse.ts';
import { EVALUABLE, runBlock } from './run-code.ts';

type Block = ParsedChapter['esm'][number];

/** A context to run a chapter's expressions in, the names they may read, and the `export` block that failed, if one did. */
export interface ChapterRun {
  context: vm.Context;
  known: ReadonlySet<string>;
  failure: { block: Block; error: { name: string; message: string } } | null;
}

/**
 * `frontmatter` and `props` as MDX gives them to the page (its components aside), after the chapter's
 * `export const …` lines, run first as the compiled module runs them. A chapter that imports, or whose exports read
 * what is not known here (`process.env`), keeps its exports for the build.
 */
export function chapterRun(chapter: ParsedChapter, frontMatter: Readonly<Record<string, unknown>>, data: ChapterData = NO_DATA): ChapterRun {
  // As in the compiled module: the `export` lines run before MDX defines `frontmatter` (so it is undefined
  // there, see export-front-matter.ts), and `props` exists only in the page's function. Imports are
  // hoisted: the JSON files' values are there from the start.
  const context = vm.createContext({ fieldsJson: JSON.stringify(frontMatter), dataJson: JSON.stringify(data.values), frontmatter: undefined });
  vm.runInContext('Object.assign(globalThis, JSON.parse(dataJson)); delete globalThis.dataJson;', context);
  const read = readImports(data);
  // A name whose value was read is known even when another name of its import was not (`{ total, totl }`).
  const base = new Set([...EVALUABLE, ...Object.keys(data.values)]);
  const withPage = (known: ReadonlySet<string>, failure: ChapterRun['failure'] = null): ChapterRun => {
    vm.runInContext('globalThis.frontmatter = JSON.parse(fieldsJson); globalThis.props = { components: {} }; delete globalThis.fieldsJson;', context);
    return { context, known, failure };
  };
  const plain = chapter.esm.map((block, index) => ({ block, code: withoutImports(block.source, read.filter((i) => i.block === index)).replace(/^(\s*)export\s+(?=(?:const|let|var|function|async\s+function|class)\b)/gm, '$1') }));
  const runnable = plain.length > 0 && plain.every(({ code }) => !/^\s*(?:import|export)\b/m.test(code) && unknownNames(code, base, true).length === 0);
  if (!runnable) return withPage(base);
  for (const { block, code } of plain) {
    const outcome = runBlock(code, context);
    if (outcome === null) return withPage(base);
    if ('error' in outcome) {
      // At the failing line of the block, as the error's stack places it in the script.
      const offset = (outcome.error.line ?? 1) - 1;
      const line = { source: block.source.split('\n')[offset] ?? block.source, line: block.line + offset, column: offset ? 1 : block.column };
      return withPage(base, { block: line, error: outcome.error });
    }
  }
  return withPage(new Set([...base, ...namesOf(chapter.imports)]));
}

/** The JSON imports whose every name could be read: their statements are left out of the code run, their values put in its context. */
function readImports(data: ChapterData): JsonImport[] {
  return data.imports.filter((i) => i.bindings.every((b) => b.local in data.values));
}

/** A block's code without its JSON imports (their values are in the context), each line kept in its place. */
function withoutImports(source: string, imports: readonly JsonImport[]): string {
  let code = source;
  for (const { start, end } of [...imports].sort((a, b) => b.start - a.start)) code = code.slice(0, start) + code.slice(start, end).replace(/[^\n]/g, ' ') + code.slice(end);
  return code;
}
