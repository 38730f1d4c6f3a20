/**
 * Reference data: INSEE regions and departments, postal codes, and the theme taxonomy.
 * Resolution results are memoised because surveys ask about the same few values millions of times.
 */
import type { Department, Diagnostic, Region, Theme } from '../model.ts';
import type { TextFile } from '../io/consultation-input.ts';
import { closest } from '../text/closest.ts';
import { foldKey } from '../text/fold.ts';
import { DEPARTMENTS } from './departments.ts';
import { REGIONS } from './regions.ts';
import { resolveDepartment, resolveRegion, suggestDepartment, suggestRegion } from './places.ts';
import { departmentOfPostalCode } from './postal.ts';
import { loadThemes } from './themes.ts';

export interface Referentiels {
  /** The 18 regions, sorted by INSEE code. */
  regions: Region[];
  /** The 101 departments, sorted by INSEE code. */
  departments: Department[];
  /** The taxonomy plus `autres` (last). */
  themes: Theme[];
  /** Region from a name or INSEE code, case, accents and hyphens forgiven ("IDF", "paca", "4"). */
  resolveRegion(input: string | number): Region | null;
  /** Department from a name or INSEE code ("1" → 01, "2a" → 2A, "974"). */
  resolveDepartment(input: string | number): Department | null;
  /** Department of a French postal code (75011 → 75, 20000 → 2A, 97400 → 974). */
  departmentOfPostalCode(postalCode: string | number): Department | null;
  /** The region someone probably meant by an unknown value, for a hint (null if nothing is close). */
  suggestRegion(input: string | number): Region | null;
  /** The department someone probably meant, for a hint. */
  suggestDepartment(input: string | number): Department | null;
  /** Theme of a `#hashtag` (its id, label or an alias from `etiquettes`, folded), without the `#`. */
  themeOfHashtag(hashtag: string): Theme | null;
  /** The theme someone probably meant by an unknown hashtag, for a hint. */
  suggestTheme(hashtag: string): Theme | null;
}

export function createReferentiels(themesFile: TextFile | null): { referentiels: Referentiels; diagnostics: Diagnostic[] } {
  const { themes, hashtags, diagnostics } = loadThemes(themesFile);
  const themesById = new Map(themes.map((t) => [t.id, t]));
  const themeCandidates = [...hashtags].flatMap(([text, id]) => {
    const theme = themesById.get(id);
    return theme ? [{ text, value: theme }] : [];
  });
  const referentiels: Referentiels = {
    regions: [...REGIONS],
    departments: [...DEPARTMENTS],
    themes,
    resolveRegion: memoise(resolveRegion),
    resolveDepartment: memoise(resolveDepartment),
    departmentOfPostalCode: memoise(departmentOfPostalCode),
    suggestRegion,
    suggestDepartment,
    themeOfHashtag: (hashtag) => themesById.get(hashtags.get(foldKey(hashtag)) ?? '') ?? null,
    suggestTheme: (hashtag) => closest(hashtag, themeCandidates),
  };
  return { referentiels, diagnostics };
}

/** Caches a lookup; bounded so that a million distinct garbage values cannot exhaust memory. */
function memoise<T>(lookup: (input: string | number) => T): (input: string | number) => T {
  const cache = new Map<string | number, T>();
  return (input) => {
    const cached = cache.get(input);
    if (cached !== undefined || cache.has(input)) return cached as T;
    const value = lookup(input);
    if (cache.size >= 10_000) cache.clear();
    cache.set(input, value);
    return value;
  };
}
