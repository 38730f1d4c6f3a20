/**
 * Postal code → department through the `codes-postaux` package (La Poste codes mapped to INSEE
 * commune codes; the department is the start of the commune code). A postal code is not a
 * department code: 20000 is Ajaccio (2A), 97400 Saint-Denis de La Réunion (974).
 */
import codesPostaux from 'codes-postaux';
import type { Department } from '../model.ts';
import { departmentByCode } from './places.ts';

/** Saint-Barthélemy and Saint-Martin use Guadeloupe's prefix but are overseas collectivities, not departments. */
const COLLECTIVITIES = new Set(['97133', '97150']);

function departmentOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

/** Department code a postal code's prefix suggests, for codes the package does not list (CEDEX…). */
function departmentOfPrefix(postalCode: string): string {
  if (postalCode.startsWith('97')) return postalCode.slice(0, 3);
  if (postalCode.startsWith('20')) return Number(postalCode.slice(0, 3)) < 202 ? '2A' : '2B';
  return postalCode.slice(0, 2);
}

/**
 * Department of a French postal code, or null. Accepts numbers and spaces ("75 011", 1000 as
 * Excel writes 01000). When a postal code spans several departments (32 do), the department of
 * most of its communes wins, then the one its prefix names.
 */
export function departmentOfPostalCode(input: string | number): Department | null {
  let code = String(input).replace(/\s+/g, '');
  if (/^\d{4}$/.test(code)) code = `0${code}`;
  if (!/^\d{5}$/.test(code) || COLLECTIVITIES.has(code)) return null;
  const prefix = departmentOfPrefix(code);
  const votes = new Map<string, number>();
  for (const entry of codesPostaux.find(code)) {
    const department = departmentOfCommune(entry.codeCommune);
    votes.set(department, (votes.get(department) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [department, count] of [...votes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (count > bestVotes || (count === bestVotes && department === prefix)) {
      best = department;
      bestVotes = count;
    }
  }
  return departmentByCode(best ?? prefix);
}
