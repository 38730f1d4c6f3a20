/**
 * A survey's header and one hash per data row, to find the same answers in two files whatever their
 * format (a CSV and its .xlsx, a re-export in another encoding or with another separator): the rows
 * as read, not the bytes. Cells are trimmed and empty trailing cells left out, as exports differ there.
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

/** cyrb53 (two 32-bit multiplicative hashes mixed into 53 bits) over the trimmed cells, a separator between them. */
function hashFields(fields: readonly string[]): number {
  let last = fields.length;
  while (last > 0 && (fields[last - 1] ?? '').trim() === '') last--;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let f = 0; f < last; f++) {
    const cell = (fields[f] as string).trim();
    for (let i = 0; i < cell.length; i++) {
      const code = cell.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    h2 = Math.imul(h2 ^ 0x1f, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
