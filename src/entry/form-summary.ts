/**
 * The « Vérification » summary of /saisie in words: its status line counts the very list it heads
 * (the form's problems), so that the count and the list always agree. Browser-safe, no DOM.
 */
import type { FormProblem } from './form-problems.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';
import { plural } from '../pipeline/text/plural.ts';
import { countBySeverity, type SeverityCounts } from '../pipeline/diagnostics.ts';

/** Infos apart from warnings: how a text was read is no problem of the note. */
export type ProblemCounts = SeverityCounts;

export function countProblems(problems: readonly FormProblem[]): ProblemCounts {
  return countBySeverity(problems);
}

/** The status line above the list of problems. */
export function summaryStatus({ blocking, warnings, infos }: ProblemCounts): string {
  const warned = plural(warnings, 'avertissement', 'avertissements');
  const informed = plural(infos, 'information', 'informations');
  const toCheck = `${informed} ${infos > 1 ? 'disent' : 'dit'} comment le texte sera lu, à vérifier.`;
  if (blocking) {
    const counted = [plural(blocking, 'erreur bloquante', 'erreurs bloquantes'), ...(warnings ? [warned] : []), ...(infos ? [informed] : [])];
    const last = counted.pop() ?? '';
    return frenchTypography(
      `${counted.length ? `${counted.join(', ')} et ${last}` : last} : ` +
        'le tir à blanc refuserait cette note. Chaque ligne ci-dessous mène au champ à corriger.',
    );
  }
  if (warnings)
    return frenchTypography(
      `Aucune erreur bloquante : le tir à blanc accepte cette note. ${warned} ci-dessous ` +
        `${warnings > 1 ? 'signalent' : 'signale'} ce qui est recommandé ou à vérifier.${infos ? ` ${toCheck}` : ''}`,
    );
  if (infos) return frenchTypography(`Aucune erreur bloquante ni avertissement : le tir à blanc accepte cette note. ${toCheck}`);
  return 'Aucune erreur bloquante ni avertissement\u00a0: le tir à blanc accepte cette note.';
}
