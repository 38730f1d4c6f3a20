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
  /** Props written twice or more (the last one wins), each at its repeated place. */
  repeated: Array<{ name: string; place: Place }>;
}

/** A `{…}` in the text, or a prop's value in braces, as written (without the braces). */
export interface Expression extends Place {
  source: string;
  /** The prop it is the value of (`limit` for `limit={trois}`), absent in the text. */
  prop?: string;
}

/** An image (`![alt](url)`) or a link (`[text](url)`, `[text]: url`) of the chapter's Markdown. */
export interface Reference extends Place {
  url: string;
  /** An image's alternative text (absent from an `<img>` without `alt`). */
  alt?: string;
  /** Written as HTML (`<img src=…>`, `<a href=…>`) rather than in Markdown. */
  html?: boolean;
}

export interface ParsedChapter {
  frontMatter: string | null;
  components: ComponentUse[];
  /** Names brought in by `import` lines (their components are the chapter's own business). */
  imports: string;
  /** The `import`/`export` blocks as written, each at its place. */
  esm: Array<Place & { source: string }>;
  expressions: Expression[];
  images: Reference[];
  links: Reference[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  alt?: string | null;
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
  const parsed: ParsedChapter = { frontMatter: null, components: [], imports: '', esm: [], expressions: [], images: [], links: [] };
  const visit = (node: Node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    const place = { line: start.line, column: start.column };
    if (node.type === 'yaml' && typeof node.value === 'string') parsed.frontMatter = node.value;
    if (node.type === 'mdxjsEsm' && typeof node.value === 'string') {
      parsed.imports += `${node.value}\n`;
      parsed.esm.push({ source: node.value, ...place });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && node.position) {
      const use = componentUse(source, node.name, node);
      parsed.components.push(use);
      const { src, href, alt } = use.props;
      if (node.name === 'img' && typeof src === 'string') parsed.images.push({ url: src, ...(typeof alt === 'string' ? { alt } : {}), html: true, ...place });
      if (node.name === 'a' && typeof href === 'string') parsed.links.push({ url: href, html: true, ...place });
      for (const attribute of node.attributes ?? []) {
        const value = attribute.value;
        if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof value === 'object' && value !== null && 'value' in value) {
          parsed.expressions.push({ source: String(value.value), prop: attribute.name, ...(use.propPlaces[attribute.name] ?? place) });
        }
      }
    }
    if ((node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') && typeof node.value === 'string') {
      parsed.expressions.push({ source: node.value, ...place });
    }
    if (node.type === 'image' && typeof node.url === 'string') parsed.images.push({ url: node.url, alt: node.alt ?? '', ...place });
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') parsed.links.push({ url: node.url, ...place });
    node.children?.forEach(visit);
  };
  visit(tree);
  return parsed;
}

function componentUse(source: string, name: string, node: Node): ComponentUse {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const use: ComponentUse = { name, line: start.line, column: start.column, props: {}, propPlaces: {}, spread: false, repeated: [] };
  const from = start.offset ?? 0;
  const text = source.slice(from, node.position?.end.offset ?? source.length);
  const attributes = node.attributes ?? [];
  const offsets = attributeOffsets(text);
  // The scanner and the parser see the same attributes in the same order; if not, the first match of the name.
  const trusted = offsets.length === attributes.length;
  attributes.forEach((attribute, index) => {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      use.spread = true;
      return;
    }
    const offset = trusted ? offsets[index] : new RegExp(`[\\s{]${attribute.name.replace(/[^\w-]/g, '')}(?=[\\s=/>]|$)`).exec(text)?.index;
    const place = offset === undefined ? { line: use.line, column: use.column } : placeOf(source, from + offset + (trusted ? 0 : 1));
    if (attribute.name in use.props) use.repeated.push({ name: attribute.name, place });
    use.props[attribute.name] = propValue(attribute.value);
    use.propPlaces[attribute.name] = place;
  });
  return use;
}

/**
 * The offset of each attribute (name or `{...spread}`) in an element's source `<Name a="…" b={…}>`:
 * quoted values and braces are skipped whole, so a prop name inside another's value is not taken for it.
 */
function attributeOffsets(text: string): number[] {
  const offsets: number[] = [];
  let i = /^<\s*[^\s/>{]*/.exec(text)?.[0].length ?? 0;
  const skipBraces = (at: number): number => {
    let depth = 0;
    for (let j = at; j < text.length; j++) {
      const c = text[j];
      if (c === '"' || c === "'" || c === '`') {
        const end = text.indexOf(c, j + 1);
        j = end < 0 ? text.length : end;
      } else if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return j + 1;
    }
    return text.length;
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '>' || (c === '/' && text[i + 1] === '>')) break;
    if (/\s/.test(c)) i++;
    else if (c === '{') {
      offsets.push(i);
      i = skipBraces(i);
    } else {
      const name = /^[^\s=/>{]+/.exec(text.slice(i))?.[0] ?? c;
      offsets.push(i);
      i += name.length;
      while (/\s/.test(text[i] ?? '')) i++;
      if (text[i] !== '=') continue;
      i++;
      while (/\s/.test(text[i] ?? '')) i++;
      const quote = text[i];
      if (quote === '"' || quote === "'") {
        const end = text.indexOf(quote, i + 1);
        i = end < 0 ? text.length : end + 1;
      } else if (quote === '{') i = skipBraces(i);
    }
  }
  return offsets;
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
