/**
 * The values a chapter link's filter may take (`?theme=…`, `?region=…`), as the pages' filters know them,
 * and for one they do not know, what to write instead: the nearest value, the region of a department,
 * or the values to choose from.
 */
import { dimensionValues } from '../../pipeline/analysis/count-by.ts';
import { regionByCode, resolveDepartment, resolveRegion as resolvePlace } from '../../pipeline/referentiels/places.ts';
import { closest, type Candidate } from '../../pipeline/text/closest.ts';
import { FACET_DIMENSIONS, FORMAT_VERSION, type FacetDimension, type FacetValue, type Manifest } from '../../search/format.ts';
import { resolveValue } from '../../search/selection.ts';
import { siteSearchContext } from '../../search/site-index.ts';
import type { Site } from '../site.ts';
import { slugify } from '../urls.ts';

export type Facets = Record<FacetDimension, FacetValue[]>;

/** Whether a filter's value selects something, read as the pages read it (`resolveValue`). */
export function isKnownValue(facets: Facets, dimension: FacetDimension, value: string): boolean {
  return resolveValue(manifestOf(facets), dimension, value) !== undefined;
}

/** `resolveValue` reads a manifest's facets only: the rest of this one is empty. */
function manifestOf(facets: Facets): Manifest {
  return { version: FORMAT_VERSION, hash: '', docs: 0, docsPerChunk: 0, bounds: [], facets, repeats: [], endingBounds: [], wordBounds: [] };
}

/**
 * The values the pages' filters know, as the search index lists them (src/search/build/documents.ts):
 * the site's regions and themes, and every value an item has. Computed once per site, and only for a
 * chapter that has a query.
 */
const facetsOfSite = new WeakMap<Site, Facets>();
export function siteFacets(site: Site): Facets {
  let facets = facetsOfSite.get(site);
  if (facets) return facets;
  const { labels, knownValues = {} } = siteSearchContext(site);
  const seen = Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, new Set<string>(knownValues[d])])) as Record<FacetDimension, Set<string>>;
  for (const item of site.synthesis.items) {
    for (const dimension of FACET_DIMENSIONS) for (const value of dimensionValues(item, dimension)) seen[dimension].add(value);
  }
  facets = Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, [...seen[d]].map((value): FacetValue => [value, labels[d](value)])])) as Facets;
  facetsOfSite.set(site, facets);
  return facets;
}

/**
 * `region=29`, `region=Finistère`: a department whose region has no feedback in the consultation (else
 * `nearestValue` gives that region). The regions' values would be no help, nor a code a letter away
 * (« 2A » is no typo of « 32 »): say why the filter is empty.
 */
export function absentRegionOf(written: string, dimension: FacetDimension, values: readonly FacetValue[]): string | null {
  if (dimension !== 'region' || resolvePlace(written)) return null;
  const department = resolveDepartment(written);
  if (!department || values.some(([value]) => value === department.region)) return null;
  const named = /^\s*[\dAB]+\s*$/i.test(written) ? `le numéro du département ${department.name}` : `un département (${department.code})`;
  const region = regionByCode(department.region);
  return `« ${written} » est ${named}, et les filtres sont par région ; la région de ce département, ${region ? `${region.name} (${region.code})` : department.region}, n’a aucun retour dans cette consultation : retirez ce filtre.`;
}

/** The values a filter may take, by label, when they are few enough to read; else where to see them. */
export function possibleValues(values: readonly FacetValue[], page: string): string {
  const named = values.filter(([value]) => value !== '').sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  if (named.length === 0 || named.length > MAX_LISTED) return `Voyez les filtres de la page ${page} : le lien d’une valeur cochée est l’adresse à recopier.`;
  return `Valeurs possibles : ${named.map(([value, label]) => (label === value ? value : `${value} (${label})`)).join(', ')}.`;
}

/** Beyond this many values, a list is no help in a terminal. */
const MAX_LISTED = 20;

/**
 * The value nearest to a written one, by its code, its label or its label's slug (as `resolveValue`
 * reads them). A number is compared with the labels only: any two-digit region code is two edits
 * from any other, « 99 » is no typo of « 32 ».
 */
export function nearestValue(written: string, values: readonly FacetValue[], dimension: FacetDimension): FacetValue | null {
  // A region as the components read it (« PACA », « Réunion », « Région Sud »): the same resolver.
  if (dimension === 'region') {
    // A department's number or name (« 59 », « Nord ») for its region: the filters are by region.
    const code = resolvePlace(written)?.code ?? resolveDepartment(written)?.region;
    const known = values.find(([value]) => value === code);
    if (known) return known;
  }
  const byCode = !/^\d+$/.test(written.trim());
  const candidates: Candidate<FacetValue>[] = values
    .filter(([value]) => value !== '')
    .flatMap((entry) => [
      ...(byCode ? [{ text: entry[0], value: entry }] : []),
      { text: entry[1], value: entry },
      { text: slugify(entry[1]), value: entry },
    ]);
  return closest(written, candidates);
}
