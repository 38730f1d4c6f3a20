/**
 * What `build` says about the warnings before it publishes: the site no longer lists them for readers
 * (the methodology page is theirs), so the bureau hears here what changes a published page — an
 * accessibility statement without a usable contact — in full, and how many other warnings `check`
 * details.
 */
import type { Diagnostic } from '../pipeline/model.ts';
import { plural } from '../pipeline/text/plural.ts';
import { toVFiles } from './check-report.ts';
import { frenchReport, type ReportStyle } from './french-reporter.ts';

/** Warnings that change what a published page says (the accessibility statement gives no contact). */
const PUBLISHED_PAGE_CODES: ReadonlySet<string> = new Set(['contact-accessibilite-absent', 'contact-accessibilite-exemple']);

export interface PublicationWarnings {
  /** Printed in full, with their line and hint. */
  loud: Diagnostic[];
  /** Said as a count, with the command that details them. */
  others: number;
}

export function publicationWarnings(diagnostics: readonly Diagnostic[]): PublicationWarnings {
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const loud = warnings.filter((d) => PUBLISHED_PAGE_CODES.has(d.code));
  return { loud, others: warnings.length - loud.length };
}

/** The line above the loud warnings' report. */
export const LOUD_HEADLINE =
  'Attention : la déclaration d’accessibilité publiée n’indiquera aucune adresse où signaler un défaut d’accessibilité tant que ceci n’est pas corrigé.';

/**
 * « 7 autres avertissements dans la consultation : « livre-blanc check » les détaille… » (« autres »
 * after the loud ones), or null when there are none.
 */
export function otherWarningsLine(count: number, root: string | undefined, afterLoud: boolean): string | null {
  if (count === 0) return null;
  const command = `livre-blanc check${root ? ` --root ${root}` : ''}`;
  const noun = afterLoud ? plural(count, 'autre avertissement', 'autres avertissements') : plural(count, 'avertissement');
  const details = count > 1 ? 'les détaille, avec leur fichier, leur ligne et un conseil (le site ne les publie pas)' : 'le détaille, avec son fichier, sa ligne et un conseil (le site ne le publie pas)';
  return `${noun} dans la consultation : « ${command} » ${details}.`;
}

/** What `build` prints before building: the loud warnings under their headline, then the others' count; null when nothing. */
export function publicationWarningsReport(diagnostics: readonly Diagnostic[], root: string | undefined, style: ReportStyle): string | null {
  const { loud, others } = publicationWarnings(diagnostics);
  const lines: string[] = [];
  if (loud.length > 0) lines.push(LOUD_HEADLINE, frenchReport(toVFiles(loud), style));
  const rest = otherWarningsLine(others, root, loud.length > 0);
  if (rest) lines.push(rest);
  return lines.length ? lines.join('\n') : null;
}
