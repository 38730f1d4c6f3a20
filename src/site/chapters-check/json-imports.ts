/**
 * A chapter's JSON files beside it (`import chiffres from './chiffres.json'`): data, not code, read
 * here as Vite reads them (JSON.parse), so that the expressions and `export` lines that read them are
 * run by the check like those that read the front matter (evaluate.ts). A default, named
 * (`import { total } from …`) or namespace (`import * as chiffres from …`) import of a relative `.json`
 * inside the consultation's content folder is read, with the values Vite gives each name (a top-level
 * key of the file's object): the check reads no file the consultation does not hold. What would stop
 * the build is said at the import's line: a file that is not JSON, a file missing (json-missing.ts), a
 * named key the file lacks.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';
import { missingJson } from './json-missing.ts';
import type { ParsedChapter, Place } from './parse.ts';

export const INVALID_JSON = 'chapitre-json-invalide';
export const MISSING_JSON_KEY = 'chapitre-json-cle-absente';

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

/** A name Vite exports a key by (`total`, `ateliers`): an identifier, as its JSON plugin writes them. */
const IDENTIFIER = /^[$_\p{ID_Start}][$\u200c\u200d\p{ID_Continue}]*$/u;

/** What the file's module exports, as Vite writes it: `default`, and each top-level key of an object that is a name. */
function exportsOf(data: unknown): Map<string, unknown> {
  const exported = new Map<string, unknown>();
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) if (key !== 'default' && IDENTIFIER.test(key)) exported.set(key, value);
  }
  exported.set('default', data);
  return exported;
}

/** `import { totl } from './chiffres.json'`: the build stops on a name the file does not export (MISSING_EXPORT). */
function missingKey(file: string, imported: JsonImport, binding: JsonBinding, exported: ReadonlyMap<string, unknown>): Diagnostic {
  const name = path.posix.basename(imported.specifier);
  const keys = [...exported.keys()].filter((key) => key !== 'default');
  const near = closest(binding.imported, keys.map((key) => ({ text: key, value: key })));
  const renamed = binding.local === binding.imported ? '' : ` as ${binding.local}`;
  return {
    code: MISSING_JSON_KEY,
    severity: 'blocking',
    message: `« ${imported.statement} » : ${name} n’a pas de clé « ${binding.imported} » au premier niveau ; la construction s’arrêterait là.`,
    hint: near
      ? `Vouliez-vous dire { ${near}${renamed} } ?`
      : keys.length
        ? `Clés de ${name} qu’on peut importer ainsi : ${keys.join(', ')} ; ou importez le fichier entier (import donnees from '${imported.specifier}').`
        : `${name} n’est pas un objet à clés : importez-le entier (import donnees from '${imported.specifier}').`,
    file,
    line: imported.line,
    column: imported.column,
  };
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

function invalidJson(file: string, imported: JsonImport, text: string, message: string): Diagnostic {
  const body = text.replace(/^\uFEFF/, '');
  let offset = errorOffset(body, message);
  const found = body[offset];
  // `[1, 2,]`, `{ "a": 1, }`: JSON.parse stops at the bracket; the mistake is the comma before it.
  const comma = found === '}' || found === ']' ? body.slice(0, offset).trimEnd().length - 1 : -1;
  if (comma >= 0 && body[comma] === ',') offset = comma;
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const what =
    offset === comma
      ? 'virgule après le dernier élément'
      : found === undefined || (found.trim() === '' && offset >= body.trimEnd().length)
        ? 'le fichier s’arrête avant la fin du JSON'
        : `caractère inattendu « ${found} »`;
  const name = path.posix.basename(imported.specifier);
  return {
    code: INVALID_JSON,
    severity: 'blocking',
    message: `« ${imported.statement} » : ${name} n’est pas du JSON valide (ligne ${line}, colonne ${column} : ${what}) ; la construction s’arrêterait là.`,
    hint: `Corrigez ${name} à la ligne ${line} : en JSON, les textes et les clés s’écrivent entre guillemets droits ("…"), sans virgule après le dernier élément d’une liste ou d’un objet, et sans commentaire.`,
    file,
    line: imported.line,
    column: imported.column,
  };
}

/** Where JSON.parse stopped: V8 says « at position N » (and « line L column C »), or nothing at the end of the text. */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Math.min(Number(position), text.length);
  // « Unexpected token 'x', "…" is not valid JSON »: the first such character.
  const token = /^Unexpected token '(.)'/.exec(message)?.[1];
  if (token !== undefined && text.includes(token)) return text.indexOf(token);
  return text.trimEnd().length;
}
