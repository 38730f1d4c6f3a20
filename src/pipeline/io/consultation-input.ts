import type { SheetRows } from './sheet-rows.ts';

/** The raw files of a consultation, as read from disk (or built in memory by tests). */
export interface TextFile {
  /** Path relative to the consultation root, `/` separators. */
  file: string;
  content: string;
  /** A note read as Windows-1252, not UTF-8 (notes/note-encoding.ts), which the note says. */
  encoding?: 'windows-1252';
}

export interface SurveyFile {
  file: string;
  bytes: Uint8Array;
  /** The optional `<name>.yml` sidecar beside the CSV. */
  sidecar: TextFile | null;
  /**
   * An Excel workbook's (.xlsx) rows, read by io/xlsx-survey.ts, which the ingest reads in place of
   * the bytes (those of the workbook: the synthesis cache's key hashes them, as a CSV's).
   */
  sheet?: SheetRows;
}

export interface ConsultationInput {
  /** Workshop notes (`.md` below `content/ateliers/`), sorted by path. */
  notes: TextFile[];
  /** `data/enquetes/*.csv` (and `.tsv`, `.txt`, `.xlsx`), sorted by path. */
  surveys: SurveyFile[];
  /** `data/themes.yml`. */
  themes: TextFile | null;
  /** `data/pseudonymes.yml`, optional. */
  pseudonyms: TextFile | null;
  /** `content/consultation.yml`, optional: title of the consultation. */
  settings: TextFile | null;
  /** Notes and surveys too big to be read (left out of `notes`/`surveys`): each is a blocking diagnostic. */
  oversize?: OversizeFile[];
  /** Files in the notes' or surveys' folders that are neither (a survey saved as .ods, a note as .docx…): each is a diagnostic (ingest/ignored.ts). */
  ignored?: string[];
}

/** A file refused before reading because of its size. */
export interface OversizeFile {
  file: string;
  kind: 'note' | 'survey';
  bytes: number;
  /** The limit it exceeds, in bytes. */
  limit: number;
}
