/**
 * The chapter's `{…}` that are valid JavaScript but fail when the page is built: `{frontmatter.auteur.nom}`
 * without `auteur:` in the front matter, `limit={JSON.parse("trois")}`. Astro then stopped the whole
 * build on an English stack trace, and `livre-blanc build` called it a bug to report. An expression that
 * reads only the front matter, MDX's `props` and JavaScript's own objects is run here, before the build,
 * as the page would run it: one that throws is said at its line (blocking: the build would stop there),
 * one that shows nothing in the text is a warning. Expressions that use the chapter's `import`/`export`
 * are left to the build (src/cli/chapter-render-failure.ts names them if they fail there).
 *
 * Run in a context of its own (`node:vm`), with a time limit, the front matter rebuilt inside it from
 * JSON: the chapters are the bureau's trusted text, and this keeps a mistake (a loop that never ends)
 * from reaching the command; it is no sandbox for hostile code.
 */
import vm from 'node:vm';
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';
import { unknownNames } from './expressions.ts';
import type { Expression, ParsedChapter } from './parse.ts';

export const FAILING_EXPRESSION = 'chapitre-expression-en-erreur';
export const EMPTY_EXPRESSION = 'chapitre-expression-vide';

/** Long enough for any expression a chapter shows, short enough for `check --suivre`. */
const TIME_LIMIT_MS = 200;

/** The names an expression may read to be run here: MDX's, and JavaScript's (those of a fresh context). */
const EVALUABLE = new Set(['frontmatter', 'props', ...Object.getOwnPropertyNames(vm.runInNewContext('globalThis'))]);

type Outcome = { value: unknown } | { error: { name: string; message: string } } | null;

export function checkEvaluation(file: string, chapter: ParsedChapter, frontMatter: Readonly<Record<string, unknown>> | null): Diagnostic[] {
  let context: vm.Context | null = null;
  const diagnostics: Diagnostic[] = [];
  for (const expression of chapter.expressions) {
    if (!isEvaluable(expression.source)) continue;
    context ??= chapterContext(frontMatter ?? {});
    const outcome = evaluate(expression.source, context);
    if (outcome === null) continue;
    if ('error' in outcome) diagnostics.push(failing(file, expression, outcome.error, frontMatter ?? {}));
    else if (outcome.value === undefined && !expression.prop) diagnostics.push(empty(file, expression, frontMatter ?? {}));
  }
  return diagnostics;
}

/** Whether the expression reads nothing but what is known here (not the chapter's imports, not an unknown name). */
export function isEvaluable(source: string): boolean {
  // A comment alone or an empty `{}` names nothing, and is no expression to run: `evaluate` leaves it.
  return unknownNames(source, EVALUABLE).length === 0;
}

/** A fresh context with `frontmatter` and `props` as MDX gives them to the page (its components aside). */
function chapterContext(frontMatter: Readonly<Record<string, unknown>>): vm.Context {
  const context = vm.createContext({ fieldsJson: JSON.stringify(frontMatter) });
  vm.runInContext('globalThis.frontmatter = JSON.parse(fieldsJson); globalThis.props = { components: {} }; delete globalThis.fieldsJson;', context);
  return context;
}

/** The expression's value, or the error it throws; null when it is no plain JavaScript (JSX: left to the build) or runs too long. */
function evaluate(source: string, context: vm.Context): Outcome {
  let script: vm.Script;
  try {
    script = new vm.Script(`(\n${source}\n)`);
  } catch {
    return null;
  }
  try {
    return { value: script.runInContext(context, { timeout: TIME_LIMIT_MS }) as unknown };
  } catch (error) {
    // An error of the context's realm: not `instanceof Error` here; read by shape.
    const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
    if (typeof message === 'string' && /^Script execution timed out/.test(message)) return null;
    return { error: { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : String(error) } };
  }
}

/** The expression as the author wrote it: `{…}`, or `prop={…}`. */
export function written(expression: Expression): string {
  return expression.prop ? `${expression.prop}={${expression.source}}` : `{${expression.source}}`;
}

function failing(file: string, expression: Expression, error: { name: string; message: string }, frontMatter: Readonly<Record<string, unknown>>): Diagnostic {
  const missing = missingField(expression.source, frontMatter);
  return {
    code: FAILING_EXPRESSION,
    severity: 'blocking',
    message: `${written(expression)} : ce code échoue quand la page est construite (${frenchError(error)}) ; la construction s’arrêterait là.`,
    hint: missing ? fieldHint(missing, frontMatter) : 'Corrigez l’expression, ou écrivez la valeur telle quelle (sans accolades).',
    file,
    line: expression.line,
    column: expression.column,
  };
}

function empty(file: string, expression: Expression, frontMatter: Readonly<Record<string, unknown>>): Diagnostic {
  const missing = missingField(expression.source, frontMatter);
  return {
    code: EMPTY_EXPRESSION,
    severity: 'warning',
    message: `${written(expression)} ne vaut rien (undefined) : la page n’affichera rien à sa place.`,
    hint: missing ? fieldHint(missing, frontMatter) : 'Vérifiez l’expression, ou écrivez le texte voulu sans accolades.',
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
 * The first key of a `frontmatter.a.b.c` of the expression that the front matter lacks: its path up to
 * that key (`['auteur']`, `['auteur', 'nom']`), and the object it was looked for in.
 */
function missingField(source: string, frontMatter: Readonly<Record<string, unknown>>): { path: string[]; within: Record<string, unknown> } | null {
  for (const match of source.matchAll(/\bfrontmatter((?:\s*\.\s*[\p{L}_$][\p{L}\p{N}_$]*)+)/gu)) {
    const keys = (match[1] ?? '').split('.').map((key) => key.trim()).filter(Boolean);
    let within: unknown = frontMatter;
    for (const [index, key] of keys.entries()) {
      if (typeof within !== 'object' || within === null) break;
      const record = within as Record<string, unknown>;
      if (!(key in record) || record[key] === undefined || record[key] === null) return { path: keys.slice(0, index + 1), within: record };
      within = record[key];
    }
  }
  return null;
}

function fieldHint(missing: { path: string[]; within: Record<string, unknown> }, frontMatter: Readonly<Record<string, unknown>>): string {
  const key = missing.path.at(-1) ?? '';
  const parents = missing.path.slice(0, -1);
  const keys = Object.keys(missing.within);
  const near = closest(key, keys.map((k) => ({ text: k, value: k })));
  const fix = parents.length === 0
    ? `L’en-tête du chapitre n’a pas de « ${key}: » (ou il est vide) : ajoutez-le entre les « --- » du début, ou corrigez le nom.`
    : `Dans l’en-tête du chapitre, « ${parents.join('.')} » n’a pas de « ${key}: » (ou il est vide) : ajoutez-le, ou corrigez le nom.`;
  const suggestion = near ? ` Vouliez-vous dire frontmatter.${[...parents, near].join('.')} ?` : keys.length && missing.within !== frontMatter ? ` Clés présentes : ${keys.join(', ')}.` : '';
  return `${fix}${suggestion}`;
}
