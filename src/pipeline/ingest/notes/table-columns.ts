/**
 * What each column of a table in a note holds, told from its header and its cells. A header that
 * names a section is recognised by the rules of headings (sections.ts, heading-typo.ts): a table
 * pasted from Word titles its columns as the note would title its sections. The other roles are the
 * few a workshop table has besides its feedback: dot-vote counts, a theme label, a row numbering.
 */
import type { Tag } from '../../model.ts';
import { foldText } from '../../text/fold.ts';
import { readHeading } from './heading-typo.ts';
import type { Cell, Grid } from './table-grid.ts';

export type ColumnRole =
  /** Feedback of the section its header names; `corrected` when the header is a near-miss of its name. */
  | { kind: 'section'; tag: Tag; corrected: boolean }
  /** Dot-vote counts (« Votes », « Gommettes », or integers only). */
  | { kind: 'votes' }
  /** A theme's label (« Thème », « Sujet »): not a `#theme` the taxonomy knows. */
  | { kind: 'theme' }
  /** « N° », « Rang », or 1, 2, 3… down the rows: the order of the rows, not a weight. */
  | { kind: 'numbering' }
  /** Nothing written under a header naming no section. */
  | { kind: 'empty' }
  /** Text under a header naming no section (« Constat », « Remarques »). */
  | { kind: 'text' };

export interface Column {
  /** 0-based, to name a column without a header. */
  index: number;
  header: Cell;
  /** One cell per body row; a row's missing cell is empty. */
  cells: Cell[];
  role: ColumnRole;
}

/** A column whose header names a section. */
export type SectionColumn = Column & { role: Extract<ColumnRole, { kind: 'section' }> };

/** Headers of a dot-vote count, folded: « Votes », « Nb de voix », « Gommettes », « Pastilles », « Nb ». */
const VOTES_HEADER = /^(?:(?:(?:nb|nbre|nombre|total)(?: de| d)? )?(?:votes?|voix|gommettes?|pastilles?|points?)|nb|nbre|nombre|total|score)$/;
/** Headers of a row's order or rank, folded: « N° », « Rang », « Priorité » (« # » folds to nothing: compared as written). */
const NUMBERING_HEADER = /^(?:n|no|num|numero|rang|ordre|priorite|classement|id)$/;
/** Headers of a theme's label, folded: « Thème », « Thématique », « Sujet », « Catégorie »… */
const THEME_HEADER = /^(?:themes?|thematiques?|sujets?|categories?|domaines?|rubriques?)(?: |$)/;
/** A cell of a vote count: « 12 », « 12 votes », « (12 votes) ». */
const VOTE_CELL = /^\(?\s*\+?\d+\s*(?:votes?|voix|gommettes?|pastilles?|points?)?\s*\)?$/iu;
/** A row's number as word processors write it: « 3 », « 3. », « 3) », « n° 3 ». */
const NUMBER_CELL = /^(?:n°\s*)?(\d+)[.)]?$/iu;

export function readColumns(grid: Grid): Column[] {
  return grid.header.map((header, index) => {
    const cells = grid.rows.map((row) => row[index] ?? { raw: '', at: header.at });
    return { index, header, cells, role: roleOf(header.raw, cells) };
  });
}

function roleOf(header: string, cells: readonly Cell[]): ColumnRole {
  const section = readHeading(header);
  if (section) return { kind: 'section', ...section };
  const folded = foldText(header);
  if (VOTES_HEADER.test(folded)) return { kind: 'votes' };
  const written = cells.map((cell) => cell.raw).filter(Boolean);
  if (written.length === 0) return { kind: 'empty' };
  const numbers = written.every((raw) => NUMBER_CELL.test(raw));
  if (numbers && (header.trim() === '#' || NUMBERING_HEADER.test(folded) || isSequence(cells))) return { kind: 'numbering' };
  if (written.every((raw) => VOTE_CELL.test(raw))) return { kind: 'votes' };
  if (THEME_HEADER.test(folded)) return { kind: 'theme' };
  return { kind: 'text' };
}

/** 1, 2, 3… down every row: the rows' numbering, whatever the header (a count that happens to be so is rarer). */
function isSequence(cells: readonly Cell[]): boolean {
  return cells.length >= 2 && cells.every((cell, index) => NUMBER_CELL.exec(cell.raw)?.[1] === String(index + 1));
}

/** A vote cell's count, as `(12 votes)` in a list item gives it to votes.ts; null when the cell is empty. */
export function voteCount(cell: Cell): string | null {
  const { raw } = cell;
  if (!raw) return null;
  return VOTE_CELL.test(raw) ? (/\d+/.exec(raw)?.[0] ?? raw) : raw;
}
