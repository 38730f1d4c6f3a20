/**
 * Text → header and records with papaparse (strings only, no typing), each record keeping the
 * physical line where it starts. Quote and field-count problems become diagnostics with their line.
 */
import Papa from 'papaparse';
import type { Diagnostic, SetAsideEntry } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { countNewlines, createLineLocator } from './line-index.ts';
import { FieldCounts } from './field-count.ts';

/** Beyond this a cell is reported (kept all the same): probably a quoting accident. */
export const MAX_CELL_LENGTH = 10_000;

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line where the record starts. */
  line: number;
  /** Line where each cell starts (and, last, where the record ends) when a cell holds a line break; else null. */
  cellLines: number[] | null;
}

export interface Table {
  /** Header cells, trimmed; empty when the file holds no record at all. */
  header: string[];
  headerLine: number;
  /** Data records, blank lines left out; the data row number is the index + 1. */
  records: CsvRecord[];
  /** Non-empty fields beyond the header's width: not read, set aside in the reconciliation. */
  extraFields: number;
  /** Those fields, one entry each, for the list of entries set aside. */
  setAside: SetAsideEntry[];
  diagnostics: Diagnostic[];
}

/**
 * Each record ends with exactly one `newline` (`\n`, or CRLF in a CRLF-only text, see prepareNewlines)
 * and its cells keep theirs: the line of the next record is this one's plus the breaks it holds.
 * (Parsing whole and counting is about twice as fast as papaparse's row-by-row step mode.)
 */
export function readTable(text: string, delimiter: string, file: string, newline: '\n' | '\r\n' = '\n'): Table {
  const diagnostics: Diagnostic[] = [];
  const records: CsvRecord[] = [];
  let fieldCounts: FieldCounts | null = null;
  const parsed = Papa.parse<string[]>(text, { delimiter, newline, quoteChar: '"', dynamicTyping: false });
  const quoteRows = quoteProblems(parsed.errors, text, file, diagnostics);
  const crlf = newline === '\r\n';

  let header: string[] | null = null;
  let headerLine = 1;
  let line = 1;
  parsed.data.forEach((fields, index) => {
    const recordLine = line;
    const cellLines = breakLines(fields, recordLine, crlf);
    line = (cellLines?.[fields.length] ?? recordLine) + 1;
    if (fields.length === 1 && fields[0]?.trim() === '') return;
    if (header === null) {
      header = fields.map((cell) => cell.trim());
      headerLine = recordLine;
      fieldCounts = new FieldCounts(header.length);
      return;
    }
    if (!quoteRows.has(index)) fieldCounts?.add(fields, recordLine, file, records.length + 1, cellLines);
    records.push({ fields, line: recordLine, cellLines });
  });

  const counts = fieldCounts as FieldCounts | null;
  counts?.settle(records, header ?? [], delimiter, file);
  if (counts) diagnostics.push(...counts.diagnostics(file));
  return { header: header ?? [], headerLine, records, extraFields: counts?.extraFields ?? 0, setAside: counts?.setAside ?? [], diagnostics };
}

/**
 * Line where each cell of a record starts, then where it ends, when a cell holds a line break; null
 * when none does (most records), so that cellLine need not rescan the cells. In a CRLF text the
 * cells holding a break get `\n` ones, as if the whole text had been normalised first (see
 * prepareNewlines).
 */
function breakLines(fields: string[], line: number, crlf: boolean): number[] | null {
  let starts: number[] | null = null;
  let at = line;
  for (let i = 0; i < fields.length; i++) {
    let cell = fields[i] ?? '';
    if (cell.includes('\n')) {
      if (crlf) fields[i] = cell = cell.replaceAll('\r\n', '\n');
      starts ??= new Array<number>(i + 1).fill(line);
      at += countNewlines(cell);
    }
    starts?.push(at);
  }
  return starts;
}

/** Quote errors, once per place, at the line and column of the opening quote; returns the rows concerned. */
function quoteProblems(errors: Papa.ParseError[], text: string, file: string, diagnostics: Diagnostic[]): Set<number> {
  const rows = new Set<number>();
  const seen = new Set<number>();
  const locate = createLineLocator(text);
  for (const error of [...errors].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))) {
    if (error.type !== 'Quotes') continue;
    rows.add(error.row ?? -1);
    // papaparse points just after the opening quote.
    const index = error.index ?? 0;
    const at = text[index - 1] === '"' ? index - 1 : index;
    if (seen.has(at)) continue;
    seen.add(at);
    diagnostics.push(quoteDiagnostic(error.code, file, locate.line(at), locate.column(at)));
  }
  return rows;
}

function quoteDiagnostic(code: string, file: string, line: number, column: number): Diagnostic {
  if (code === 'MissingQuotes') {
    return diagnostic({
      code: 'guillemet-non-ferme',
      severity: 'blocking',
      message: 'Un guillemet ouvert ici n’est jamais fermé : la suite du fichier est lue comme une seule cellule.',
      hint: 'Fermez la cellule par un guillemet « " » ; un guillemet dans le texte s’écrit doublé « "" ».',
      file,
      line,
      column,
    });
  }
  return diagnostic({
    code: 'guillemet-mal-place',
    severity: 'warning',
    message: 'Un guillemet fermant est suivi d’autres caractères que le séparateur : la cellule est peut-être mal découpée.',
    hint: 'Un guillemet dans le texte d’une cellule entre guillemets s’écrit doublé « "" ».',
    file,
    line,
    column,
  });
}

/** Long cells, reported once each (they are kept). */
export function longCellDiagnostics(table: Table, columns: readonly number[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { records } = table;
  // Indexed: this runs once over every record, mostly before the optimising compiler takes over,
  // and a for…of there allocates an iterator result per record and per cell.
  for (let r = 0; r < records.length; r++) {
    const record = records[r] as CsvRecord;
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c] as number;
      const cell = record.fields[column];
      if (cell === undefined || cell.length <= MAX_CELL_LENGTH) continue;
      diagnostics.push(
        diagnostic({
          code: 'cellule-tres-longue',
          severity: 'warning',
          message: `La cellule de la colonne « ${table.header[column] ?? ''} » fait ${cell.length} caractères (plus de ${MAX_CELL_LENGTH}) : elle est gardée, mais c’est souvent un guillemet oublié.`,
          hint: 'Vérifiez que cette cellule ne contient pas plusieurs réponses collées.',
          file,
          line: cellLine(record, column),
          column: column + 1,
        }),
      );
    }
  }
  return diagnostics;
}

/** Line where a cell starts: the record's line moved by the line breaks of the cells before it. */
export function cellLine(record: CsvRecord, column: number): number {
  const lines = record.cellLines;
  if (lines === null) return record.line;
  return lines[Math.min(column, lines.length - 1)] ?? record.line;
}
