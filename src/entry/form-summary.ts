/**
 * The « Vérification » summary of /saisie in words: its status line counts the very list it heads
 * (the form's problems), so that the count and the list always agree. Browser-safe, no DOM.
 */
import type { FormProblem } from './form-problems.ts';
import { frenchTypography } from './form-wording.ts';
import { plural } from '../pipeline/text/plural.ts';

export interface ProblemCounts {
  blocking: number;
  warnings: number;
}

export function countProblems(problems: readonly FormProblem[]): ProblemCounts {
  const blocking = problems.filter((problem) => problem.severity === 'blocking').length;
  return { blocking, warnings: problems.length - blocking };
}

/** The status line above the list of problems. */
export function summaryStatus({ blocking, warnings }: ProblemCounts): string {
  const warned = plural(warnings, 'avertissement', 'avertissements');
  if (blocking)
    return frenchTypography(
      `${plural(blocking, 'erreur bloquante', 'erreurs bloquantes')}${warnings ? ` et ${warned}` : ''} : ` +
        'le tir à blanc refuserait cette note. Chaque ligne ci-dessous mène au champ à corriger.',
    );
  if (warnings)
    return frenchTypography(
      `Aucune erreur bloquante : le tir à blanc accepte cette note. ${warned} ci-dessous ` +
        `${warnings > 1 ? 'signalent' : 'signale'} ce qui est recommandé ou à vérifier.`,
    );
  return 'Aucune erreur bloquante ni avertissement\u00a0: le tir à blanc accepte cette note.';
}
