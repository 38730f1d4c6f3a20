/**
 * The order a reader sees facet values in. The manifest keeps the canonical order (themes by id,
 * regions by INSEE code), which numbers the documents; a reader looks a theme or a region up by its
 * French name, as in the site's static lists: French collation, « Autres » and the missing value
 * last. Tags, profiles and formats keep their canonical order. Pure, browser-safe.
 */
import type { FacetDimension, FacetValue } from './format.ts';

/** Values sorted by their French label, in the dimensions read by name. */
const BY_LABEL: ReadonlySet<FacetDimension> = new Set(['theme', 'region']);
/** Values that close a list whatever their label: the catch-all theme and a missing value. */
const LAST_VALUES: ReadonlySet<string> = new Set(['autres', '']);

/** Each value with its position in the manifest (checkbox ids stay those of the manifest), in reading order. */
export function facetDisplayOrder(dimension: FacetDimension, values: readonly FacetValue[]): Array<{ value: FacetValue; position: number }> {
  const entries = values.map((value, position) => ({ value, position }));
  if (!BY_LABEL.has(dimension)) return entries;
  const last = (value: FacetValue) => Number(LAST_VALUES.has(value[0]));
  return entries.sort((a, b) => last(a.value) - last(b.value) || a.value[1].localeCompare(b.value[1], 'fr'));
}
