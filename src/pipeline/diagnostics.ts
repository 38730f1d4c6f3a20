/** Building, ordering and counting diagnostics. */
import type { Diagnostic, Severity } from './model.ts';

export interface DiagnosticInit {
  code: string;
  severity: Severity;
  message: string;
  hint?: string;
  file: string;
  line?: number;
  column?: number;
}

/** A diagnostic with line/column defaulting to 1 (the start of the file). */
export function diagnostic(init: DiagnosticInit): Diagnostic {
  const result: Diagnostic = {
    code: init.code,
    severity: init.severity,
    message: init.message,
    file: init.file,
    line: init.line ?? 1,
    column: init.column ?? 1,
  };
  if (init.hint !== undefined) result.hint = init.hint;
  return result;
}

/** Total order: file, line, column, code, message — so reports are stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.code, b.code) || cmp(a.message, b.message)
  );
}

export function hasBlocking(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'blocking');
}

/** How many of each severity: infos apart, so that a reading notice never swells the warnings. */
export interface SeverityCounts {
  blocking: number;
  warnings: number;
  infos: number;
}

export function countBySeverity(diagnostics: readonly { severity: Severity }[]): SeverityCounts {
  const counts: SeverityCounts = { blocking: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'blocking') counts.blocking++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
