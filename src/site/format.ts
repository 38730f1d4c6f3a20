/** French number formatting for everything a reader sees. */
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** `1234` → `1 234` (narrow no-break space, as French typography wants). */
export function formatInteger(value: number): string {
  return integer.format(value);
}

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

/** `n élément(s)` with the right plural (French: 0 and 1 are singular). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatInteger(count)} ${noun(count, singular, pluralForm)}`;
}

/** The noun alone, for a number printed apart (in a link, a key figure): « régions » or « région ». */
export function noun(count: number, singular: string, pluralForm = `${singular}s`): string {
  return Math.abs(count) < 2 ? singular : pluralForm;
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
