/**
 * How a table in a note is read. Ambassadors often take notes as tables pasted from Word or a shared
 * spreadsheet; the shapes that say unambiguously whose feedback each cell is are published:
 * - by columns: two or more headers name sections (« Points forts | Irritants | Attentes »), anywhere
 *   in the note: each non-empty cell is an item of its column's section;
 * - by rows: one column of feedback — the only header naming a section (« Irritants | Votes »), or, in
 *   a section that tags its items, the table's only text column (« Problème | Votes ») — with an
 *   optional vote count: each row is an item.
 * Anything else is set aside whole (ragged rows; « Constat | Proposition » in a tagged section, where
 * the unnamed column may be the section's own feedback; votes beside several sections): a cell read
 * as the wrong section's would be published wrongly. Outside a tagged section, a table whose headers
 * name no section is context, as any text there, and is not looked at.
 */
import type { Table } from 'mdast';
import type { Tag } from '../../model.ts';
import { readColumns, voteCount, type Column, type SectionColumn } from './table-columns.ts';
import { readGrid, type At, type Cell } from './table-grid.ts';

/** A cell published as an item: `raw` is read as a list item's text; `votes` is its row's vote cell. */
export interface TableItem {
  raw: string;
  at: At;
  tag: Tag;
  /** The column's header when it names the section, else the heading the table sits under. */
  question: string | null;
  votes: string | null;
}

interface Published {
  items: TableItem[];
  /** Columns with text that is not published: other text (counted as set aside) and theme labels. */
  unpublished: Column[];
  /** Row numberings, not published. */
  numbering: Column[];
  /** The cells naming a total row (« Total »), whose row is not published. */
  totals: Cell[];
  /** Cells of unpublished text columns: each is counted as set aside in the reconciliation. */
  setAside: number;
  /** Those cells, for the list of entries set aside. */
  asideCells: Cell[];
}

export type TableReading =
  | ({ read: 'columns'; sections: SectionColumn[] } & Published)
  | ({ read: 'rows'; tag: Tag; text: Column; votes: Column | null } & Published)
  /** Set aside whole: each row counted; `example` is a cell to show how to write it as a list. */
  | { read: 'aside'; rows: number; example: string; reason: AsideReason; entries: Cell[] };

export type AsideReason = 'no-rows' | 'ragged' | 'texts' | 'votes' | 'no-text';

export interface TableContext {
  /** Tag of the section the table sits in, null outside the three sections. */
  tag: Tag | null;
  /** The heading right above it, if any. */
  title: string | null;
}

/** How the table is read, or null when it is context or holds no text at all. */
export function readTable(table: Table, context: TableContext): TableReading | null {
  const grid = readGrid(table);
  const columns = readColumns(grid);
  const sections = columns.filter(isSection);
  if (context.tag === null && sections.length === 0) return null;
  const example = exampleCell(columns, grid.rows, grid.header);
  if (example === undefined) return null;
  const aside = (reason: AsideReason): TableReading => {
    const entries = asideRows(grid.rows, grid.header);
    return { read: 'aside', rows: entries.length, example, reason, entries };
  };
  if (grid.rows.length === 0) return aside('no-rows');
  if (grid.ragged) return aside('ragged');

  const votes = columns.filter((column) => column.role.kind === 'votes');
  const texts = columns.filter((column) => column.role.kind === 'text');
  const numbering = columns.filter((column) => column.role.kind === 'numbering');
  const published = (text: readonly Column[], items: TableItem[]): Published => {
    const unpublished = columns.filter((column) => column.role.kind === 'theme' || (column.role.kind === 'text' && !text.includes(column)));
    const asideCells = unpublished.filter((column) => column.role.kind === 'text').flatMap(written);
    return { items, unpublished, numbering, setAside: asideCells.length, asideCells, totals: grid.totals };
  };

  if (sections.length >= 2) {
    if (votes.length > 0) return aside('votes');
    const items = sections.flatMap((column) => written(column).map((cell) => ({ raw: cell.raw, at: cell.at, tag: column.role.tag, question: column.header.raw, votes: null })));
    return { read: 'columns', sections, ...published(sections, items) };
  }
  if (votes.length > 1) return aside('votes');
  const [named] = sections;
  // In a tagged section, a column naming no section beside one that does may be the section's own feedback.
  if (named && context.tag !== null && texts.length > 0) return aside('texts');
  const [onlyText] = texts;
  const text = named ?? (context.tag !== null && texts.length === 1 ? onlyText : undefined);
  const tag = named ? named.role.tag : context.tag;
  if (!text || !tag) return aside(texts.length === 0 ? 'no-text' : 'texts');
  const [count = null] = votes;
  const question = named ? named.header.raw : context.title;
  const items = text.cells.flatMap((cell, row): TableItem[] => {
    const votesCell = count?.cells[row];
    const counted = votesCell ? voteCount(votesCell) : null;
    // A count without a text is still an item, reported as empty rather than dropped.
    return cell.raw || counted !== null ? [{ raw: cell.raw, at: cell.at, tag, question, votes: counted }] : [];
  });
  return { read: 'rows', tag, text, votes: count, ...published([text], items) };
}

/**
 * A table set aside whole counts one entry per row (its header alone when it has none): each row as
 * one text, its written cells joined by « | » as the table shows them, at its first cell.
 */
function asideRows(rows: readonly Cell[][], header: readonly Cell[]): Cell[] {
  const lines = rows.length > 0 ? rows : [header];
  return lines.map((row) => ({
    raw: row.map((cell) => cell.raw).filter(Boolean).join(' | '),
    at: row[0]?.at ?? header[0]?.at ?? { line: 1, column: 1 },
  }));
}

function isSection(column: Column): column is SectionColumn {
  return column.role.kind === 'section';
}

function written(column: Column): Cell[] {
  return column.cells.filter((cell) => cell.raw !== '');
}

/**
 * The cell a set-aside table's hint shows as a list item: the first text of the body (a column of
 * feedback rather than a count or a numbering), else any cell of its first row, else of its header.
 */
function exampleCell(columns: readonly Column[], rows: readonly Cell[][], header: readonly Cell[]): string | undefined {
  const texts = columns.filter((column) => column.role.kind === 'text' || column.role.kind === 'section');
  for (let row = 0; row < rows.length; row++) {
    const found = texts.map((column) => column.cells[row]?.raw ?? '').find(Boolean);
    if (found) return found;
  }
  return [...(rows[0] ?? []), ...header].find((cell) => cell.raw !== '')?.raw;
}
