/**
 * Resolution of what people type for a region or a department: INSEE codes ("75", "2a", "1" for
 * "01"), names with any case, accents, hyphens or "St" for "Saint", and "17 - Charente-Maritime".
 */
import type { Department, Region } from '../model.ts';
import { closest, type Candidate } from '../text/closest.ts';
import { foldText } from '../text/fold.ts';
import { DEPARTMENT_ALIASES, DEPARTMENTS } from './departments.ts';
import { REGION_ALIASES, REGIONS } from './regions.ts';

/** Folded key of a place name: no case, accents, spaces, hyphens or apostrophes; St → Saint. */
export function placeKey(text: string, dropLeading: readonly string[] = []): string {
  const words = foldText(text)
    .split(' ')
    .filter(Boolean)
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word));
  let dropped = false;
  while (words.length > 1 && dropLeading.includes(words[0] ?? '')) {
    words.shift();
    dropped = true;
  }
  // "Département de l'Oise": once the leading word is gone, the elided article goes too.
  if (dropped && words[0]) words[0] = words[0].replace(/^[ld]'/, '');
  return words.join('').replace(/'/g, '');
}

const REGION_WORDS = ['region', 'reg'];
const DEPARTMENT_WORDS = ['departement', 'dept', 'dep', 'dpt', 'du', 'de', 'des', 'la', 'le'];

/** "17 - Charente-Maritime", "Charente-Maritime (17)": the code and the name, when written together. */
function splitCodeAndName(text: string): { code: string; name: string } | null {
  const before = /^\s*(\d{1,3}|2[ab])\s*[-–—:.]\s*(.+)$/i.exec(text);
  if (before?.[1] && before[2]) return { code: before[1], name: before[2] };
  const after = /^(.+?)\s*\(\s*(\d{1,3}|2[ab])\s*\)\s*$/i.exec(text);
  if (after?.[1] && after[2]) return { code: after[2], name: after[1] };
  return null;
}

function nameIndex<T extends { code: string; name: string }>(
  entries: readonly T[],
  aliases: Readonly<Record<string, readonly string[]>>,
): { byKey: Map<string, T>; candidates: Candidate<T>[] } {
  const byKey = new Map<string, T>();
  const candidates: Candidate<T>[] = [];
  for (const entry of entries) {
    for (const text of [entry.name, ...(aliases[entry.code] ?? [])]) {
      byKey.set(placeKey(text), entry);
      candidates.push({ text, value: entry });
    }
  }
  return { byKey, candidates };
}

const regionsByCode = new Map(REGIONS.map((r) => [r.code, r]));
const regionNames = nameIndex(REGIONS, REGION_ALIASES);
const departmentsByCode = new Map(DEPARTMENTS.map((d) => [d.code, d]));
const departmentNames = nameIndex(DEPARTMENTS, DEPARTMENT_ALIASES);

/** Region from its INSEE code ("11", "4" for "04") or name; null when unknown. */
export function resolveRegion(input: string | number): Region | null {
  const text = String(input).trim();
  if (!text) return null;
  if (/^\d{1,2}$/.test(text)) return regionsByCode.get(text.padStart(2, '0')) ?? null;
  const byName = regionNames.byKey.get(placeKey(text, REGION_WORDS));
  if (byName) return byName;
  const split = splitCodeAndName(text);
  return split ? (resolveRegion(split.name) ?? resolveRegion(split.code)) : null;
}

/** Department from its INSEE code ("1" → "01", "2a" → "2A", "974") or name; null when unknown. */
export function resolveDepartment(input: string | number): Department | null {
  const text = String(input).trim();
  if (!text) return null;
  if (/^(\d{1,3}|2[ab])$/i.test(text)) {
    const code = text.length === 1 ? `0${text}` : text.toUpperCase();
    return departmentsByCode.get(code) ?? null;
  }
  const byName = departmentNames.byKey.get(placeKey(text, DEPARTMENT_WORDS));
  if (byName) return byName;
  const split = splitCodeAndName(text);
  return split ? (resolveDepartment(split.name) ?? resolveDepartment(split.code)) : null;
}

export function departmentByCode(code: string): Department | null {
  return departmentsByCode.get(code) ?? null;
}

export function regionByCode(code: string): Region | null {
  return regionsByCode.get(code) ?? null;
}

/** The region someone probably meant, for a hint; a department code or name points to its region. */
export function suggestRegion(input: string | number): Region | null {
  const department = resolveDepartment(input);
  if (department) return regionsByCode.get(department.region) ?? null;
  return closest(String(input), regionNames.candidates);
}

/** The department someone probably meant, for a hint. */
export function suggestDepartment(input: string | number): Department | null {
  return closest(String(input), departmentNames.candidates);
}
