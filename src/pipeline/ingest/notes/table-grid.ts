/**
 * A Markdown table of a note as a grid of cells: each cell's raw text, read as a list item's is
 * (item-text.ts: inline formatting flattened, hashtags and vote counts left in for extractMarkers),
 * and where that text starts, so that an item read from a cell points at the cell, not at the table.
 */
import type { Table, TableCell } from 'mdast';
import { foldText } from '../../text/fold.ts';
import { plainText } from './item-text.ts';

export interface At {
  line: number;
  column: number;
}

export interface Cell {
  raw: string;
  at: At;
}

export interface Grid {
  header: Cell[];
  /** Body rows holding at least one non-empty cell, but totals. */
  rows: Cell[][];
  /** Rows that add up the others (« Total », « TOTAL », « Total général »), by the cell that says so: not feedback. */
  totals: Cell[];
  /** Some row has more or fewer cells than the header: which cell belongs to which column is a guess. */
  ragged: boolean;
}

/** `<br>`: the only way to break a line inside a cell, as Word and spreadsheets export tables. */
const LINE_BREAK = /^<br\s*\/?>$/i;
/** A cell holding only a dash. */
const PLACEHOLDER = /^[-–—]$/;
/** A row's first written cell naming a sum, folded: « Total », « TOTAL : », « Total général », « Sous-total ». */
const TOTAL = /^(?:sous )?total(?: general| des votes| voix)?$/;

export function readGrid(table: Table): Grid {
  const [head, ...body] = table.children.map((row) => row.children.map(readCell));
  const header = head ?? [];
  const written = body.filter((row) => row.some((cell) => cell.raw !== ''));
  const totals: Cell[] = [];
  const rows = written.filter((row) => {
    const first = row.find((cell) => cell.raw !== '');
    // A sum of the rows above published as an item would read « Total » as a feedback, and count its votes twice.
    const total = first !== undefined && TOTAL.test(foldText(first.raw));
    if (total) totals.push(first);
    return !total;
  });
  return { header, rows, totals, ragged: rows.some((row) => row.length !== header.length) };
}

function readCell(cell: TableCell): Cell {
  // A `<br>` separates two words, as a line break in a list item does (a space), instead of staying as text.
  const children = cell.children.map((child) => (child.type === 'html' && LINE_BREAK.test(child.value.trim()) ? { type: 'break' as const } : child));
  const text = plainText({ ...cell, children }).trim();
  // A lone dash is how word processors fill a cell with nothing: it is no feedback, nor a count.
  const raw = PLACEHOLDER.test(text) ? '' : text;
  // The text's own start: a cell's position starts at the « | » before it.
  const { line, column } = cell.children[0]?.position?.start ?? cell.position?.start ?? { line: 1, column: 1 };
  return { raw, at: { line, column } };
}
