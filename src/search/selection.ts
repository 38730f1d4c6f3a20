/**
 * Facet selections shared by the search page and the verbatim explorer: read from and written to
 * the URL (so a filtered view can be shared), and counted with the shared `filterItems`/`countBy`,
 * so that a facet's number equals the charts' number for the same selection. Pure, browser-safe.
 */
import { countBy, filterItems, type ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { FacetItem } from './store.ts';
import { FACET_DIMENSIONS, type FacetDimension, type Manifest } from './format.ts';

/** Ticked values per dimension (values within a dimension are ORed, dimensions ANDed). */
export type Selection = Partial<Record<FacetDimension, string[]>>;

export interface ViewState {
  query: string;
  selection: Selection;
  /** 1-based page. */
  page: number;
}

/**
 * Reads `?q=…&tag=…&theme=…&region=…&profile=…&format=…&page=…` (the site links to the explorer
 * with the same names, see `explorerUrl`). Unknown values are ignored, never shown.
 */
export function readState(search: string, manifest: Manifest): ViewState {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  for (const dimension of FACET_DIMENSIONS) {
    const known = new Set(manifest.facets[dimension].map(([value]) => value));
    const values = [...new Set(params.getAll(dimension))].filter((value) => known.has(value));
    if (values.length > 0) selection[dimension] = values;
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return { query: (params.get('q') ?? '').slice(0, 200), selection, page: Number.isFinite(page) && page > 1 ? page : 1 };
}

/** The URL query of a state, in a fixed order (`''` when there is nothing to say). */
export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query.trim());
  for (const dimension of FACET_DIMENSIONS) for (const value of state.selection[dimension] ?? []) params.append(dimension, value);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function toFilter(selection: Selection, except?: FacetDimension): ItemFilter {
  const filter: ItemFilter = {};
  for (const dimension of FACET_DIMENSIONS) {
    const values = selection[dimension];
    if (dimension !== except && values && values.length > 0) filter[dimension] = values;
  }
  return filter;
}

export function applySelection<T extends FacetItem>(items: readonly T[], selection: Selection): T[] {
  return filterItems(items, toFilter(selection));
}

/**
 * Count of each value of each dimension among the items matching the other dimensions' selection
 * (ticking a value never hides its siblings): with `theme=X` ticked, the tag counts are those of
 * the theme page's chart.
 */
export function facetCounts(items: readonly FacetItem[], selection: Selection): Record<FacetDimension, Map<string, number>> {
  const counts = {} as Record<FacetDimension, Map<string, number>>;
  for (const dimension of FACET_DIMENSIONS) {
    const rows = countBy(filterItems(items, toFilter(selection, dimension)), [dimension]);
    counts[dimension] = new Map(rows.map((row) => [row.keys[0] ?? '', row.items]));
  }
  return counts;
}

export function isEmpty(selection: Selection): boolean {
  return FACET_DIMENSIONS.every((dimension) => (selection[dimension] ?? []).length === 0);
}

export function toggle(selection: Selection, dimension: FacetDimension, value: string, on: boolean): Selection {
  const current = new Set(selection[dimension] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const next: Selection = { ...selection };
  if (current.size > 0) next[dimension] = [...current];
  else delete next[dimension];
  return next;
}

/**
 * The ticked values by their French labels (« Ce qui fonctionne, Bretagne ou Occitanie »): dimensions
 * in the facets' order, values of one dimension joined by « ou » (they are ORed). Names what an empty
 * list was filtered on, so that « Aucun verbatim pour Occitanie » says the filter was applied.
 */
export function selectionLabel(selection: Selection, manifest: Manifest): string {
  return FACET_DIMENSIONS.flatMap((dimension) => {
    const values = selection[dimension] ?? [];
    if (values.length === 0) return [];
    const labels = new Map(manifest.facets[dimension]);
    return [values.map((value) => labels.get(value) ?? value).join(' ou ')];
  }).join(', ');
}
