/**
 * CSV tables for the `tag` and `eval` commands. Reading reuses the survey ingest (encoding
 * detection: UTF-8 with or without BOM, Windows-1252, UTF-16; separator detection; CRLF/LF mixed;
 * multi-line quoted cells); writing gives UTF-8 with the same separator.
 */
import Papa from 'papaparse';
import type { Diagnostic } from '../model.ts';
import { decodeSurvey } from '../ingest/surveys/encoding.ts';
import { detectDelimiter } from '../ingest/surveys/delimiter.ts';
import { normalizeNewlines } from '../ingest/surveys/line-index.ts';
import { readTable as readRecords } from '../ingest/surveys/csv.ts';

export interface Table {
  header: string[];
  rows: string[][];
  delimiter: string;
  /** The input started with a UTF-8 byte order mark (kept on output, for Excel). */
  bom: boolean;
  /** 1-based physical line where each row starts. */
  lines: number[];
  /** Problems met while reading (undecodable bytes, unclosed quotes…). */
  diagnostics: Diagnostic[];
}

export function readTable(bytes: Uint8Array, file = 'entrée'): Table {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const decoded = decodeSurvey(bytes, 'auto', file);
  if (decoded.text === null) return { header: [], rows: [], delimiter: ',', bom, lines: [], diagnostics: decoded.diagnostics };
  const text = normalizeNewlines(decoded.text.replace(/^\ufeff/, ''));
  const delimiter = detectDelimiter(text);
  const table = readRecords(text, delimiter, file);
  return {
    header: table.header,
    rows: table.records.map((record) => record.fields),
    delimiter,
    bom,
    lines: table.records.map((record) => record.line),
    diagnostics: [...decoded.diagnostics, ...table.diagnostics],
  };
}

/** CSV text (CRLF, quotes where needed); a BOM first when the input had one. */
export function writeTable(header: string[], rows: string[][], delimiter: string, bom: boolean): string {
  const body = Papa.unparse({ fields: header, data: rows }, { delimiter, newline: '\r\n' });
  return (bom ? '\ufeff' : '') + body + '\r\n';
}

/** Index of a column by exact header, then with case and spacing forgiven; -1 when absent. */
export function findColumn(header: readonly string[], name: string): number {
  const exact = header.indexOf(name);
  if (exact >= 0) return exact;
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
  return header.findIndex((h) => norm(h) === norm(name));
}
