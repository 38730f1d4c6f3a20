/**
 * Facet selections shared by the search page and the verbatim explorer: read from and written to
 * the URL (so a filtered view can be shared), and counted with the shared `filterItems`/`countBy`,
 * so that a facet's number equals the charts' number for the same selection. Pure, browser-safe.
 */
import { countBy, filterItems, type ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { FacetItem } from './store.ts';
import { FACET_DIMENSIONS, type FacetDimension, type Manifest } from './format.ts';
import { slugify } from '../site/urls.ts';

/**
 * The longest query kept: the field's `maxlength`, what an address's `q` is cut to, and so what is
 * searched (a shared link runs the search its author saw).
 */
export const MAX_QUERY_LENGTH = 200;

/**
 * The address's parameters besides the facets': the search page's words (`?q=`), the explorer's page
 * (`?page=2`). Read by `readState`, and by the chapters' check of links (src/site/chapters-check/queries.ts).
 */
export const QUERY_PARAMETER = 'q';
export const PAGE_PARAMETER = 'page';

/** Ticked values per dimension (values within a dimension are ORed, dimensions ANDed). */
export type Selection = Partial<Record<FacetDimension, string[]>>;

export interface ViewState {
  query: string;
  selection: Selection;
  /** 1-based page. */
  page: number;
  /** Values of the address that name no facet value (« ?region=bretagn »): said, never silently dropped. */
  unknown?: UnknownValue[];
}

export interface UnknownValue {
  dimension: FacetDimension;
  value: string;
}

/**
 * How a reader writes a value by hand (« Bretagne », « bretagne », « ile-de-france », « Île-de-France »),
 * folded as the site's URLs are (/regions/ile-de-france/): the same function, so a slug copied from a
 * region page's address is understood.
 */
const slug = slugify;

/**
 * The facet value an address names: its code (« 53 », a theme's id), or its French label in any case
 * and with or without accents, or the label's slug (`/regions/<slug>/`: « bretagne »). Undefined when
 * none matches.
 */
export function resolveValue(manifest: Manifest, dimension: FacetDimension, written: string): string | undefined {
  const values = manifest.facets[dimension];
  if (values.some(([value]) => value === written)) return written;
  const wanted = slug(written);
  if (wanted === '') return undefined;
  return values.find(([value, label]) => slug(label) === wanted || slug(value) === wanted)?.[0];
}

/** « Région inconnue : bretagn » — the French name of what an address got wrong. */
export const UNKNOWN_LABELS: Record<FacetDimension, string> = {
  tag: 'Étiquette inconnue',
  theme: 'Thème inconnu',
  region: 'Région inconnue',
  profile: 'Profil inconnu',
  format: 'Format inconnu',
};

/** « Région inconnue : bretagn. Thème inconnu : x. » */
export function unknownLabel(unknown: readonly UnknownValue[]): string {
  return unknown.map(({ dimension, value }) => `${UNKNOWN_LABELS[dimension]} : ${value}.`).join(' ');
}

/**
 * « Région inconnue : atlantide. Ce filtre est ignoré. » — the search page's word for the values of an
 * address it could not apply: it searches without them and says so (the explorer lists nothing instead,
 * its list being the filters' own). Empty when there are none.
 */
export function ignoredLabel(unknown: readonly UnknownValue[]): string {
  if (unknown.length === 0) return '';
  return `${unknownLabel(unknown)} ${unknown.length > 1 ? 'Ces filtres sont ignorés.' : 'Ce filtre est ignoré.'}`;
}

/**
 * Reads `?q=…&tag=…&theme=…&region=…&profile=…&format=…&page=…` (the site links to the explorer
 * with the same names, see `explorerUrl`). A value is a code or a label (`resolveValue`); one that
 * names nothing goes to `unknown`, for the page to say so rather than show everything.
 */
export function readState(search: string, manifest: Manifest): ViewState {
  const params = new URLSearchParams(search);
  const selection: Selection = {};
  const unknown: UnknownValue[] = [];
  for (const dimension of FACET_DIMENSIONS) {
    const values = new Set<string>();
    for (const written of new Set(params.getAll(dimension))) {
      const value = resolveValue(manifest, dimension, written);
      if (value === undefined) unknown.push({ dimension, value: written.slice(0, 100) });
      else values.add(value);
    }
    if (values.size > 0) selection[dimension] = [...values];
  }
  const page = Number.parseInt(params.get(PAGE_PARAMETER) ?? '1', 10);
  return {
    query: (params.get(QUERY_PARAMETER) ?? '').slice(0, MAX_QUERY_LENGTH),
    selection,
    page: Number.isFinite(page) && page > 1 ? page : 1,
    ...(unknown.length > 0 ? { unknown } : {}),
  };
}

/** The URL query of a state, in a fixed order (`''` when there is nothing to say). */
export function writeState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set(QUERY_PARAMETER, state.query.trim());
  for (const dimension of FACET_DIMENSIONS) for (const value of state.selection[dimension] ?? []) params.append(dimension, value);
  if (state.page > 1) params.set(PAGE_PARAMETER, String(state.page));
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
