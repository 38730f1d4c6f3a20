/** Values of a note's front matter that people write in many ways: dates, formats, profiles. */
import type { SessionFormat } from '../../model.ts';
import { foldText } from '../../text/fold.ts';
import { PROFILES } from '../surveys/profiles.ts';

/** Years a workshop can plausibly be dated (guards against 2062 for 2026 and 0206). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * ISO date (YYYY-MM-DD) of `2026-09-12`, `2026-9-12`, `12/09/2026` or `12.09.2026`;
 * `{ error }` in French when the text is not a date or the day does not exist (2026-02-30).
 */
export function parseDate(text: string): { date: string } | { error: string } {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const french = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : null;
  if (!parts) return { error: `« ${text} » n’est pas une date au format AAAA-MM-JJ` };
  const [year, month, day] = parts.map(Number) as [number, number, number];
  if (year < FIRST_YEAR || year > LAST_YEAR) return { error: `l’année ${year} n’est pas plausible` };
  if (month < 1 || month > 12) return { error: `le mois ${month} n’existe pas` };
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return { error: `le ${day}/${String(month).padStart(2, '0')}/${year} n’existe pas (ce mois a ${days} jours)` };
  return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
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
