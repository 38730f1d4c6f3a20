/**
 * Under `astro dev`, what the terminal says of the chapters, as `check` and `build` say it: the French
 * report (a block per file, a line per problem at its line and column, its advice) when it changes —
 * not again at each Synthesis —, and a component's own problem once per check, not at each page shown.
 */
import { toVFiles } from '../../cli/check-report.ts';
import { frenchReport, streamStyle, type ReportStyle } from '../../cli/french-reporter.ts';
import type { Diagnostic } from '../../pipeline/model.ts';
import { countBySeverity } from '../../pipeline/diagnostics.ts';
import { plural } from '../../pipeline/text/plural.ts';
import type { WatchLogger } from './watch-consultation.ts';

/** The terminal's text for the chapters' diagnostics (at least one). */
export function chaptersNotice(diagnostics: readonly Diagnostic[], style: ReportStyle): string {
  const { blocking, warnings, infos } = countBySeverity(diagnostics);
  const counted = [warnings ? plural(warnings, 'avertissement') : '', infos ? plural(infos, 'information') : ''].filter(Boolean);
  const headline = blocking
    ? `Chapitres du livre blanc : ${plural(blocking, 'erreur bloquante', 'erreurs bloquantes')} (« livre-blanc build » refusera de publier ; les pages ouvertes les montrent aussi) :`
    : `Chapitres du livre blanc : ${counted.join(', ')} :`;
  return `${headline}\n${frenchReport(toVFiles(diagnostics), style)}`;
}

/** Said once the chapters have no problem left. */
export const CHAPTERS_FIXED = 'Chapitres du livre blanc : plus aucun problème.';

/** Before a component's own problem (a value the check could not read), shown in the page in its place. */
export const COMPONENT_PROBLEM =
  'Chapitres du livre blanc : un composant refuse une valeur calculée (« livre-blanc build » refusera de publier ; la page montre le message à sa place) :';

export interface ChaptersTerminal {
  /** The check's diagnostics, said when they change. */
  checked(diagnostics: readonly Diagnostic[]): void;
  /** A component's own problem, said once until the next check. */
  componentProblem(message: string): void;
}

export function chaptersTerminal(logger: WatchLogger): ChaptersTerminal {
  let said = '';
  const problems = new Set<string>();
  return {
    checked(diagnostics) {
      const notice = diagnostics.length ? chaptersNotice(diagnostics, streamStyle(process.stderr)) : '';
      if (notice !== said) {
        if (diagnostics.some((d) => d.severity === 'blocking')) logger.error(notice);
        else if (diagnostics.some((d) => d.severity === 'warning')) logger.warn(notice);
        else if (notice) logger.info(notice);
        else logger.info(CHAPTERS_FIXED);
      }
      said = notice;
      problems.clear();
    },
    componentProblem(message) {
      if (problems.has(message)) return;
      problems.add(message);
      logger.error(`${COMPONENT_PROBLEM}\n${message}`);
    },
  };
}
