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
}

export interface ConsultationInput {
  /** Workshop notes (`.md` below `content/ateliers/`), sorted by path. */
  notes: TextFile[];
  /** `data/enquetes/*.csv`, sorted by path. */
  surveys: SurveyFile[];
  /** `data/themes.yml`. */
  themes: TextFile | null;
  /** `data/pseudonymes.yml`, optional. */
  pseudonyms: TextFile | null;
  /** `content/consultation.yml`, optional: title of the consultation. */
  settings: TextFile | null;
  /** Notes and surveys too big to be read (left out of `notes`/`surveys`): each is a blocking diagnostic. */
  oversize?: OversizeFile[];
  /** Files in the notes' or surveys' folders that are neither (a survey saved as .xlsx…): each is a warning. */
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
