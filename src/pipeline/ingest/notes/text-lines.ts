/**
 * The lines of a list item or a paragraph as written, each with its plain text and where it starts.
 * Markdown joins the lines of a paragraph (and the lines that follow a list item without a dash) into
 * one text; notes pasted from a PDF or a word processor carry meaning in those lines — a subheading
 * glued below an item, lines numbered « 1 », « 2 » without a dot, « a) », « b) » — which is only
 * seen line by line. Columns come from the file's own line when the text can be found in it.
 */
import type { Nodes, RootContent } from 'mdast';
import { plainText } from './item-text.ts';

export interface At {
  line: number;
  column: number;
}

export interface TextLine {
  text: string;
  at: At;
}

/** Inline containers whose children are walked line by line (their text nodes carry positions). */
const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * The lines of blocks (a list item's children but its nested lists, or one paragraph): a paragraph
 * line by line, any other block (code, quote, table) as one line at its start. `source` is the file's
 * lines, as parsed.
 */
export function blockLines(blocks: readonly RootContent[], source: readonly string[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const block of blocks) {
    if (block.type === 'list') continue;
    const start = block.position?.start ?? { line: 1, column: 1 };
    if (block.type === 'paragraph' || block.type === 'heading') {
      const own: TextLine[] = [{ text: '', at: { line: start.line, column: start.column } }];
      walk(block, own, source);
      lines.push(...own.filter((line) => line.text.trim() !== ''));
    } else {
      const text = plainText(block);
      if (text.trim()) lines.push({ text, at: { line: start.line, column: start.column } });
    }
  }
  return lines;
}

function walk(node: Nodes, lines: TextLine[], source: readonly string[]): void {
  if (!('children' in node)) return;
  for (const child of node.children as Nodes[]) {
    const current = lines.at(-1) as TextLine;
    if (child.type === 'text') {
      const [first = '', ...rest] = child.value.split('\n');
      current.text += first;
      const start = child.position?.start.line ?? current.at.line;
      rest.forEach((text, index) => lines.push({ text, at: { line: start + index + 1, column: columnOf(text, source[start + index]) } }));
    } else if (child.type === 'break') {
      // A hard line break ends the line as a soft one does: the next node starts the next line.
      const next = child.position?.end ?? current.at;
      lines.push({ text: '', at: { line: next.line + (next.column > 1 ? 1 : 0), column: 1 } });
    } else if (INLINE_CONTAINERS.has(child.type)) {
      walk(child, lines, source);
    } else {
      current.text += plainText(child);
    }
    // A line that starts with formatting (« **Santé** ») starts where its first node does.
    const last = lines.at(-1) as TextLine;
    if (last !== current && last.text === '' && child.position && child.type !== 'text' && child.type !== 'break') last.at = { ...child.position.start };
  }
}

/** Column of a line's text in the file's line: where the text is found, else after the indentation. */
function columnOf(text: string, sourceLine: string | undefined): number {
  if (sourceLine === undefined) return 1;
  const probe = text.trimStart().slice(0, 12);
  const found = probe ? sourceLine.indexOf(probe) : -1;
  if (found >= 0) return found + 1;
  return (/^[ \t>]*/.exec(sourceLine)?.[0].length ?? 0) + 1;
}

/** Lines joined by a space, as Markdown reads them, with the position of any offset of the result. */
export interface JoinedText {
  text: string;
  /** Offset in `text` where each line starts. */
  starts: number[];
  lines: readonly TextLine[];
}

export function joinLines(lines: readonly TextLine[]): JoinedText {
  const starts: number[] = [];
  let text = '';
  for (const line of lines) {
    if (text) text += ' ';
    starts.push(text.length);
    text += line.text;
  }
  return { text, starts, lines };
}

/** Where an offset of the joined text is in the file (the column counted in the line's plain text). */
export function positionAt({ starts, lines }: JoinedText, offset: number): At {
  let index = 0;
  while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= offset) index++;
  const line = lines[index];
  if (!line) return { line: 1, column: 1 };
  const within = offset - (starts[index] ?? 0);
  const leading = line.text.length - line.text.trimStart().length;
  return { line: line.at.line, column: line.at.column + Math.max(0, within - leading) };
}
