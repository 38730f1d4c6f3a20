/**
 * The chapter's `{…}` that are valid JavaScript but fail when the page is built: `{frontmatter.auteur.nom}`
 * without `auteur:` in the front matter, `limit={JSON.parse("trois")}`. Astro then stopped the whole
 * build on an English stack trace, and `livre-blanc build` called it a bug to report. An expression that
 * reads only the front matter, MDX's `props` and JavaScript's own objects is run here, before the build,
 * as the page would run it: one that throws is said at its line (blocking: the build would stop there),
 * one that shows nothing in the text is a warning. So are the chapter's own `export const …` lines, and the
 * expressions that read them, and the JSON files the chapter imports (json-imports.ts), read like the front
 * matter; a chapter that imports anything else keeps what reads it for the build
 * (src/cli/chapter-render-failure.ts names the expression if it fails there).
 *
 * Run in a context of its own (`node:vm`), with a time limit, the front matter rebuilt inside it from
 * JSON: the chapters are the bureau's trusted text, and this keeps a mistake (a loop that never ends)
 * from reaching the command; it is no sandbox for hostile code.
 */
import path from 'node:path';
import vm from 'node:vm';
import { parse } from 'yaml';
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';
import { frontMatterInExport, type FrontMatterInExport } from './export-front-matter.ts';
import { frontMatterAccess, pathsRead } from './front-matter.ts';
import { namesOf, unknownNames } from './expressions.ts';
import type { JsonImport } from './json-imports.ts';
import type { Expression, ParsedChapter } from './parse.ts';
import { dateHint, rawText, type RawText } from './raw-values.ts';

export const FAILING_EXPRESSION = 'chapitre-expression-en-erreur';
export const EMPTY_EXPRESSION = 'chapitre-expression-vide';
export const RAW_EXPRESSION = 'chapitre-expression-texte-brut';

/**
 * Long enough for any expression a chapter shows, short enough for `check --suivre`. The limit is
 * wall-clock time: on a busy machine a plain `{[15, 4]}` once went past it and was silently left out,
 * so an expression that times out is run again with the longer limit before it is left to the build;
 * an `export` block (whose declarations a second run would find taken) gets the longer one at once.
 */
const TIME_LIMIT_MS = 200;
const BUSY_LIMIT_MS = 2000;
/** A run past its time limit: tried again with the longer limit, then left to the build (a loop that never ends). */
const TIMED_OUT = 'timed-out';

/** The names an expression may read to be run here: MDX's, and JavaScript's (those of a fresh context). */
const EVALUABLE = new Set(['frontmatter', 'props', ...Object.getOwnPropertyNames(vm.runInNewContext('globalThis'))]);

type Outcome = { value: unknown } | { error: { name: string; message: string; line?: number } } | null;

/** The scripts' name, for an error's line to be read from its stack. */
const SCRIPT = 'chapitre-livre-blanc.js';

export function checkEvaluation(file: string, chapter: ParsedChapter): Diagnostic[] {
  return evaluateChapter(file, chapter).diagnostics;
}

/** What running a chapter's code tells: its diagnostics, and the value of each prop read in the front matter (by `line:column`). */
export interface ChapterEvaluation {
  diagnostics: Diagnostic[];
  props: Map<string, unknown>;
}

/** The chapter's JSON imports that could be read (json-imports.ts), and their values by the name the chapter gives them. */
export interface ChapterData {
  imports: readonly JsonImport[];
  values: Readonly<Record<string, unknown>>;
}

const NO_DATA: ChapterData = { imports: [], values: {} };

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

/** Where an expression's data comes from: the front matter, or a JSON file (named as the chapter imports it). */
interface DataSource {
  root: string;
  value: unknown;
  /** The JSON file's name (`chiffres.json`); absent for the front matter. */
  file?: string;
  /** Where the name is in the file: `['total']` for `import { total } from …`, none for the whole file. */
  within?: string[];
  /** `import * as chiffres from …`: its keys and `default`, the whole file. */
  namespace?: boolean;
}

function dataSources(frontMatter: Readonly<Record<string, unknown>>, data: ChapterData): DataSource[] {
  return [
    { root: 'frontmatter', value: frontMatter },
    ...data.imports.flatMap((i) =>
      i.bindings
        .filter((b) => b.local in data.values)
        .map((b) => ({ root: b.local, value: data.values[b.local], file: path.posix.basename(i.specifier), within: b.imported === '*' || b.imported === 'default' ? [] : [b.imported], namespace: b.imported === '*' })),
    ),
  ];
}

/** Whether an expression reads the front matter or a JSON file: a path in either (`chiffres.total`), or a JSON import's name alone (`{total}` of `import { total } from …`). */
function readsData(source: string, sources: readonly DataSource[]): boolean {
  if (sources.some((data) => pathsRead(source, data.root).length)) return true;
  const files = new Set(sources.filter((data) => data.file !== undefined).map((data) => data.root));
  return files.size > 0 && unknownNames(source, NOTHING).some((name) => files.has(name));
}

const NOTHING: ReadonlySet<string> = new Set();

/** The JSON imports whose every name could be read: their statements are left out of the code run, their values put in its context. */
function readImports(data: ChapterData): JsonImport[] {
  return data.imports.filter((i) => i.bindings.every((b) => b.local in data.values));
}

/**
 * The front matter as the page's `frontmatter` holds it: read as Astro reads it (js-yaml: a date is a
 * Date), then written into the compiled chapter as JSON (a date becomes « 2026-01-01T00:00:00.000Z »).
 */
export function mdxFrontMatter(yaml: string | null): Record<string, unknown> {
  if (yaml === null) return {};
  try {
    const data: unknown = JSON.parse(JSON.stringify(parse(yaml, { customTags: ['timestamp'] }) ?? {}));
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    // Not YAML: chapitre-entete says so.
    return {};
  }
}

/** Whether the expression reads nothing but what `known` holds (not an `import`, not an unknown name). */
export function isEvaluable(source: string, known: ReadonlySet<string> = EVALUABLE): boolean {
  // A comment alone or an empty `{}` names nothing, and is no expression to run: `evaluate` leaves it.
  return unknownNames(source, known).length === 0;
}

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
    const outcome = run(code, context, BUSY_LIMIT_MS);
    if (outcome === null || outcome === TIMED_OUT) return withPage(base);
    if ('error' in outcome) {
      // At the failing line of the block, as the error's stack places it in the script.
      const offset = (outcome.error.line ?? 1) - 1;
      const line = { source: block.source.split('\n')[offset] ?? block.source, line: block.line + offset, column: offset ? 1 : block.column };
      return withPage(base, { block: line, error: outcome.error });
    }
  }
  return withPage(new Set([...base, ...namesOf(chapter.imports)]));
}

/** A block's code without its JSON imports (their values are in the context), each line kept in its place. */
function withoutImports(source: string, imports: readonly JsonImport[]): string {
  let code = source;
  for (const { start, end } of [...imports].sort((a, b) => b.start - a.start)) code = code.slice(0, start) + code.slice(start, end).replace(/[^\n]/g, ' ') + code.slice(end);
  return code;
}

/** The expression's value, or the error it throws; null when it is no plain JavaScript (JSX: left to the build) or runs too long. */
export function evaluate(source: string, context: vm.Context): Outcome {
  const code = `(\n${source}\n)`;
  const outcome = run(code, context, TIME_LIMIT_MS);
  const again = outcome === TIMED_OUT ? run(code, context, BUSY_LIMIT_MS) : outcome;
  return again === TIMED_OUT ? null : again;
}

function run(code: string, context: vm.Context, limit: number): Outcome | typeof TIMED_OUT {
  let script: vm.Script;
  try {
    script = new vm.Script(code, { filename: SCRIPT });
  } catch {
    return null;
  }
  try {
    return { value: script.runInContext(context, { timeout: limit }) as unknown };
  } catch (error) {
    // An error of the context's realm: not `instanceof Error` here; read by shape.
    const { name, message, stack } = (error ?? {}) as { name?: unknown; message?: unknown; stack?: unknown };
    if (typeof message === 'string' && /^Script execution timed out/.test(message)) return TIMED_OUT;
    const line = typeof stack === 'string' ? Number(new RegExp(`${SCRIPT.replace(/\./g, '\\.')}:(\\d+):\\d+`).exec(stack)?.[1] ?? Number.NaN) : Number.NaN;
    return { error: { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : String(error), ...(Number.isInteger(line) ? { line } : {}) } };
  }
}

/** The expression as the author wrote it: `{…}`, or `prop={…}`. */
export function written(expression: Expression): string {
  return expression.prop ? `${expression.prop}={${expression.source}}` : `{${expression.source}}`;
}

function failing(file: string, expression: Expression, error: { name: string; message: string }, frontMatter: Readonly<Record<string, unknown>>, sources: readonly DataSource[]): Diagnostic {
  const missing = missingField(expression.source, sources);
  return {
    code: FAILING_EXPRESSION,
    severity: 'blocking',
    message: `${written(expression)} : ce code échoue quand la page est construite (${frenchError(error)}) ; la construction s’arrêterait là.`,
    hint: missing ? fieldHint(missing) : (dateHint(expression.source, error.message, frontMatter) ?? 'Corrigez l’expression, ou écrivez la valeur telle quelle (sans accolades).'),
    file,
    line: expression.line,
    column: expression.column,
  };
}

function rawDiagnostic(file: string, expression: Expression, raw: RawText): Diagnostic {
  return {
    code: RAW_EXPRESSION,
    severity: 'warning',
    message: `${written(expression)} s’afficherait « ${raw.shown.length > 60 ? `${raw.shown.slice(0, 59)}…` : raw.shown} » : ${raw.why}.`,
    hint: raw.hint,
    file,
    line: expression.line,
    column: expression.column,
  };
}

/** `export const titreCourt = frontmatter.titre.slice(0, 15)`: see export-front-matter.ts. */
function frontMatterInExportDiagnostic(file: string, read: FrontMatterInExport): Diagnostic {
  const shown = read.text.length > 60 ? `${read.text.slice(0, 59)}…` : read.text;
  const instead = read.declared
    ? `Écrivez {${read.declared.value}} dans le texte, à la place de {${read.declared.name}} ; ou faites-en une fonction, lue quand la page est construite : « export const ${read.declared.name} = () => ${read.declared.value} », puis {${read.declared.name}()} dans le texte.`
    : 'Lisez l’en-tête dans le texte ({frontmatter.titre}), ou dans une fonction que le texte appelle (« export const f = () => frontmatter.titre », puis {f()}).';
  return {
    code: FAILING_EXPRESSION,
    severity: 'blocking',
    message: `« ${shown} » : en MDX, l’en-tête du chapitre (frontmatter) n’existe pas encore quand les lignes « export » s’exécutent (il y vaut undefined) ; la construction s’arrêterait là, ou la valeur serait vide.`,
    hint: instead,
    file,
    line: read.line,
    column: read.column,
  };
}

function failingBlock(file: string, block: Block, error: { name: string; message: string }, sources: readonly DataSource[]): Diagnostic {
  const first = block.source.trim().split('\n')[0] ?? '';
  const missing = missingField(block.source, sources);
  return {
    code: FAILING_EXPRESSION,
    severity: 'blocking',
    message: `« ${first.length > 60 ? `${first.slice(0, 59)}…` : first} » : ce code échoue quand la page est construite (${frenchError(error)}) ; la construction s’arrêterait là.`,
    hint: missing
      ? `${fieldHint(missing)} Les expressions qui lisent ce que cette ligne définit ne sont vérifiées qu’une fois la ligne corrigée.`
      : 'Corrigez cette ligne « export » ; les expressions qui lisent ce qu’elle définit ne sont vérifiées qu’une fois corrigée.',
    file,
    line: block.line,
    column: block.column,
  };
}

function empty(file: string, expression: Expression, sources: readonly DataSource[]): Diagnostic {
  const missing = missingField(expression.source, sources);
  return {
    code: EMPTY_EXPRESSION,
    severity: 'warning',
    message: `${written(expression)} ne vaut rien (undefined) : la page n’affichera rien à sa place.`,
    hint: missing ? fieldHint(missing) : 'Vérifiez l’expression, ou écrivez le texte voulu sans accolades.',
    file,
    line: expression.line,
    column: expression.column,
  };
}

/** V8's usual messages, in French; any other as it is, quoted. */
export function frenchError({ name, message }: { name: string; message: string }): string {
  const read = /^Cannot read properties of (undefined|null) \(reading '(.*)'\)$/.exec(message);
  if (read) return `on lit « ${read[2]} » dans une valeur qui vaut ${read[1]}`;
  const notFunction = /^(.+) is not a function$/.exec(message);
  if (notFunction) return `« ${notFunction[1]} » n’est pas une fonction`;
  const notDefined = /^(.+) is not defined$/.exec(message);
  if (notDefined) return `« ${notDefined[1]} » n’est défini nulle part`;
  if (name === 'SyntaxError' && /JSON/.test(message)) return 'le texte donné à JSON.parse n’est pas du JSON';
  return `${name} : « ${message} »`;
}

/**
 * The first key of a `frontmatter.a.b.c` (or `frontmatter?.a`, `frontmatter['a-b']`, `chiffres.a.b` of a
 * JSON import) of the expression that its data lacks: its path up to that key (`['auteur']`,
 * `['auteur', 'nom']`), the object it was looked for in, and the data it was read in.
 */
function missingField(source: string, sources: readonly DataSource[]): Missing | null {
  for (const data of sources) {
    for (const keys of pathsRead(source, data.root)) {
      let within: unknown = data.value;
      for (const [index, key] of keys.entries()) {
        if (typeof within !== 'object' || within === null || Array.isArray(within)) break;
        const record = within as Record<string, unknown>;
        if (!(key in record) || record[key] === undefined || record[key] === null) return { path: keys.slice(0, index + 1), within: record, source: data };
        within = record[key];
      }
    }
  }
  return null;
}

interface Missing {
  path: string[];
  within: Record<string, unknown>;
  source: DataSource;
}

function fieldHint(missing: Missing): string {
  const key = missing.path.at(-1) ?? '';
  const parents = missing.path.slice(0, -1);
  // A namespace import's `default` is the whole file, not one of its keys.
  const keys = Object.keys(missing.within).filter((k) => !(missing.within === missing.source.value && missing.source.namespace && k === 'default'));
  const near = closest(key, keys.map((k) => ({ text: k, value: k })));
  const { file, root, value, within = [] } = missing.source;
  const inFile = [...within, ...parents];
  const fix = file
    ? inFile.length === 0
      ? `${file} n’a pas de clé « ${key} » (ou elle est vide) : ajoutez-la, ou corrigez le nom.`
      : `Dans ${file}, « ${inFile.join('.')} » n’a pas de clé « ${key} » (ou elle est vide) : ajoutez-la, ou corrigez le nom.`
    : parents.length === 0
      ? `L’en-tête du chapitre n’a pas de « ${key}: » (ou il est vide) : ajoutez-le entre les « --- » du début, ou corrigez le nom.`
      : `Dans l’en-tête du chapitre, « ${parents.join('.')} » n’a pas de « ${key}: » (ou il est vide) : ajoutez-le, ou corrigez le nom.`;
  // The front matter's own keys are the chapter's title and order: listed, they would help no one.
  const listed = keys.length > 0 && (file !== undefined || missing.within !== value);
  const suggestion = near ? ` Vouliez-vous dire ${frontMatterAccess([...parents, near], root)} ?` : listed ? ` Clés présentes : ${keys.join(', ')}.` : '';
  return `${fix}${suggestion}`;
}
