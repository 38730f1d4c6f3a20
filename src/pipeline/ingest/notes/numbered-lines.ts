/**
 * Lines numbered without the dot Markdown needs (« 1 Mise en place du RIC… », « 2- Remise en place de
 * l'ISF », « 3/ Baisse de la TVA »), as cahiers and PDFs number their demands: Markdown reads them as
 * one paragraph, which a tagged section set aside whole. In a tagged section they are read as a list:
 * each line whose number follows the previous one starts an item, the lines without the next number
 * (a wrapped line, « 80 milliards… ») go on with the item above.
 *
 * A number alone does not make a list (« 3 conseillers sur 10 trouvent… »): the block's first line
 * must be numbered, and the numbers must follow each other over at least two items — in the block,
 * or across blocks separated by blank lines (the caller's to tell).
 */
import type { At, TextLine } from './text-lines.ts';

/** « 12 », then « - », « – », « / », « . » or « ) » and a space, or a space before a word; not « 1 800 », « 3/4 », « 10 % ». */
const NUMBERED = /^[ \t]*(\d{1,3})(?:[ \t]*[-–/.)][ \t]+(?=\S)|[ \t]+(?=[^\d\s%]))/u;

export interface NumberedItem {
  /** Index of the item's first line in the block, and of the line after its last. */
  first: number;
  end: number;
  /** Where the item's text starts in its first line (after the number). */
  textStart: number;
  number: number;
}

/** The number a line starts with, and where its text starts, or null. */
export function lineNumber(line: string): { number: number; textStart: number } | null {
  const match = NUMBERED.exec(line);
  return match ? { number: Number(match[1]), textStart: match[0].length } : null;
}

/**
 * The items of a block of lines when its first line is numbered: each line numbered with the next
 * number starts one. Null when the first line is not numbered. The caller decides whether one item is
 * enough (a block continuing a numbering).
 */
export function numberedItems(lines: readonly string[]): NumberedItem[] | null {
  const head = lineNumber(lines[0] ?? '');
  if (!head) return null;
  const items: NumberedItem[] = [{ first: 0, end: lines.length, textStart: head.textStart, number: head.number }];
  lines.forEach((line, index) => {
    if (index === 0) return;
    const current = items.at(-1) as NumberedItem;
    const numbered = lineNumber(line);
    if (numbered?.number !== current.number + 1) return;
    current.end = index;
    items.push({ first: index, end: lines.length, textStart: numbered.textStart, number: numbered.number });
  });
  return items;
}

/** A numbered item of a paragraph: its number, where the number stands, its lines without the number. */
export interface NumberedLineItem {
  number: number;
  at: At;
  lines: TextLine[];
}

/** The items of a paragraph's lines (text-lines.ts) when its first line is numbered, else null. */
export function numberedLineItems(lines: readonly TextLine[]): NumberedLineItem[] | null {
  const items = numberedItems(lines.map((line) => line.text));
  if (!items) return null;
  return items.flatMap(({ first, end, textStart, number }) => {
    const [head, ...rest] = lines.slice(first, end);
    if (!head) return [];
    const opening = { text: head.text.slice(textStart), at: { line: head.at.line, column: head.at.column + textStart } };
    return [{ number, at: head.at, lines: [opening, ...rest] }];
  });
}
