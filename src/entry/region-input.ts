/**
 * The /saisie region field as typed text: « PACA », « Sud », « 13 », « Bouches-du-Rhône », « bretag »
 * read as the region they name, with `new`'s search (region-search.ts). The former <select> jumped to
 * the first name starting with the letters typed: « PACA » chose Pays de la Loire, silently.
 * What was understood is said in one line shown under the field: the region retained, or why none
 * is (a typo, several regions, nothing). Browser-safe, no DOM.
 */
import { regionByCode, resolveDepartment, resolveRegion } from '../pipeline/referentiels/places.ts';
import { REGION_ALIASES } from '../pipeline/referentiels/regions.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';
import { REGION_CHOICES } from './choices.ts';
import { regionMatches } from './region-search.ts';

export interface TypedRegion {
  /** The region's code, or null when the text names none for sure. */
  code: string | null;
  /** What the field understood: « → Bretagne », or why no region is retained; empty for an empty field. */
  line: string;
}

/** A département's number (« 13 », « 2A », « 974 »): never a region's INSEE code, which nobody types. */
const DEPARTMENT_NUMBER = /^(?:\d{1,3}|2[ab])$/i;

export function readTypedRegion(typed: string): TypedRegion {
  const term = typed.trim();
  if (!term) return { code: null, line: '' };
  if (DEPARTMENT_NUMBER.test(term)) {
    const department = resolveDepartment(term);
    if (!department) return { code: null, line: said(`Aucun département ne porte le numéro « ${term} » : tapez le nom de la région, son sigle ou un de ses départements.`) };
    return retained(department.region, `région du département ${department.name} (${department.code})`);
  }
  const exact = resolveRegion(term);
  if (exact) return retained(exact.code);
  const { note, choices } = regionMatches(term);
  if (note && choices.length === 1) return { code: null, line: said(note) };
  if (note) return { code: null, line: said(`Aucune région ne correspond à « ${term} » : tapez son nom, son sigle (PACA, IDF…) ou un de ses départements.`) };
  const [only] = choices;
  if (only && choices.length === 1) return retained(only.value, only.description);
  const named = choices.map((choice) => (choice.description ? `${choice.name} (${choice.description})` : choice.name));
  return { code: null, line: said(`« ${term} » peut désigner ${named.slice(0, -1).join(', ')} ou ${named.at(-1) ?? ''} : précisez la région.`) };
}

function retained(code: string, why?: string): TypedRegion {
  const name = regionByCode(code)?.name ?? code;
  return { code, line: said(`→ ${name}${why ? ` (${why})` : ''}`) };
}

function said(text: string): string {
  return frenchTypography(text);
}

/** The region's name to show in the field for a stored draft's code (an older draft's text is kept as it was). */
export function regionFieldText(region: string): string {
  return REGION_CHOICES.find((choice) => choice.value === region)?.name ?? region;
}

/** What the field suggests as one types: every region's name, and its common other names (« PACA », « IDF »…). */
export const REGION_SUGGESTIONS: ReadonlyArray<{ value: string; label: string | null }> = REGION_CHOICES.flatMap((choice) => [
  { value: choice.name, label: null },
  ...(REGION_ALIASES[choice.value] ?? []).filter((alias) => !/^FR-/.test(alias)).map((alias) => ({ value: alias, label: choice.name })),
]);
