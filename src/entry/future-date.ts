/**
 * The form's own rule on a workshop date still to come (« 12/09/2062 », or « 12/09/2027 » for 2026):
 * a note is written after its workshop, so such a date is almost always a mistyped year, which `check`
 * accepts and the white paper would print. A warning only: a note may be prepared ahead.
 * Browser-safe, no DOM.
 */
import type { Diagnostic } from '../pipeline/model.ts';
import { parseDate } from '../pipeline/ingest/notes/front-matter-values.ts';

/** Today in the writer's own calendar (AAAA-MM-JJ), not UTC's: at 0 h 30 in Paris, it is already tomorrow there. */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The warning for `typed` when it reads as a date after `today` (AAAA-MM-JJ), else null. */
export function futureDateDiagnostic(typed: string, today: string, file: string): Diagnostic | null {
  const parsed = parseDate(typed.trim());
  if (!('date' in parsed) || parsed.date <= today) return null;
  return {
    code: 'date-a-venir',
    severity: 'warning',
    message: `La date de l’atelier, ${parsed.date}, est à venir.`,
    file,
    line: 1,
    column: 1,
  };
}
