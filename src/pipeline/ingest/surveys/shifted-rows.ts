/**
 * A CSV row with more fields than the header, among rows that have the header's width: a separator
 * inside an answer not put between quotes (« Les lenteurs; le soir surtout. ») cut it in two, and
 * every column after it is shifted: « le soir surtout. » would be read as the next column's answer,
 * and that column's answer as the one after. Reading it would publish answers under the wrong
 * question: the whole row is set aside (one entry, « ligne décalée »), and the cell probably cut is
 * named from what the other rows hold in each column.
 */
import type { Diagnostic, RejectionReason, SetAsideEntry } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';

/** The reason a shifted row is set aside. */
export const SHIFTED_ROW = 'ligne-decalee' satisfies RejectionReason;
/** Its diagnostic keeps the code of rows with fields in excess (field-count.ts), which the bilan names beside « ligne décalée ». */
const CODE = 'nombre-de-champs-incorrect';

const QUOTED_LENGTH = 60;
/** At most this many distinct values in the well-formed rows: a column of choices, whose values a shifted one must be. */
const MAX_CHOICES = 12;

export interface LongRow {
  fields: readonly string[];
  line: number;
  /** Data row (1-based). */
  row: number;
}

/** What the well-formed rows hold in each column, to tell where a long row was cut. */
type ColumnShape = { kind: 'number' } | { kind: 'date' } | { kind: 'choices'; values: ReadonlySet<string> } | { kind: 'free' } | { kind: 'empty' };

const NUMBER = /^-?\d+(?:[.,]\d+)?$/;
const DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;

export function columnShapes(rows: ReadonlyArray<readonly string[]>, width: number): ColumnShape[] {
  return Array.from({ length: width }, (_, column) => shapeOf(rows.map((fields) => (fields[column] ?? '').trim()).filter((cell) => cell !== '')));
}

function shapeOf(cells: readonly string[]): ColumnShape {
  if (cells.length === 0) return { kind: 'empty' };
  // Mostly: a scale's « cinq » among its numbers does not make it free text.
  const share = (pattern: RegExp) => cells.filter((cell) => pattern.test(cell)).length / cells.length;
  if (share(NUMBER) >= 0.8) return { kind: 'number' };
  if (share(DATE) >= 0.8) return { kind: 'date' };
  const values = new Set(cells.map((cell) => cell.toLowerCase()));
  if (values.size <= MAX_CHOICES && values.size * 2 <= cells.length) return { kind: 'choices', values };
  return { kind: 'free' };
}

function fits(shape: ColumnShape, value: string): boolean {
  const cell = value.trim();
  if (cell === '') return true;
  switch (shape.kind) {
    case 'number':
      return NUMBER.test(cell);
    case 'date':
      return DATE.test(cell);
    case 'choices':
      return shape.values.has(cell.toLowerCase());
    case 'empty':
      return false;
    case 'free':
      return !NUMBER.test(cell) || cell.length > 4;
  }
}

/**
 * Where the row was probably cut: the columns whose cell, joined with the fields in excess that
 * follow it, leaves every other cell fitting its column (those before it in place, those after it
 * moved back); among them, those whose cut leaves a piece
 * that reads as the rest of a sentence (« le soir surtout. »), if any. Empty when no cut fits.
 */
export function cutCandidates(fields: readonly string[], width: number, shapes: readonly ColumnShape[]): number[] {
  const extra = fields.length - width;
  const fitting: number[] = [];
  for (let cut = 0; cut < width; cut++) {
    // The cut cell holds free text: a separator does not fall inside a number or a choice.
    if (shapes[cut]?.kind !== 'free') continue;
    let ok = true;
    for (let column = 0; column < width && ok; column++) {
      if (column !== cut) ok = fits(shapes[column] as ColumnShape, fields[column < cut ? column : column + extra] ?? '');
    }
    if (ok) fitting.push(cut);
  }
  const continued = fitting.filter((cut) => /^(\s|\p{Ll})/u.test(fields[cut + 1] ?? ''));
  return continued.length > 0 ? continued : fitting;
}

export interface ShiftedRow extends LongRow {
  candidates: number[];
}

/** The whole row, one entry, as written (its fields joined by the separator), at the cell probably cut. */
export function shiftedEntry(row: ShiftedRow, file: string, delimiter: string): SetAsideEntry {
  const cut = row.candidates.length === 1 ? (row.candidates[0] as number) : 0;
  return { source: { file, line: row.line, column: cut + 1, row: row.row }, reason: SHIFTED_ROW, text: row.fields.join(delimiter) };
}

/** One warning for the shifted rows of a file, the first one told in full. */
export function shiftedDiagnostic(rows: readonly ShiftedRow[], header: readonly string[], delimiter: string, file: string): Diagnostic {
  const first = rows[0] as ShiftedRow;
  const width = header.length;
  const sign = delimiter === '\t' ? 'une tabulation' : `un « ${delimiter} »`;
  const name = (column: number) => (header[column] ? `« ${header[column]} »` : `${column + 1}`);
  const extra = first.fields.length - width;
  const where =
    rows.length === 1
      ? `La ligne ${first.line} a ${first.fields.length} champs pour les ${width} colonnes de l’en-tête`
      : `${rows.length} lignes ont plus de champs que les ${width} colonnes de l’en-tête (lignes ${rows.slice(0, 5).map((r) => r.line).join(', ')}${rows.length > 5 ? '…' : ''}) ; à la ligne ${first.line}`;
  let cause: string;
  let hint: string;
  if (first.candidates.length === 1) {
    const cut = first.candidates[0] as number;
    const answer = quote(first.fields.slice(cut, cut + extra + 1).join(delimiter));
    const next = cut + 1 < width ? ` : « ${quote(first.fields[cut + 1] ?? '')} » serait lu comme la réponse à ${name(cut + 1)}` : '';
    cause = `${sign} dans la réponse « ${answer} » (colonne ${name(cut)}) l’a sans doute coupée, et décale d’un cran ${extra > 1 ? `(de ${extra} crans) ` : ''}les colonnes qui la suivent${next}`;
    hint = `Mettez cette réponse entre guillemets (« "${answer}" ») ou retirez-en ${sign}, puis relancez la vérification.`;
  } else if (first.candidates.length > 1) {
    const from = first.candidates[0] as number;
    const to = first.candidates[first.candidates.length - 1] as number;
    cause = `${sign} dans une réponse, entre les colonnes ${name(from)} et ${name(to)}, l’a sans doute coupée, et décale d’un cran les colonnes qui la suivent`;
    hint = `Cherchez ${sign} dans les réponses de ces colonnes, mettez la réponse entre guillemets (« "…" ») ou retirez-le, puis relancez la vérification.`;
  } else {
    cause = `${sign} dans une réponse l’a sans doute coupée, et décale d’un cran les colonnes qui la suivent`;
    hint = `Cherchez ${sign} dans les réponses de ${rows.length === 1 ? 'cette ligne' : 'ces lignes'}, mettez la réponse entre guillemets (« "…" ») ou retirez-le ; ou vérifiez le séparateur de ${rows.length === 1 ? 'cette ligne' : 'ces lignes'}. Puis relancez la vérification.`;
  }
  const fate =
    rows.length === 1
      ? 'Pour ne rien publier sous la mauvaise colonne, la ligne entière est écartée : aucune de ses réponses n’est publiée ni comptée, et elle est comptée parmi les écartés du bilan (« ligne décalée »).'
      : `Pour ne rien publier sous la mauvaise colonne, ces ${rows.length} lignes sont écartées entières : aucune de leurs réponses n’est publiée ni comptée, et elles sont comptées parmi les écartés du bilan (« lignes décalées »).`;
  return diagnostic({
    code: CODE,
    severity: 'warning',
    message: `${where} : ${cause}. ${fate}`,
    hint,
    file,
    line: first.line,
    column: (first.candidates.length === 1 ? (first.candidates[0] as number) : 0) + 1,
  });
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTED_LENGTH ? `${flat.slice(0, QUOTED_LENGTH)}…` : flat;
}
