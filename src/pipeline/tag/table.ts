/**
 * CSV tables for the `tag` and `eval` commands: bytes in (UTF-8 with or without BOM, or
 * Windows-1252; `;`, `,`, tab or `|` separators; CRLF/LF; multi-line quoted cells), bytes out in
 * UTF-8 with the same separator.
 */
import Papa from 'papaparse';

export interface Table {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** The input started with a UTF-8 byte order mark (kept on output, for Excel). */
  bom: boolean;
  /** 1-based physical line where each row starts (header is line 1). */
  lines: number[];
}

/** Decodes UTF-8 (BOM or not) and falls back to Windows-1252 when the bytes are not valid UTF-8. */
export function decodeText(bytes: Uint8Array): { text: string; bom: boolean } {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(body), bom: false };
  }
}

/** The separator used most in the first line, outside quotes. */
export function detectDelimiter(text: string): string {
  const candidates = [';', ',', '\t', '|'];
  const counts = new Map(candidates.map((c) => [c, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) as number) + 1);
  }
  let best = ',';
  let max = 0;
  for (const c of candidates) {
    const n = counts.get(c) as number;
    if (n > max) {
      best = c;
      max = n;
    }
  }
  return best;
}

export function readTable(bytes: Uint8Array): Table {
  const { text, bom } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const all = parsed.data;
  // Drop the empty last row a final newline produces, and fully empty rows.
  const header = (all[0] ?? []).map((h) => h.trim());
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1 + countLines(rowText(all[0]));
  for (let i = 1; i < all.length; i++) {
    const row = all[i] as string[];
    const start = line + 1;
    line = start + countLines(rowText(row));
    if (row.length === 1 && row[0] === '') continue;
    rows.push(row);
    lines.push(start);
  }
  return { header, rows, delimiter, bom, lines };
}

function rowText(row: string[] | undefined): string {
  return row ? row.join('') : '';
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

export function writeTable(header: string[], rows: string[][], delimiter: string, bom: boolean): string {
  const body = Papa.unparse({ fields: header, data: rows }, { delimiter, newline: '\r\n' });
  return (bom ? '\ufeff' : '') + body + '\r\n';
}

/** Index of a column by exact header, then by header with case and spaces forgiven; -1 when absent. */
export function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return header.findIndex((h) => norm(h) === norm(name));
}
