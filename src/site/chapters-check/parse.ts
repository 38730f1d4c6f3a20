/**
 * A chapter's components as written, read with satteri's MDX parser — the one Astro compiles the
 * chapters with, so what parses here parses in the build. Each use keeps its place and each prop its
 * own line and column (the parser places elements; a prop is found inside its element's source).
 */
import { mdxToMdast } from 'satteri';

/** A prop as written: a text, a literal in braces (`{3}`), a bare name (true), or a computed expression. */
export type PropValue = string | number | boolean | { computed: string };

export interface Place {
  line: number;
  column: number;
}

export interface ComponentUse extends Place {
  name: string;
  props: Record<string, PropValue>;
  propPlaces: Record<string, Place>;
  /** `{...spread}` props, which no check can read. */
  spread: boolean;
}

export interface ParsedChapter {
  frontMatter: string | null;
  components: ComponentUse[];
  /** Names brought in by `import` lines (their components are the chapter's own business). */
  imports: string;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { offset?: number; line: number; column: number }; end: { offset?: number } };
  children?: Node[];
}

export class ChapterSyntaxError extends Error {
  readonly place: Place;
  constructor(message: string, place: Place) {
    super(message);
    this.place = place;
  }
}

export function parseChapter(source: string): ParsedChapter {
  let tree: Node;
  try {
    tree = mdxToMdast(source) as unknown as Node;
  } catch (error) {
    // « 12:3: Unexpected character… (mdx-jsx:unexpected-character) »: the place leads the message.
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*(.*)$/s.exec(text);
    throw new ChapterSyntaxError(match?.[3] ?? text, { line: Number(match?.[1] ?? 1), column: Number(match?.[2] ?? 1) });
  }
  const parsed: ParsedChapter = { frontMatter: null, components: [], imports: '' };
  const visit = (node: Node) => {
    if (node.type === 'yaml' && typeof node.value === 'string') parsed.frontMatter = node.value;
    if (node.type === 'mdxjsEsm' && typeof node.value === 'string') parsed.imports += `${node.value}\n`;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.position) {
      parsed.components.push(componentUse(source, node.name, node));
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return parsed;
}

function componentUse(source: string, name: string, node: Node): ComponentUse {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const use: ComponentUse = { name, line: start.line, column: start.column, props: {}, propPlaces: {}, spread: false };
  const from = start.offset ?? 0;
  const text = source.slice(from, node.position?.end.offset ?? source.length);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      use.spread = true;
      continue;
    }
    use.props[attribute.name] = propValue(attribute.value);
    const at = new RegExp(`[\\s{]${attribute.name.replace(/[^\w-]/g, '')}(?=[\\s=/>]|$)`).exec(text);
    use.propPlaces[attribute.name] = at ? placeOf(source, from + at.index + 1) : { line: use.line, column: use.column };
  }
  return use;
}

function propValue(value: unknown): PropValue {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const expression = typeof value === 'object' && 'value' in value ? String(value.value).trim() : '';
  // A literal in braces (`{3}`, `{"needs"}`, `{'needs'}`) is read; anything else is computed at build time.
  const quoted = /^'([^'\\]*)'$/.exec(expression);
  if (quoted) return quoted[1] ?? '';
  try {
    const literal: unknown = JSON.parse(expression);
    if (typeof literal === 'string' || typeof literal === 'number' || typeof literal === 'boolean') return literal;
  } catch {
    // not a literal
  }
  return { computed: expression };
}

function placeOf(source: string, offset: number): Place {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
