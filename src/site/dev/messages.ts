import type { Diagnostic } from '../../pipeline/model.ts';

/**
 * Under `astro dev`, the custom messages of Vite's hot channel between the dev watch and the pages:
 * shared by the server (watch-consultation.ts, follow-chapters.ts) and the pages' scripts.
 */

/** Sent to the pages when a new Synthesis is ready. */
export const SYNTHESIS_EVENT = 'livre-blanc:synthese';

/** Sent to the pages with the chapters' blocking problems as they are now (none: the overlay goes). */
export const CHAPTERS_EVENT = 'livre-blanc:chapitres';

/** Sent by a page as it loads: the server answers with CHAPTERS_EVENT (a broadcast may predate the page). */
export const CHAPTERS_REQUEST = 'livre-blanc:chapitres-etat';

/** One blocking problem of a chapter, as the check says it. */
export interface ChapterProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  hint?: string;
}

export interface ChaptersState {
  problems: ChapterProblem[];
}

/** The blocking problems, for the pages (warnings stay in the terminal). */
export function chapterProblems(diagnostics: readonly Diagnostic[]): ChapterProblem[] {
  return diagnostics
    .filter((d) => d.severity === 'blocking')
    .map(({ file, line, column, message, hint }) => ({ file, line, column, message, ...(hint ? { hint } : {}) }));
}
