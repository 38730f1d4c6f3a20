/**
 * One survey CSV (+ optional sidecar) → one Session, its items, its scale distributions, and every
 * problem as a diagnostic. Never throws. Stages: sidecar → bytes to text → delimiter → records (or a
 * workbook's rows, read by io/xlsx-survey.ts, → records: sheet-table.ts) →
 * mapping → rows to items → checks on the text columns (long cells, language) → scales.
 */
import type { Diagnostic, RejectionReason, Session } from '../../model.ts';
import type { SurveyFile } from '../../io/consultation-input.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import { diagnostic } from '../../diagnostics.ts';
import { stableId } from '../../ids.ts';
import { emptyResult, type IngestResult } from '../result.ts';
import { readSidecar, type Sidecar } from './sidecar.ts';
import { decodeSurvey } from './encoding.ts';
import { prepareNewlines } from './line-index.ts';
import { chooseDelimiter } from './delimiter.ts';
import { readSeparatorLine } from './separator-line.ts';
import { longCellDiagnostics, readTable, type CsvRecord, type Table } from './csv.ts';
import { sheetTable } from './sheet-table.ts';
import { rowFingerprint, type RowFingerprint } from './row-fingerprint.ts';
import { resolveMapping } from './mapping.ts';
import type { Mapping } from './mapping-types.ts';
import { rowsToItems } from './rows.ts';
import { languageDiagnostics } from './language-check.ts';
import { summarizeScale } from './scales.ts';
import { unreadAnswers } from './unread-answers.ts';
import { reasonCounts } from '../../reconciliation.ts';
import { nameColumns, respondentNames } from './name-columns.ts';

/** A survey's result, with its rows' fingerprint for finding the same answers in another file (ingest/duplicates.ts). */
export interface SurveyIngest extends IngestResult {
  rows: RowFingerprint | null;
}

/** `fingerprint`: whether to hash the rows (ingest/duplicates.ts); not when no other survey could repeat them. */
export function parseSurvey(file: SurveyFile, referentiels: Referentiels, fingerprint = true): SurveyIngest {
  const result: SurveyIngest = { ...emptyResult(), rows: null };
  const path = file.file;
  // Read and set aside, each with its diagnostic: fields beyond the header, shifted rows, answers of unread columns.
  const finish = (): SurveyIngest => {
    const kept = result.items.length;
    const rejected = result.setAside.length;
    const counts = new Map<RejectionReason, number>();
    for (const entry of result.setAside) counts.set(entry.reason, (counts.get(entry.reason) ?? 0) + 1);
    const reasons = reasonCounts(counts);
    result.reconciliation.push({ file: path, read: kept + rejected, kept, rejected, reasons });
    return result;
  };

  let sidecar: Sidecar | null = null;
  if (file.sidecar) {
    const read = readSidecar(file.sidecar.file, file.sidecar.content);
    result.diagnostics.push(...read.diagnostics);
    // Without a valid sidecar the mapping is unknown: guessing would report a cascade of false problems.
    if (!read.sidecar) return finish();
    sidecar = read.sidecar;
  }

  // A workbook's sheet is read by the IO layer into rows; a CSV's bytes are decoded and parsed here.
  const read = file.sheet ? sheetTable(file.sheet, path) : csvTable(file.bytes, sidecar, path);
  result.diagnostics.push(...read.diagnostics);
  const { table } = read;
  if (table === null) return finish();
  result.diagnostics.push(...table.diagnostics);
  result.setAside = table.setAside;
  if (fingerprint) result.rows = rowFingerprint(table);
  if (table.records.length === 0) {
    result.diagnostics.push(
      diagnostic({
        code: 'enquete-sans-reponse',
        severity: 'warning',
        message: 'Le fichier d’enquête n’a qu’une ligne d’en-tête, sans aucune réponse.',
        hint: 'Vérifiez que l’export contient bien les réponses.',
        file: path,
        line: table.headerLine,
      }),
    );
  }

  const { mapping, diagnostics: mappingDiagnostics, unread } = resolveMapping(table, sidecar, referentiels, path);
  // Pushed one by one: a spread of 100,000+ entries overflows the call stack.
  for (const entry of unreadAnswers(table.records, table.header, unread, path)) result.setAside.push(entry);
  result.diagnostics.push(...mappingDiagnostics);
  const names = namesIn(table.records, mapping.names);
  const session = newSession(path, sidecar, mapping.regionFixed?.code ?? null, respondentsOf(table.records, mapping, names.length));
  const rows = rowsToItems(table.records, table.header, mapping, referentiels, session);
  session.profiles = rows.profiles;
  session.departments = rows.departments;
  result.sessions.push(session);
  // Assigned, not spread: a spread of 100,000+ items overflows the call stack.
  result.items = rows.items;
  result.participantNames = respondentNames(table.records, nameColumns(table.header, mapping));
  result.diagnostics.push(...rows.diagnostics);
  result.diagnostics.push(...longCellDiagnostics(table, mapping.texts.map((t) => t.column), path));
  result.diagnostics.push(...languageDiagnostics(table, mapping.texts, path));
  for (const scale of mapping.scales) {
    const summary = summarizeScale(table.records, scale, session.id, path);
    result.scales.push(summary.summary);
    result.diagnostics.push(...summary.diagnostics);
  }
  return finish();
}

/** Bytes → text → delimiter → header and records; null (with a blocking diagnostic) when there is nothing to read. */
function csvTable(bytes: Uint8Array, sidecar: Sidecar | null, path: string): { table: Table | null; diagnostics: Diagnostic[] } {
  const decoded = decodeSurvey(bytes, sidecar?.encoding ?? 'auto', path);
  const diagnostics = [...decoded.diagnostics];
  if (decoded.text === null) return { table: null, diagnostics };
  const prepared = prepareNewlines(decoded.text);
  const { newline } = prepared;
  const separatorLine = readSeparatorLine(prepared.text, path);
  const { text } = separatorLine;
  if (text.trim() === '') {
    diagnostics.push(
      diagnostic({
        code: 'fichier-vide',
        severity: 'blocking',
        message: 'Le fichier d’enquête est vide : ni en-tête, ni réponse.',
        hint: 'Réexportez l’enquête, ou retirez ce fichier du dossier data/enquetes/.',
        file: path,
      }),
    );
    return { table: null, diagnostics };
  }

  // A sidecar's separator wins over the file's `sep=` line; the line is skipped all the same.
  const setting = sidecar?.delimiter ?? 'auto';
  const delimiter = setting === 'auto' && separatorLine.delimiter !== null ? { delimiter: separatorLine.delimiter, diagnostics: [] } : chooseDelimiter(text, setting, path);
  diagnostics.push(...separatorLine.diagnostics, ...delimiter.diagnostics);
  return { table: readTable(text, delimiter.delimiter, path, newline), diagnostics };
}

/**
 * How many people answered, as far as the file says: the distinct ids of a respondent column (Decidim's
 * authors) when every row has one (unknown if one lacks it); else one per row in the usual export, but in a long
 * one (a question column: one row per answer, the Grand Débat's 143,719 rows are answers to 19
 * questions) the rows are answers, so the people are counted by their names when every row has one,
 * and are unknown otherwise (null: the site then shows no « Participants »).
 */
function respondentsOf(records: readonly CsvRecord[], mapping: Mapping, names: number): number | null {
  // A row per contribution, not per person (Decidim): its authors' ids or nothing, never its rows.
  if (mapping.respondent !== null) return distinctIds(records, mapping.respondent);
  const named = mapping.names.length > 0 && records.every((record) => mapping.names.some((column) => (record.fields[column] ?? '').trim() !== ''));
  if (named) return names;
  return mapping.question === null ? records.length : null;
}

/** How many distinct ids the respondent column holds (Decidim's `author/id`), or null when it has none or a row lacks one. */
function distinctIds(records: readonly CsvRecord[], column: number): number | null {
  if (records.length === 0) return null;
  const ids = new Set<string>();
  for (const record of records) {
    const id = (record.fields[column] ?? '').trim();
    if (id === '') return null;
    ids.add(id);
  }
  return ids.size;
}

/** The distinct names of the name columns (for the anonymise stage, as a note's declared ambassadors). */
function namesIn(records: readonly CsvRecord[], columns: readonly number[]): string[] {
  const names = new Set<string>();
  for (const column of columns) {
    for (const record of records) {
      const name = (record.fields[column] ?? '').trim();
      if (name) names.add(name);
    }
  }
  return [...names];
}

function newSession(file: string, sidecar: Sidecar | null, region: string | null, respondents: number | null): Session {
  const name = file.split('/').pop()?.replace(/\.[^.]+$/, '') ?? file;
  return {
    id: stableId('session', file),
    kind: 'survey',
    title: sidecar?.title ?? name,
    date: null,
    format: 'enquete',
    region,
    departments: [],
    structures: [],
    participants: respondents,
    profiles: {},
    file,
  };
}
