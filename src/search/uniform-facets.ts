/**
 * The facets that filter nothing: every item has the same value (« Région : Hauts-de-France (1 346) »
 * on a consultation of one region, « Format : Enquête » without workshops). Ticking it would keep
 * them all, so the filters do not offer it (facet-panel.ts). Judged on every item, not on a selection:
 * a facet does not come and go as the reader filters. The explorer's page names the others in its lead.
 */
import { countBy, type CountableItem } from '../pipeline/analysis/count-by.ts';
import { FACET_DIMENSIONS, type FacetDimension } from './format.ts';

const known = new WeakMap<readonly CountableItem[], ReadonlySet<FacetDimension>>();

/** Dimensions where each value some item has, every item has (a theme set shared by all items included). Memoised per list. */
export function uniformDimensions(items: readonly CountableItem[]): ReadonlySet<FacetDimension> {
  const cached = known.get(items);
  if (cached) return cached;
  const uniform = new Set<FacetDimension>();
  if (items.length > 0) {
    for (const dimension of FACET_DIMENSIONS) {
      if (countBy(items, [dimension]).every((row) => row.items === items.length)) uniform.add(dimension);
    }
  }
  known.set(items, uniform);
  return uniform;
}
