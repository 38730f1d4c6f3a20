/**
 * A chapter's JSON files beside it (`import chiffres from './chiffres.json'`): data, not code, read
 * here as Vite reads them (JSON.parse), so that the expressions and `export` lines that read them are
 * run by the check like those that read the front matter (evaluate.ts). A default, named
 * (`import { total } from …`) or namespace (`import * as chiffres from …`) import of a relative `.json`
 * inside the consultation's content folder is read, with the values Vite gives each name (a top-level
 * key of the file's object): the check reads no file the consultation does not hold. What would stop
 * the build is said at the import's line: a file that is not JSON (json-invalid.ts), a file missing
 * (json-missing.ts), a named key the file lacks (json-exports.ts).
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import type { Diagnostic } from '../../pipeline/model.ts';
import { exportsOf, missingKey } from './json-exports.ts';
import { invalidJson } from './json-invalid.ts';
import { missingJson } from './json-missing.ts';
import type { ParsedChapter, Place } from './parse.ts';

/** A name the import gives: `local` for what Vite exports as `imported` (`default`, a top-level key, or `*`, the whole module). */
export interface JsonBinding {
  local: string;
  imported: string;
}

export interface JsonImport extends Place {
  /** The names the chapter gives it (none for `import './x.json'`). */
  bindings: JsonBinding[];
  /** As written: `./chiffres.json`. */
  specifier: string;
  /** The statement's text, and its offsets in its block's source (to be left out when the block is run). */
  statement: string;
  block: number;
  start: number;
  end: number;
}

/** The chapter's imports of a relative `.json` file, each at its place. */
export function jsonImportsOf(chapter: ParsedChapter): JsonImport[] {
  const found: JsonImport[] = [];
  chapter.esm.forEach((block, index) => {
    let body: unknown[];
    try {
      body = (parseAst(block.source, { lang: 'jsx' }) as unknown as { body: unknown[] }).body;
    } catch {
      return;
    }
    for (const node of body as ImportNode[]) {
      const specifier = node.source?.value;
      if (node.type !== 'ImportDeclaration' || typeof specifier !== 'string' || !/^\.{1,2}\/.*\.json$/i.test(specifier)) continue;
      const before = block.source.slice(0, node.start);
      const lines = before.split('\n');
      const line = block.line + lines.length - 1;
      const column = lines.length > 1 ? (lines.at(-1) ?? '').length + 1 : block.column + before.length;
      found.push({ bindings: (node.specifiers ?? []).map(bindingOf), specifier, statement: block.source.slice(node.start, node.end), block: index, start: node.start, end: node.end, line, column });
    }
  });
  return found;
}

interface ImportNode {
  type: string;
  start: number;
  end: number;
  source?: { value?: unknown };
  specifiers?: Array<{ type: string; local: { name: string }; imported?: { name?: string; value?: unknown } }>;
}

function bindingOf(specifier: NonNullable<ImportNode['specifiers']>[number]): JsonBinding {
  if (specifier.type === 'ImportDefaultSpecifier') return { local: specifier.local.name, imported: 'default' };
  if (specifier.type === 'ImportNamespaceSpecifier') return { local: specifier.local.name, imported: '*' };
  // `import { total }`, or `import { "sous-total" as st }`.
  const imported = specifier.imported?.name ?? specifier.imported?.value;
  return { local: specifier.local.name, imported: typeof imported === 'string' ? imported : '' };
}

/** Where the chapter's relative files are read from, and the folder none may leave. */
export interface JsonFolders {
  chapterDir: string;
  contentDir: string;
}

/**
 * The values of the chapter's JSON imports that can be read (by the name the chapter gives them), and a
 * blocking diagnostic for each file missing or not JSON, and each named key the file lacks. A file
 * outside the content folder is left to the build, as any other import.
 */
export function readJsonImports(file: string, imports: readonly JsonImport[], folders: JsonFolders): { values: Record<string, unknown>; diagnostics: Diagnostic[] } {
  const values: Record<string, unknown> = {};
  const diagnostics: Diagnostic[] = [];
  const content = realOrNull(folders.contentDir);
  for (const imported of imports) {
    const target = path.resolve(folders.chapterDir, imported.specifier);
    const real = realOrNull(target);
    if (!real && !existsSync(target)) {
      diagnostics.push(missingJson(file, imported, folders));
      continue;
    }
    if (!content || !real || !isInside(real, content)) continue;
    let text: string;
    try {
      text = readFileSync(real, 'utf8');
    } catch {
      continue;
    }
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    } catch (error) {
      diagnostics.push(invalidJson(file, imported, text, error instanceof Error ? error.message : String(error)));
      continue;
    }
    const exported = exportsOf(data);
    for (const binding of imported.bindings) {
      if (binding.imported === '*') values[binding.local] = Object.fromEntries(exported);
      else if (exported.has(binding.imported)) values[binding.local] = exported.get(binding.imported);
      else if (binding.imported !== '') diagnostics.push(missingKey(file, imported, binding, exported));
    }
  }
  return { values, diagnostics };
}

function realOrNull(file: string): string | null {
  try {
    return realpathSync(file);
  } catch {
    return null;
  }
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
