/** French number formatting for everything a reader sees. */

// One French count for the site, check's report and the entry form.
export { formatInteger, noun, plural } from '../pipeline/text/plural.ts';

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

export function formatDecimal(value: number): string {
  return decimal.format(value);
}

/** `0.8` → `0,80` with `digits` decimals: the values of one table column line up and read alike. */
export function formatFixed(value: number, digits: number): string {
  return new Intl.NumberFormat('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** `0.42` → `42 %`. */
export function formatPercent(share: number): string {
  return percent.format(share);
}

/** « a », « a et b », « a, b et c »: counted parts of a sentence, the empty ones left out by the caller. */
export function joinFrench(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1] ?? ''}`;
}

const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * `2026-09-12` → `12 septembre 2026`, `2026-10-01` → `1er octobre 2026` (French writes the first of
 * the month as an ordinal, which Intl does not); read as a calendar date, never shifted by time zone.
 */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return longDate
    .formatToParts(new Date(Date.UTC(y, m - 1, d)))
    .map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}
