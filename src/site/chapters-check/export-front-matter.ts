/**
 * `export const titreCourt = frontmatter.titre.slice(0, 15)`: in a compiled chapter, MDX's `frontmatter`
 * is defined at the end of the module (@astrojs/markdown-satteri appends `export const frontmatter = …`),
 * so a chapter's `export` lines run before it and read undefined there; the build then stopped on an
 * English « Cannot read properties of undefined ». Read at the page's time (in the text, or in a function
 * the text calls), it is defined. Found here without running anything: the chapter may import what only
 * the build can run.
 */
import { parseAst } from 'rolldown/parseAst';
import type { Place } from './parse.ts';

interface AstNode {
  type: string;
  start?: number;
  end?: number;
  [key: string]: unknown;
}

const FUNCTIONS = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration', 'MethodDefinition', 'PropertyDefinition']);

/** A top-level read of `frontmatter` in an `export` block: its place, its line as written, and the declaration it is in. */
export interface FrontMatterInExport extends Place {
  /** The line of the chapter holding the read, trimmed. */
  text: string;
  /** `titreCourt` and `frontmatter.titre.slice(0, 15)` for `export const titreCourt = frontmatter.titre.slice(0, 15)`. */
  declared?: { name: string; value: string };
}

/** The `frontmatter` reads of an `import`/`export` block (at `block`'s place) that run when the module loads, once per line. */
export function frontMatterInExport(block: Place & { source: string }): FrontMatterInExport[] {
  let tree: AstNode;
  try {
    tree = parseAst(block.source, { lang: 'jsx' }) as unknown as AstNode;
  } catch {
    return [];
  }
  const found: FrontMatterInExport[] = [];
  const lines = new Set<number>();
  const visit = (node: AstNode, parent: AstNode | null, key: string, declarator: AstNode | null): void => {
    if (FUNCTIONS.has(node.type)) return;
    const within = node.type === 'VariableDeclarator' ? node : declarator;
    if (node.type === 'Identifier' && node.name === 'frontmatter' && isRead(parent, key) && typeof node.start === 'number') {
      const before = block.source.slice(0, node.start);
      const offset = before.split('\n').length - 1;
      if (!lines.has(offset)) {
        lines.add(offset);
        const column = node.start - before.lastIndexOf('\n');
        found.push({
          line: block.line + offset,
          column: offset === 0 ? block.column + column - 1 : column,
          text: (block.source.split('\n')[offset] ?? '').trim(),
          ...declaredOf(within, block.source),
        });
      }
    }
    for (const [childKey, value] of Object.entries(node)) {
      if (Array.isArray(value)) value.forEach((child) => isNode(child) && visit(child, node, childKey, within));
      else if (isNode(value)) visit(value, node, childKey, within);
    }
  };
  visit(tree, null, '', null);
  return found;
}

function declaredOf(declarator: AstNode | null, source: string): { declared?: { name: string; value: string } } {
  const id = declarator?.id;
  const init = declarator?.init;
  if (!isNode(id) || id.type !== 'Identifier' || typeof id.name !== 'string' || !isNode(init) || typeof init.start !== 'number' || typeof init.end !== 'number') return {};
  return { declared: { name: id.name, value: source.slice(init.start, init.end) } };
}

/** Whether the identifier under `parent[key]` reads a variable (not `a.frontmatter`, `{ frontmatter: … }`). */
function isRead(parent: AstNode | null, key: string): boolean {
  if (!parent) return true;
  if (parent.type === 'MemberExpression') return key !== 'property' || parent.computed === true;
  if (parent.type === 'Property') return key !== 'key' || parent.computed === true;
  return parent.type !== 'VariableDeclarator' || key !== 'id';
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
