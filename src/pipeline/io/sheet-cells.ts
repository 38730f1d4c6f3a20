/**
 * An Excel cell → the text a French user sees (and typed) in it, as « Enregistrer sous › CSV » would
 * write it: a date JJ/MM/AAAA, a decimal number with a comma, a formula's last computed result.
 */
import type { CellValue } from 'exceljs';

export function cellText(value: CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('').replace(/\r\n?/g, '\n');
  if ('hyperlink' in value) return cellText(value.text as CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : cellText(value.result, numFmt);
  // An error (#N/A, #DIV/0!…) is no answer: the CSV export would write its code, read as text.
  return '';
}

/**
 * `3.5` → « 3,5 »; a percentage as shown (« 25 % » is typed 25 %, stored 0.25); a number shown with
 * leading zeros (« 01000 », a postal code) keeps them. Rounded to 15 digits: a formula's 0.1 + 0.2
 * is shown 0,3, as Excel does.
 */
function numberText(value: number, numFmt: string | undefined): string {
  const format = numFmt ?? '';
  if (format.includes('%')) return `${decimal(value * 100)} %`;
  const zeros = /^0+$/.exec(format);
  const text = decimal(value);
  return zeros && Number.isInteger(value) && value >= 0 ? text.padStart(zeros[0].length, '0') : text;
}

function decimal(value: number): string {
  return String(Number(value.toPrecision(15))).replace('.', ',');
}

/**
 * exceljs gives a date cell as the UTC instant of its serial number: its UTC fields are what the
 * sheet shows. A time of day follows when there is one (« 01/10/2026 14:32 »); a cell holding only
 * a time (serial below 1, 30/12/1899 in Excel's calendar) is that time alone.
 */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  const seconds = date.getUTCSeconds();
  const time = hours || minutes || seconds ? `${two(hours)}:${two(minutes)}${seconds ? `:${two(seconds)}` : ''}` : '';
  if (date.getUTCFullYear() < 1900) return time || '00:00';
  const day = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  return time ? `${day} ${time}` : day;
}
