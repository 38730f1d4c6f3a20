/**
 * Records → items: each non-empty text cell is one RawItem, with its row's place and profile, its
 * column's tag, and its exact source (file, line where the cell starts, data row, column, header).
 * Empty cells are not items and are not counted as read.
 */
import type { Diagnostic, RawItem } from '../../model.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import { stableId } from '../../ids.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import { htmlToText } from './html.ts';
import { Locator } from './location.ts';
import { ProfileReader } from './profiles.ts';
import type { Mapping, TextColumn } from './mapping-types.ts';

export interface RowsResult {
  items: RawItem[];
  /** Respondents (data rows) per profile. */
  profiles: Record<string, number>;
  /** Departments met in the rows, sorted. */
  departments: string[];
  diagnostics: Diagnostic[];
}

export function rowsToItems(
  records: readonly CsvRecord[],
  header: readonly string[],
  mapping: Mapping,
  referentiels: Referentiels,
  session: { id: string; file: string },
): RowsResult {
  const locator = new Locator(mapping, referentiels);
  const profileReader = new ProfileReader();
  const items: RawItem[] = [];
  const profiles: Record<string, number> = {};
  const departments = new Set<string>();

  records.forEach((record, index) => {
    const row = index + 1;
    const place = locator.locate(record);
    if (place.department) departments.add(place.department);
    const profileColumn = mapping.profile;
    const profile =
      mapping.profileFixed ??
      (profileColumn === null ? null : profileReader.read(record.fields[profileColumn], cellLine(record, profileColumn), profileColumn + 1));
    if (profile) profiles[profile] = (profiles[profile] ?? 0) + 1;
    const rowQuestion = mapping.question === null ? '' : (record.fields[mapping.question] ?? '').trim();

    for (const column of mapping.texts) {
      const cell = readCell(record, column);
      if (!cell) continue;
      items.push({
        id: itemId(session.file, row, cell.column, cell.text),
        sessionId: session.id,
        text: cell.text,
        declaredTag: column.tag,
        explicitThemes: [],
        weight: 1,
        region: place.region,
        department: place.department,
        profile,
        format: 'enquete',
        question: rowQuestion !== '' ? rowQuestion : column.question,
        source: {
          file: session.file,
          line: cellLine(record, cell.column),
          column: cell.column + 1,
          row,
          field: header[cell.column] ?? '',
        },
      });
    }
  });

  return {
    items,
    profiles,
    departments: [...departments].sort(),
    diagnostics: [...locator.diagnostics(session.file), ...profileReader.diagnostics(session.file)],
  };
}

/**
 * Source (file, row, column) makes the id unique; the text's length and opening words make it change
 * when the answer is edited. Hashing whole answers cost a fifth of reading a large survey.
 */
function itemId(file: string, row: number, column: number, text: string): string {
  return stableId('enquete', file, row, column, text.length, text.slice(0, 64));
}

/** The text of a mapped cell (with its prefix column), and the column it is sourced to; null when empty. */
function readCell(record: CsvRecord, column: TextColumn): { text: string; column: number } | null {
  const clean = (index: number | null): string => {
    if (index === null) return '';
    const raw = record.fields[index] ?? '';
    return (column.html ? htmlToText(raw) : raw).trim();
  };
  const body = clean(column.column);
  const prefix = clean(column.prefix);
  if (body === '' && prefix === '') return null;
  if (prefix === '') return { text: body, column: column.column };
  if (body === '') return { text: prefix, column: column.prefix ?? column.column };
  const joiner = /[.!?:…]$/.test(prefix) ? ' ' : '. ';
  return { text: prefix + joiner + body, column: column.column };
}
