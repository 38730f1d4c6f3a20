/** The closed lists and simple checks shared by `new` and /saisie: regions, departments, dates, counts. */
import { adviseDate } from '../pipeline/ingest/notes/date-advice.ts';
import { parseDate } from '../pipeline/ingest/notes/front-matter-values.ts';
import { DEPARTMENTS } from '../pipeline/referentiels/departments.ts';
import { REGIONS } from '../pipeline/referentiels/regions.ts';

export interface Choice<T extends string> {
  name: string;
  value: T;
  checked?: boolean;
  /** Why it is offered, shown beside the selected choice (a search's département: region-search.ts). */
  description?: string;
}

const collator = new Intl.Collator('fr');

/** Regions in French alphabetical order, for the region question and the /saisie select. */
export const REGION_CHOICES: readonly Choice<string>[] = [...REGIONS]
  .sort((a, b) => collator.compare(a.name, b.name))
  .map((region) => ({ name: region.name, value: region.code }));

/** Departments of a region, by code (« 17 — Charente-Maritime »). */
export function departmentChoices(regionCode: string): Choice<string>[] {
  return DEPARTMENTS.filter((d) => d.region === regionCode).map((d) => ({ name: `${d.code} — ${d.name}`, value: d.code }));
}

/** The date question's check, with the parser's own rules. */
export function validateDate(value: string): true | string {
  const parsed = parseDate(value.trim());
  if ('date' in parsed) return true;
  // The same advice as the dry run's `date-invalide`, minus the note's « date: » (one types the value here).
  const advice = adviseDate(value);
  return `${advice.message} ${advice.hint.replace(/« date: ([^»]*?) »/g, '« $1 »')}`;
}

/** What a count must be, in `new`'s words and the /saisie form's. */
export const COUNT_ADVICE = 'Indiquez un nombre entier (par exemple 12).';

/** A whole number ≥ 0, or empty when the question allows it. */
export function validateCount(value: string, allowEmpty: boolean): true | string {
  if (!value.trim()) return allowEmpty ? true : 'Indiquez un nombre.';
  return /^\d{1,6}$/.test(value.trim()) ? true : COUNT_ADVICE;
}

