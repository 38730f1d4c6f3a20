/**
 * In a survey read from its headers, every column that nothing reads and that holds answers is
 * reported, however short its answers: a column « Ce qui vous agace » (now a heading the vocabulary knows) of three-word answers was once
 * left out without a word. It is not read in its place: a header alone cannot tell a question from
 * « Votre structure », and only a column someone names is published. Columns of free answers get a
 * warning each; columns of a few repeated choices (structure, age bracket) share one line; metadata
 * and personal data stay quiet (quiet-columns.ts).
 */
import type { Diagnostic } from '../../model.ts';
import type { CsvRecord, Table } from './csv.ts';
import type { Mapping } from './mapping-types.ts';
import { isQuietColumn } from './quiet-columns.ts';
import { unreadChoices, unreadFreeText, type UnreadColumn } from './unmapped-messages.ts';

/** At most this many distinct short values, each used twice on average: a closed question, not free text. */
const MAX_CHOICES = 20;
const MAX_CHOICE_LENGTH = 40;
/** A column whose every value is this short holds codes (« A », « B2 », « oui »), never free answers, however few its rows. */
const MAX_CODE_LENGTH = 3;

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
  table.header.forEach((name, column) => {
    if (used.has(column) || said.has(column)) return;
    const { answers, distinct, length, longest } = countValues(table.records, column);
    if (answers === 0 || isQuietColumn(name, table.records, column)) return;
    const closed = longest <= MAX_CODE_LENGTH || (distinct <= MAX_CHOICES && distinct * 2 <= answers && length <= MAX_CHOICE_LENGTH * answers);
    (closed ? choices : free).push({ header: name === '' ? null : name, column, answers });
  });
  const diagnostics = free.map((unread) => unreadFreeText(unread, file, table.headerLine));
  if (choices.length > 0) diagnostics.push(unreadChoices(choices, file, table.headerLine));
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

/** Non-empty cells, their distinct values (counted up to just past MAX_CHOICES), total and longest length. */
function countValues(records: readonly CsvRecord[], column: number): { answers: number; distinct: number; length: number; longest: number } {
  const values = new Set<string>();
  let answers = 0;
  let length = 0;
  let longest = 0;
  for (const record of records) {
    const cell = (record.fields[column] ?? '').trim();
    if (cell === '') continue;
    answers++;
    length += cell.length;
    longest = Math.max(longest, cell.length);
    if (values.size <= MAX_CHOICES) values.add(cell.toLowerCase());
  }
  return { answers, distinct: values.size, length, longest };
}
