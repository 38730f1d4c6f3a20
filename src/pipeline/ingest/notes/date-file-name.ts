/**
 * The date a note's file name starts with (`2026-10-01-rennes.md`, as the template and `new` name
 * it) against the header's date. They are written apart, the file name often first: when they
 * differ, one of them is wrong, and the header's is published. Said at the header's date, with the
 * day and month swapped when that reading is the file name's (`10/01/2026` read the French way, the
 * 10th of January, where the file says the 1st of October).
 */
import { dateParts, daysInMonth, MONTH_NAMES } from './front-matter-values.ts';
import type { Report } from './front-matter.ts';

type ReportInit = Parameters<Report>[0];

/** The file name's date (AAAA-MM-JJ), when it starts with a real one. */
export function fileNameDate(file: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[-_. ]|$)/.exec(file.split('/').pop() ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** « le 1er octobre 2026 » of an ISO date. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `le ${day === 1 ? '1er' : day} ${MONTH_NAMES[month - 1]} ${year}`;
}

/**
 * The warning when the header's date (`written`, read as `date`) is not the file name's, or null.
 * Without the place: the caller puts it at the header's date.
 */
export function dateAgainstFileName(written: string, date: string, file: string): Omit<ReportInit, 'line' | 'column'> | null {
  const named = fileNameDate(file);
  if (named === null || named === date) return null;
  const base = file.split('/').pop() ?? file;
  const parts = dateParts(written);
  const swapped = parts && parts.day <= 12 ? `${parts.year}-${String(parts.day).padStart(2, '0')}-${String(parts.month).padStart(2, '0')}` : null;
  const dayFirst = parts !== null && !/^\d{4}/.test(written);
  const read = `La date de l’en-tête, « ${written} », est lue ${longDate(date)}${dayFirst ? ' (le jour d’abord)' : ''} ; le nom du fichier dit ${longDate(named)}`;
  const renamed = `${date}${base.slice(named.length)}`;
  if (swapped === named)
    return {
      code: 'date-nom-fichier',
      severity: 'warning',
      message: `${read} : le jour et le mois sont-ils inversés ?`,
      hint: `La date publiée est celle de l’en-tête. Si l’atelier a eu lieu ${longDate(named)}, écrivez « date: ${named} » ; sinon, renommez le fichier « ${renamed} ».`,
    };
  return {
    code: 'date-nom-fichier',
    severity: 'warning',
    message: `${read}.`,
    hint: `La date publiée est celle de l’en-tête. Corrigez celle qui est fausse : l’en-tête (« date: ${named} ») ou le nom du fichier (« ${renamed} »).`,
  };
}
