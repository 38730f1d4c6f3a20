/**
 * Region and department names as the site prints them: with the typographic apostrophe
 * (« Provence-Alpes-Côte d’Azur », « Côtes-d’Armor »). The referentiel keeps the straight one, which
 * the site's pages turn into ’ when rendered (`frenchTypography`); a spreadsheet shows its cells as
 * they are, so the exports turn it here — and only here, the referentiel being the site's and the
 * pipeline's, whose place matching folds either apostrophe.
 */
import { departmentByCode } from '../pipeline/referentiels/places.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';

/** A place name as the site's pages print it (the search's facets do the same). */
export function placeName(name: string): string {
  return frenchTypography(name);
}

/** A region's name by its INSEE code; the code when unknown, empty without one. */
export function regionNamer(synthesis: Pick<Synthesis, 'regions'>): (code: string | null) => string {
  const names = new Map(synthesis.regions.map((region) => [region.code, placeName(region.name)]));
  return (code) => (code ? (names.get(code) ?? code) : '');
}

/** « Ain (01) »: the name first keeps the code's leading zero where a spreadsheet would read a number; the code alone when unknown. */
export function departmentLabel(code: string): string {
  const known = departmentByCode(code);
  return known ? `${placeName(known.name)} (${code})` : code;
}
