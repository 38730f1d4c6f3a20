/**
 * In a survey read from its headers, every column that nothing reads and that holds answers is
 * reported, however short its answers: a column « Ce qui vous agace » (now a heading the vocabulary knows) of three-word answers was once
 * left out without a word. It is not read in its place: a header alone cannot tell a question from
 * « Votre structure », and only a column someone names is published. Columns of free answers get a
 * warning each; columns of a few repeated choices (structure, age bracket) share one line; columns of
 * a few longer labels, each repeated (an export's category or theme: « Organisation de l’Etat et des
 * collectivités publiques » 30 times), are the export's metadata: an information, and not counted as
 * answers set aside; metadata and personal data stay quiet (quiet-columns.ts).
 */
import type { Diagnostic } from '../../model.ts';
import type { CsvRecord, Table } from './csv.ts';
import type { Mapping } from './mapping-types.ts';
import { isQuietColumn } from './quiet-columns.ts';
import { unreadChoices, unreadFreeText, unreadLabels, type UnreadColumn } from './unmapped-messages.ts';

/** At most this many distinct short values, each used twice on average: a closed question, not free text. */
const MAX_CHOICES = 20;
const MAX_CHOICE_LENGTH = 40;
/** A column whose every value is this short holds codes (« A », « B2 », « oui »), never free answers, however few its rows. */
const MAX_CODE_LENGTH = 3;
/**
 * Longer values, one line each, each used three times on average: labels (a category, a theme, a
 * question's title repeated on its answers' rows), not a respondent's words.
 */
const MAX_LABEL_LENGTH = 80;
const MIN_LABEL_REPEATS = 3;

/**
 * `said`: columns already reported for what they hold (unread-places.ts). `free`: the columns of free
 * answers reported, whose answers the bilan counts as set aside (unread-answers.ts).
 */
export function unmappedColumns(
  table: Table,
  mapping: Mapping,
  file: string,
  said: ReadonlySet<number> = new Set(),
): { diagnostics: Diagnostic[]; free: number[] } {
  const used = usedColumns(mapping);
  const free: UnreadColumn[] = [];
  const choices: UnreadColumn[] = [];
  const labels: Array<{ unread: UnreadColumn; values: LabelCount[] }> = [];
  table.header.forEach((name, column) => {
    if (used.has(column) || said.has(column)) return;
    const { answers, values, length, longest, multiline } = countValues(table.records, column);
    if (answers === 0 || isQuietColumn(name, table.records, column)) return;
    const distinct = values.size;
    const unread = { header: name === '' ? null : name, column, answers };
    const few = distinct <= MAX_CHOICES && distinct * 2 <= answers;
    if (longest <= MAX_CODE_LENGTH || (few && length <= MAX_CHOICE_LENGTH * answers)) choices.push(unread);
    else if (few && !multiline && longest <= MAX_LABEL_LENGTH && distinct * MIN_LABEL_REPEATS <= answers) labels.push({ unread, values: [...values.values()] });
    else free.push(unread);
  });
  const diagnostics = free.map((unread) => unreadFreeText(unread, file, table.headerLine));
  if (choices.length > 0) diagnostics.push(unreadChoices(choices, file, table.headerLine));
  for (const { unread, values } of labels) diagnostics.push(unreadLabels(unread, mostUsed(values), file, table.headerLine));
  return { diagnostics, free: free.map((unread) => unread.column) };
}

/** Every column the mapping reads, whatever its role. */
export function usedColumns(mapping: Mapping): Set<number> {
  const used = new Set<number>(mapping.names);
  for (const text of mapping.texts) {
    used.add(text.column);
    if (text.prefix !== null) used.add(text.prefix);
  }
  for (const scale of mapping.scales) used.add(scale.column);
  for (const column of [mapping.region, mapping.department, mapping.postalCode, mapping.profile, mapping.question?.column, mapping.weight?.column, mapping.respondent]) {
    if (column !== null && column !== undefined) used.add(column);
  }
  return used;
}

/** A distinct value of a column (as first written) and how many cells hold it. */
export interface LabelCount {
  text: string;
  count: number;
}

/**
 * Non-empty cells, their distinct values with their counts (up to just past MAX_CHOICES: beyond, the
 * column is free text whatever the rest), total and longest length, and whether a value spans lines.
 */
function countValues(records: readonly CsvRecord[], column: number): { answers: number; values: Map<string, LabelCount>; length: number; longest: number; multiline: boolean } {
  const values = new Map<string, LabelCount>();
  let answers = 0;
  let length = 0;
  let longest = 0;
  let multiline = false;
  for (const record of records) {
    const cell = (record.fields[column] ?? '').trim();
    if (cell === '') continue;
    answers++;
    length += cell.length;
    longest = Math.max(longest, cell.length);
    if (!multiline && cell.includes('\n')) multiline = true;
    const key = cell.toLowerCase();
    const known = values.get(key);
    if (known) known.count++;
    else if (values.size <= MAX_CHOICES) values.set(key, { text: cell, count: 1 });
  }
  return { answers, values, length, longest, multiline };
}

/** The labels most used first (then in the order met). */
function mostUsed(values: readonly LabelCount[]): LabelCount[] {
  return [...values].sort((a, b) => b.count - a.count);
}
