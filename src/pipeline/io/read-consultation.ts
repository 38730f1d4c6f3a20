/**
 * Reads a consultation from disk into a `ConsultationInput`. The only stage that touches the file
 * system, so that the pipeline itself stays pure and testable in memory.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ConsultationInput, OversizeFile, SurveyFile, TextFile } from './consultation-input.ts';
import { THEMES_FILE } from '../referentiels/themes.ts';
import { PSEUDONYMS_FILE } from '../anonymise/pseudonyms.ts';
import { SETTINGS_FILE } from '../settings.ts';
import { decodeNote } from '../ingest/notes/note-encoding.ts';
import { MAX_WORKBOOK_BYTES, readWorkbookRows, WORKBOOK_FILE } from './xlsx-survey.ts';

import { NOTES_DIR, SURVEYS_DIR } from './folders.ts';

export { NOTES_DIR, SURVEYS_DIR };
const NOTE_FILE = /\.(md|markdown)$/i;
/** A survey: a CSV, or an Excel workbook whose first sheet is read as one (xlsx-survey.ts). */
const SURVEY_FILE = /\.(csv|tsv|txt|xlsx)$/i;
/** Read beside the notes and surveys (a survey's sidecar, `data/enquetes/<name>.yml`, is matched by its folder). */
const SETTINGS_FILES = new Set([THEMES_FILE, PSEUDONYMS_FILE, SETTINGS_FILE]);

/**
 * Whether a file (relative to the root, `/` separators) is one `readConsultation` reads or reports
 * as ignored: its change changes the Synthesis (its items, or its diagnostics).
 */
export function isConsultationFile(file: string): boolean {
  if (SETTINGS_FILES.has(file)) return true;
  return (file.startsWith(`${NOTES_DIR}/`) || file.startsWith(`${SURVEYS_DIR}/`)) && !isSystemFile(file);
}

/**
 * Files nobody put there to be read: hidden files and folders (`.gitkeep`, `.DS_Store`), the lock file
 * Office leaves beside an open document (`~$enquete.xlsx`), editors' backups and autosaves
 * (`note.md~`, `#note.md#`), Windows' thumbnails and folder settings.
 */
function isSystemFile(file: string): boolean {
  // A read-me in Markdown (the LISEZ-MOI.md `livre-blanc init` writes) is for people: neither a note nor a survey.
  if (READ_ME.test(file)) return true;
  return file
    .split('/')
    .some((part) => part.startsWith('.') || part.startsWith('~$') || part.endsWith('~') || /^#.*#$/.test(part) || /^(thumbs\.db|desktop\.ini)$/i.test(part));
}

const READ_ME = /(^|\/)(lisez[-_ ]?moi|readme)\.(md|markdown)$/i;

/**
 * Largest survey read: 500 Mo. A CSV is decoded into one string, and V8 strings stop at about
 * 536 million characters (`buffer.constants.MAX_STRING_LENGTH`): beyond, reading would crash.
 * A million answers of a few hundred characters fit well below.
 */
export const MAX_SURVEY_BYTES = 500_000_000;
/** Largest note read: 20 Mo, four bytes per character at most for the parser's 5 million (MAX_NOTE_CHARACTERS). */
export const MAX_NOTE_BYTES = 20_000_000;

export interface ReadLimits {
  maxSurveyBytes: number;
  maxNoteBytes: number;
}

export async function readConsultation(root: string, limits: Partial<ReadLimits> = {}): Promise<ConsultationInput> {
  const maxNoteBytes = limits.maxNoteBytes ?? MAX_NOTE_BYTES;
  const maxSurveyBytes = limits.maxSurveyBytes ?? MAX_SURVEY_BYTES;
  const oversize: OversizeFile[] = [];
  // Sizes are checked before reading: a huge file is refused with a diagnostic, never read into memory.
  const fitting = (files: Listed[], kind: OversizeFile['kind'], limit: number): string[] =>
    files.flatMap(({ file, bytes }) => {
      const fileLimit = kind === 'survey' && WORKBOOK_FILE.test(file) ? Math.min(limit, MAX_WORKBOOK_BYTES) : limit;
      if (bytes <= fileLimit) return [file];
      oversize.push({ file, kind, bytes, limit: fileLimit });
      return [];
    });
  const noteFiles = (await listFiles(root, NOTES_DIR)).filter(({ file }) => !isSystemFile(file));
  const surveyFiles = (await listFiles(root, SURVEYS_DIR)).filter(({ file }) => !isSystemFile(file));
  const notePaths = fitting(noteFiles.filter(({ file }) => NOTE_FILE.test(file)), 'note', maxNoteBytes);
  const surveyPaths = fitting(surveyFiles.filter(({ file }) => SURVEY_FILE.test(file)), 'survey', maxSurveyBytes);
  const notes = await Promise.all(notePaths.map((file) => readNoteFile(root, file)));
  const surveys = await Promise.all(surveyPaths.map((file) => readSurvey(root, file)));
  const input: ConsultationInput = { notes, surveys, ...(await readSettingsFiles(root)) };
  if (oversize.length) input.oversize = oversize;
  // Nothing put in the consultation's folders is left out without a word (a survey saved as .xlsx, a note as .docx).
  const ignored = [
    ...noteFiles.filter(({ file }) => !NOTE_FILE.test(file)),
    ...surveyFiles.filter(({ file }) => !SURVEY_FILE.test(file) && !file.endsWith('.yml')),
  ].map(({ file }) => file);
  if (ignored.length) input.ignored = ignored;
  return input;
}

/** The consultation's themes, pseudonyms and settings, each null when absent. */
export async function readSettingsFiles(root: string): Promise<Pick<ConsultationInput, 'themes' | 'pseudonyms' | 'settings'>> {
  return {
    themes: await readOptional(root, THEMES_FILE),
    pseudonyms: await readOptional(root, PSEUDONYMS_FILE),
    settings: await readOptional(root, SETTINGS_FILE),
  };
}

interface Listed {
  file: string;
  bytes: number;
}

/** Files below `dir`, relative to `root` with `/` separators, with their size, sorted so that runs are reproducible. */
async function listFiles(root: string, dir: string): Promise<Listed[]> {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  const entries = await readdir(absolute, { recursive: true });
  const files: Listed[] = [];
  for (const entry of entries) {
    const info = await stat(path.join(absolute, entry));
    if (info.isFile()) files.push({ file: path.posix.join(dir, entry.split(path.sep).join('/')), bytes: info.size });
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

async function readText(root: string, file: string): Promise<TextFile> {
  return { file, content: await readFile(path.join(root, file), 'utf8') };
}

/** A note, in UTF-8 or, detected as the surveys are, in Windows-1252. */
async function readNoteFile(root: string, file: string): Promise<TextFile> {
  return { file, ...decodeNote(new Uint8Array(await readFile(path.join(root, file))), file) };
}

async function readOptional(root: string, file: string): Promise<TextFile | null> {
  return existsSync(path.join(root, file)) ? readText(root, file) : null;
}

/** A survey's bytes and sidecar; a workbook's first sheet with data, too, read here so that the pipeline never needs exceljs. */
async function readSurvey(root: string, file: string): Promise<SurveyFile> {
  const bytes = new Uint8Array(await readFile(path.join(root, file)));
  const sidecarPath = file.replace(/\.[^.]+$/, '.yml');
  const survey: SurveyFile = { file, bytes, sidecar: await readOptional(root, sidecarPath) };
  if (WORKBOOK_FILE.test(file)) survey.sheet = await readWorkbookRows(bytes);
  return survey;
}
