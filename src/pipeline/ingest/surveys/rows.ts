/**
 * Records → items: each non-empty text cell is one RawItem, with its row's place, profile, question
 * and weight, its column's tag, and its exact source (file, line where the cell starts, data row,
 * column, header).
 * Empty cells are not items and are not counted as read.
 * This loop runs once per answer (hundreds of thousands): it allocates only what it returns.
 */
import { NO_THEMES, type Diagnostic, type RawItem } from '../../model.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import { IdHash } from '../../ids.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import { htmlToText } from './html.ts';
import { withoutPrivateUse } from '../../text/private-use.ts';
import { Locator } from './location.ts';
import { ProfileReader } from './profiles.ts';
import { QuestionReader } from './questions.ts';
import { WeightReader } from './votes.ts';
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
  const locator = new Locator(mapping, referentiels, header, records);
  const profileReader = new ProfileReader();
  const questionReader = new QuestionReader(mapping.question, mapping.questionLabels, header);
  const weightReader = new WeightReader(mapping.weight);
  const cells = mapping.texts.map((column) => new TextCell(column));
  const ids = new ItemIds(session.file);
  const items: RawItem[] = [];
  const profiles: Record<string, number> = {};
  const departments = new Set<string>();
  const { profile: profileColumn, profileFixed } = mapping;

  // Indexed, not for…of: this loop runs once per answer, mostly before the optimising compiler takes
  // over, and a for…of there allocates an iterator result per record.
  for (let index = 0; index < records.length; index++) {
    const record = records[index] as CsvRecord;
    const row = index + 1;
    const place = locator.locate(record);
    if (place.department) departments.add(place.department);
    const profile = profileFixed ?? (profileColumn === null ? null : profileReader.read(record, profileColumn));
    if (profile) profiles[profile] = (profiles[profile] ?? 0) + 1;
    const rowQuestion = questionReader.read(record);
    const weight = weightReader.read(record);

    for (const cell of cells) {
      if (!cell.read(record)) continue;
      const { text, column } = cell;
      items.push({
        id: ids.item(row, column, text),
        sessionId: session.id,
        text,
        declaredTag: cell.spec.tag,
        explicitThemes: NO_THEMES,
        weight,
        region: place.region,
        department: place.department,
        profile,
        format: 'enquete',
        question: rowQuestion ?? cell.spec.question,
        source: { file: session.file, line: cellLine(record, column), column: column + 1, row, field: header[column] ?? '' },
        ...(mapping.weight !== null && { voted: true as const }),
      });
    }
  }

  return {
    items,
    profiles,
    departments: [...departments].sort(),
    diagnostics: [
      ...locator.diagnostics(session.file),
      ...profileReader.diagnostics(session.file),
      ...questionReader.diagnostics(session.file),
      ...weightReader.diagnostics(session.file),
    ],
  };
}

/**
 * Source (file, row, column) makes the id unique; the text's length and opening words make it change
 * when the answer is edited: `stableId('enquete', file, row, column, text.length, text.slice(0, 64))`,
 * with the shared opening (kind, file) hashed once per file.
 */
class ItemIds {
  private readonly prefix: IdHash;
  private readonly hash = new IdHash();

  constructor(file: string) {
    this.prefix = new IdHash().text('enquete').separator().text(file).separator();
  }

  item(row: number, column: number, text: string): string {
    const hash = this.hash.restart(this.prefix);
    hash.number(row).separator().number(column).separator().number(text.length).separator().text(text, 64);
    return hash.digest();
  }
}

/**
 * The text of a mapped cell (with its prefix column) and the column it is sourced to, read into the
 * same object row after row.
 */
class TextCell {
  readonly spec: TextColumn;
  text = '';
  column = 0;

  constructor(spec: TextColumn) {
    this.spec = spec;
  }

  /** False when the cell (and its prefix) is empty: no item. */
  read(record: CsvRecord): boolean {
    const { column, prefix: prefixColumn } = this.spec;
    const body = this.clean(record, column);
    const prefix = prefixColumn === null ? '' : this.clean(record, prefixColumn);
    if (prefix === '') {
      this.text = body;
      this.column = column;
    } else if (body === '') {
      this.text = prefix;
      this.column = prefixColumn ?? column;
    } else {
      this.text = prefix + (/[.!?:…]$/.test(prefix) ? ' ' : '. ') + body;
      this.column = column;
    }
    return this.text !== '';
  }

  private clean(record: CsvRecord, index: number): string {
    const raw = record.fields[index] ?? '';
    return withoutPrivateUse(this.spec.html ? htmlToText(raw) : raw).trim();
  }
}
