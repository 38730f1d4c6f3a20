/**
 * Under `astro dev`, the chapters' check said as `check` and `build` say it: the terminal gets the
 * French report (a block per file, a line per problem at its line and column, its advice), the
 * pages get the blocking problems for their overlay.
 */
import { toVFiles } from '../../cli/check-report.ts';
import { frenchReport, type ReportStyle } from '../../cli/french-reporter.ts';
import type { Diagnostic } from '../../pipeline/model.ts';
import { plural } from '../../pipeline/text/plural.ts';
import type { ChapterProblem } from './messages.ts';

/** The terminal's text for the chapters' diagnostics (at least one). */
export function chaptersNotice(diagnostics: readonly Diagnostic[], style: ReportStyle): string {
  const blocking = diagnostics.filter((d) => d.severity === 'blocking').length;
  const headline = blocking
    ? `Chapitres du livre blanc : ${plural(blocking, 'erreur bloquante', 'erreurs bloquantes')} (« livre-blanc build » refusera de publier ; les pages ouvertes les montrent aussi) :`
    : `Chapitres du livre blanc : ${plural(diagnostics.length, 'avertissement')} :`;
  return `${headline}\n${frenchReport(toVFiles(diagnostics), style)}`;
}

/** Said once the chapters have no problem left. */
export const CHAPTERS_FIXED = 'Chapitres du livre blanc : plus aucun problème.';

/** The blocking problems, for the pages' overlay (warnings stay in the terminal). */
export function overlayProblems(diagnostics: readonly Diagnostic[]): ChapterProblem[] {
  return diagnostics
    .filter((d) => d.severity === 'blocking')
    .map(({ file, line, column, message, hint }) => ({ file, line, column, message, ...(hint ? { hint } : {}) }));
}
