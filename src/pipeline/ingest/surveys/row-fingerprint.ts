/**
 * A survey's header and one hash per data row, to find the same answers in two files whatever their
 * format (a CSV and its .xlsx, a re-export in another encoding or with another separator): the rows
 * as read, not the bytes. Blanks around cells and empty trailing cells are left out, as exports differ there.
 */
import type { CsvRecord, Table } from './csv.ts';

export interface RowFingerprint {
  /** The header's cells joined: two files can hold the same answers only under the same columns. */
  header: string;
  /** One 53-bit hash per data row, in order. */
  hashes: Float64Array;
}

export function rowFingerprint(table: Table): RowFingerprint {
  const { records } = table;
  const hashes = new Float64Array(records.length);
  // Indexed: once per row of the survey, before the optimising compiler takes over.
  for (let i = 0; i < records.length; i++) hashes[i] = hashFields((records[i] as CsvRecord).fields);
  return { header: trimmedCells(table.header).join('\u001f'), hashes };
}

function trimmedCells(cells: readonly string[]): string[] {
  const trimmed = cells.map((cell) => cell.trim());
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed;
}

/**
 * Two 32-bit hashes (FNV-1a, and a multiply-add) mixed into 53 bits, over each cell without its
 * surrounding blanks (skipped by index, not trimmed: no copy), a separator after each. One pass over
 * the characters: about 7 % of a survey’s parsing (300 ms of 4.4 s for 200,000 rows, 40 Mo).
 */
function hashFields(fields: readonly string[]): number {
  let last = fields.length;
  while (last > 0 && (fields[last - 1] ?? '').trim() === '') last--;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0;
  for (let f = 0; f < last; f++) {
    const cell = fields[f] as string;
    let from = 0;
    let to = cell.length;
    while (from < to && isBlank(cell.charCodeAt(from))) from++;
    while (to > from && isBlank(cell.charCodeAt(to - 1))) to--;
    for (let i = from; i < to; i++) {
      const code = cell.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = (h2 * 31 + code) | 0;
    }
    h1 = Math.imul(h1 ^ 0x1f, 0x01000193);
    h2 = (h2 * 31 + 0x1f) | 0;
  }
  return 4294967296 * (0x1fffff & (h2 ^ (h1 >>> 11))) + (h1 >>> 0);
}

/** Spaces, tabs, line breaks and the no-break space: what a re-export adds or drops around a cell. */
function isBlank(code: number): boolean {
  return code <= 0x20 || code === 0xa0;
}
