/**
 * The chapter's `{…}`, in the text and as prop values: MDX runs them as JavaScript, so a word in braces
 * (`disent {beaucoup}`, `limit={trois}`) names a variable that does not exist, and the build stops on
 * an English « beaucoup is not defined ». A name is known when the chapter imports or exports it, when
 * MDX or Astro provide it (`props`, `frontmatter`), or when JavaScript does (`Math`, `undefined`…).
 */
import { parseAst } from 'rolldown/parseAst';
import type { Diagnostic } from '../../pipeline/model.ts';
import type { Expression, ParsedChapter } from './parse.ts';

export const UNKNOWN_NAME = 'chapitre-nom-inconnu';

interface AstNode {
  type: string;
  [key: string]: unknown;
}

const PROVIDED = new Set(['props', 'frontmatter', 'arguments', ...Object.getOwnPropertyNames(globalThis)]);

export function checkExpressions(file: string, chapter: ParsedChapter): Diagnostic[] {
  const known = new Set([...PROVIDED, ...namesOf(chapter.imports)]);
  const diagnostics: Diagnostic[] = [];
  for (const expression of chapter.expressions) {
    const unknown = unknownNames(expression.source, known);
    if (unknown.length) diagnostics.push(diagnostic(file, expression, unknown));
  }
  return diagnostics;
}

/** The names an expression (or, `asProgram`, a chapter's `export` lines) reads that nothing defines, in order, once each. */
export function unknownNames(source: string, known: ReadonlySet<string>, asProgram = false): string[] {
  const tree = parse(asProgram ? source : `(\n${source}\n)`);
  // A comment alone (`{/* note */}`) is no expression: MDX drops it.
  if (!tree) return [];
  const declared = new Set<string>();
  walk(tree, (node) => {
    for (const pattern of bindings(node)) collectPattern(pattern, declared);
  });
  const found = new Set<string>();
  walk(tree, (node, parent, key) => {
    if (node.type !== 'Identifier' || typeof node.name !== 'string') return;
    if (parent && !isReference(parent, key)) return;
    if (!known.has(node.name) && !declared.has(node.name)) found.add(node.name);
  });
  return [...found];
}

function parse(source: string): AstNode | null {
  try {
    return parseAst(source, { lang: 'jsx' }) as unknown as AstNode;
  } catch {
    // Satteri already refused what is not JavaScript (chapitre-illisible): this is an empty `{}`.
    return null;
  }
}

/** Every identifier of the chapter's `import`/`export` lines: whatever they bring is known. */
export function namesOf(esm: string): string[] {
  if (!esm.trim()) return [];
  const tree = parse(esm);
  if (!tree) return esm.match(/[\p{L}_$][\p{L}\p{N}_$]*/gu) ?? [];
  const names: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'Identifier' && typeof node.name === 'string') names.push(node.name);
  });
  return names;
}

/** The patterns a node declares (function parameters, `const x`, `catch (e)`, a function's own name). */
function bindings(node: AstNode): unknown[] {
  switch (node.type) {
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'FunctionDeclaration':
      return [...(Array.isArray(node.params) ? node.params : []), node.id];
    case 'VariableDeclarator':
      return [node.id];
    case 'CatchClause':
      return [node.param];
    case 'ClassExpression':
    case 'ClassDeclaration':
      return [node.id];
    default:
      return [];
  }
}

function collectPattern(pattern: unknown, into: Set<string>): void {
  if (!isNode(pattern)) return;
  if (pattern.type === 'Identifier' && typeof pattern.name === 'string') into.add(pattern.name);
  else if (pattern.type === 'ObjectPattern') (pattern.properties as unknown[]).forEach((p) => collectPattern(isNode(p) && p.type === 'Property' ? p.value : p, into));
  else if (pattern.type === 'ArrayPattern') (pattern.elements as unknown[]).forEach((e) => collectPattern(e, into));
  else if (pattern.type === 'RestElement') collectPattern(pattern.argument, into);
  else if (pattern.type === 'AssignmentPattern') collectPattern(pattern.left, into);
}

/** Whether the identifier under `parent[key]` reads a variable (not `a.name`, `{ name: … }`, a label). */
function isReference(parent: AstNode, key: string): boolean {
  switch (parent.type) {
    case 'MemberExpression':
      return key !== 'property' || parent.computed === true;
    case 'Property':
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return key !== 'key' || parent.computed === true;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
      return false;
    default:
      return true;
  }
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function walk(node: AstNode, visit: (node: AstNode, parent: AstNode | null, key: string) => void, parent: AstNode | null = null, key = ''): void {
  visit(node, parent, key);
  for (const [childKey, value] of Object.entries(node)) {
    if (Array.isArray(value)) value.forEach((child) => isNode(child) && walk(child, visit, node, childKey));
    else if (isNode(value)) walk(value, visit, node, childKey);
  }
}

function diagnostic(file: string, expression: Expression, names: string[]): Diagnostic {
  const quoted = names.map((n) => `« ${n} »`).join(', ');
  const written = expression.prop ? `${expression.prop}={${expression.source}}` : `{${expression.source}}`;
  const what = names.length > 1 ? `les noms ${quoted} ne sont définis nulle part` : `le nom ${quoted} n’est défini nulle part`;
  return {
    code: UNKNOWN_NAME,
    severity: 'blocking',
    message: `${written} : entre accolades, MDX lit du code, et ${what} ; la construction s’arrêterait là.`,
    hint: expression.prop
      ? `Écrivez la valeur telle quelle : ${expression.prop}="…" pour un texte, ${expression.prop}={3} pour un nombre.`
      : `Pour afficher des accolades dans le texte, écrivez \\{${expression.source}\\} ; sinon retirez-les.`,
    file,
    line: expression.line,
    column: expression.column,
  };
}
