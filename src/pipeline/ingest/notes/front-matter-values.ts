/** Values of a note's front matter that people write in many ways: dates, formats, profiles. */
import type { SessionFormat } from '../../model.ts';
import { foldText } from '../../text/fold.ts';
import { PROFILES } from '../surveys/profiles.ts';

/** Years a workshop can plausibly be dated (guards against 2062 for 2026 and 0206). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/** Months as written in French, folded; a month is also read from its first three letters or more (« oct. », « sept »). */
export const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
export const MONTH_NAMES = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 12 octobre 2026 », « lundi 1er oct. 2026 », once folded. */
const WRITTEN = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?(\d{1,2})(?:er)? ([a-z]+) (\d{4})$/;

/** A parsed date; `read` says how a form other than AAAA-MM-JJ or JJ/MM/AAAA was read (« le 12 octobre 2026 »). */
export type ParsedDate = { date: string; read?: string } | { error: string };

/**
 * Year, month and day as numbers, when the text has the shape of a date the parser reads (below),
 * whether they exist or not; `documented`: AAAA-MM-JJ or JJ/MM/AAAA, said without a notice.
 */
export function dateParts(text: string): { year: number; month: number; day: number; documented: boolean } | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const french = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  const dayFirst = /^(\d{1,2})([-/. ])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  const yearFirst = /^(\d{4})[/. ](\d{1,2})[/. ](\d{1,2})$/.exec(text);
  const written = WRITTEN.exec(foldText(text));
  const month = written ? monthNumber(written[2] ?? '') : null;
  const parts = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2], french[1]]
      : dayFirst
        ? [dayFirst[4]?.length === 2 ? `20${dayFirst[4]}` : dayFirst[4], dayFirst[3], dayFirst[1]]
        : yearFirst
          ? [yearFirst[1], yearFirst[2], yearFirst[3]]
          : written && month
            ? [written[3], String(month), written[1]]
            : null;
  if (!parts) return null;
  const [year, m, day] = parts.map(Number) as [number, number, number];
  return { year, month: m, day, documented: Boolean(iso || french) };
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * ISO date (YYYY-MM-DD) of `2026-09-12`, `2026-9-12`, `12/09/2026` or `12.09.2026`, and of forms an
 * ambassador writes that can be read one way only: the day first as in French (`12-10-2026`, `12/10/26`,
 * `12 octobre 2026`) or the year first (`2026/10/12`); those come with `read`, to be said. `{ error }` in
 * French when the text is not a date or the day does not exist (2026-02-30); date-advice.ts says more.
 */
export function parseDate(text: string): ParsedDate {
  const parts = dateParts(text);
  if (!parts) return { error: `« ${text} » n’est pas une date au format AAAA-MM-JJ` };
  const { year: y, month: m, day: d } = parts;
  if (y < FIRST_YEAR || y > LAST_YEAR) return { error: `l’année ${y} n’est pas plausible` };
  if (m < 1 || m > 12) return { error: `le mois ${m} n’existe pas` };
  const days = daysInMonth(y, m);
  if (d < 1 || d > days) return { error: `le ${d}/${String(m).padStart(2, '0')}/${y} n’existe pas (ce mois a ${days} jours)` };
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return parts.documented ? { date } : { date, read: `le ${d === 1 ? '1er' : d} ${MONTH_NAMES[m - 1]} ${y}` };
}

/** 1–12 for a French month's name or its first three letters or more, when they name one month only. */
export function monthNumber(word: string): number | null {
  const found = monthsStartingWith(word);
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The months (1–12) whose folded name starts with a word of three letters or more. */
export function monthsStartingWith(word: string): number[] {
  if (word.length < 3) return [];
  return MONTHS.flatMap((name, index) => (name.startsWith(word) ? [index + 1] : []));
}

const FORMATS: ReadonlyArray<[string, Exclude<SessionFormat, 'enquete'>]> = [
  ['presentiel', 'presentiel'],
  ['en presentiel', 'presentiel'],
  ['sur site', 'presentiel'],
  ['sur place', 'presentiel'],
  ['physique', 'presentiel'],
  ['distanciel', 'distanciel'],
  ['en distanciel', 'distanciel'],
  ['a distance', 'distanciel'],
  ['distance', 'distanciel'],
  ['visio', 'distanciel'],
  ['en visio', 'distanciel'],
  ['visioconference', 'distanciel'],
  ['en ligne', 'distanciel'],
  ['webinaire', 'distanciel'],
  ['hybride', 'hybride'],
  ['en hybride', 'hybride'],
  ['mixte', 'hybride'],
];
const formatsByKey = new Map(FORMATS);

/** Session format of `présentiel`, `Distanciel`, `visio`, `mixte`…; null when unknown. */
export function parseFormat(text: string): Exclude<SessionFormat, 'enquete'> | null {
  return formatsByKey.get(foldText(text).replace(/-/g, ' ')) ?? null;
}

const KNOWN_PROFILES: ReadonlySet<string> = new Set(PROFILES);

/**
 * A profile as an identifier: `Conseiller` → `conseiller`, `Chargé de projet` → `charge-de-projet`.
 * The plural of a known profile is that profile (`jeunes: 12`, `Conseillers`): as the form and the
 * surveys write it, not a second « Jeunes » beside it in every breakdown.
 */
export function profileId(text: string): string {
  const id = foldText(text).replace(/'/g, ' ').trim().replace(/\s+/g, '-');
  const singular = id.endsWith('s') ? id.slice(0, -1) : id;
  return singular !== id && KNOWN_PROFILES.has(singular) ? singular : id;
}
