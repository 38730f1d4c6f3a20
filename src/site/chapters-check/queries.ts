/**
 * The query strings of the chapters' links (`/verbatims/?theme=saisie-ergonomie`). Only the search
 * page and the verbatim explorer read theirs (src/search/client.ts, explorer.ts, through `readState`);
 * every other page opens as it is. A filter value the site does not know opens an empty list (the
 * explorer) or an unfiltered search (the search page), and a parameter no page reads does nothing:
 * each is said at the link's line, with the nearest valid value or parameter. Warnings: the page opens.
 */
import { dimensionValues } from '../../pipeline/analysis/count-by.ts';
import type { Diagnostic } from '../../pipeline/model.ts';
import { regionByCode, resolveDepartment, resolveRegion as resolvePlace } from '../../pipeline/referentiels/places.ts';
import { closest, type Candidate } from '../../pipeline/text/closest.ts';
import { FACET_DIMENSIONS, FORMAT_VERSION, type FacetDimension, type FacetValue, type Manifest } from '../../search/format.ts';
import { PAGE_PARAMETER, QUERY_PARAMETER, resolveValue } from '../../search/selection.ts';
import { siteSearchContext } from '../../search/site-index.ts';
import type { Site } from '../site.ts';
import { chapterUrl, regionUrl, slugify, themeUrl } from '../urls.ts';
import type { Reference } from './parse.ts';

export const UNKNOWN_FILTER = 'chapitre-lien-filtre-inconnu';
export const IGNORED_PARAMETER = 'chapitre-lien-parametre-ignore';

/**
 * The parameters each page reads: the facets (`readState`), and its own, named where `readState` reads
 * them (src/search/selection.ts): the words by the search, the page number by the explorer.
 */
export const READERS: Readonly<Record<string, { name: string; reads: readonly string[] }>> = {
  '/recherche/': { name: 'la recherche', reads: [...FACET_DIMENSIONS, QUERY_PARAMETER] },
  '/verbatims/': { name: 'l’explorateur de verbatims', reads: [...FACET_DIMENSIONS, PAGE_PARAMETER] },
};

/** « le thème », as the message names a filter. */
const DIMENSION_NAMES: Record<FacetDimension, string> = {
  tag: 'l’étiquette',
  theme: 'le thème',
  region: 'la région',
  profile: 'le profil',
  format: 'le format',
};

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

type Facets = Record<FacetDimension, FacetValue[]>;

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
function siteFacets(site: Site): Facets {
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
 * The diagnostics of one chapter's links with a query (`file` as reported, `id` the chapter's). A link
 * to a page the site lacks is left to the link check (chapitre-lien-casse), a file's query is harmless.
 */
export function checkQueries(site: Site, file: string, links: readonly Reference[], id: string, routes: readonly string[]): Diagnostic[] {
  return links.flatMap((link) => {
    const target = queryTarget(link.url, id);
    if (!target || !routes.includes(target.page)) return [];
    const at = { file, line: link.line, column: link.column };
    const reader = READERS[target.page];
    if (!reader) {
      const facets = [...target.params.keys()].some((name) => (FACET_DIMENSIONS as readonly string[]).includes(name));
      // A theme's or a region's page: the explorer's list keeps its theme or region beside the query's filters.
      const query = explorerQuery(site, target.page, target.params);
      return [
        {
          code: IGNORED_PARAMETER,
          severity: 'warning',
          message: `Le lien vers ${link.url} : la page ${target.page} ne lit pas les paramètres de son adresse ; « ?${target.query} » n’y change rien.`,
          hint: facets
            ? `Pour une liste filtrée, liez l’explorateur de verbatims : [texte](/verbatims/?${query}) ; sinon retirez « ?${target.query} ».`
            : `Retirez « ?${target.query} » du lien.`,
          ...at,
        },
      ];
    }
    const diagnostics: Diagnostic[] = [];
    for (const [name, value] of target.params) {
      const dimension = (FACET_DIMENSIONS as readonly string[]).includes(name) ? (name as FacetDimension) : null;
      if (dimension) {
        const facets = siteFacets(site);
        if (resolveValue(manifestOf(facets), dimension, value) !== undefined) continue;
        const absent = absentRegionOf(value, dimension, facets[dimension]);
        const near = absent ? null : nearestValue(value, facets[dimension], dimension);
        diagnostics.push({
          code: UNKNOWN_FILTER,
          severity: 'warning',
          message: `Le lien vers ${link.url} : ${DIMENSION_NAMES[dimension]} « ${value} » est inconnu${dimension === 'tag' || dimension === 'region' ? 'e' : ''} de la consultation ; ${
            target.page === '/verbatims/' ? 'l’explorateur n’afficherait aucun verbatim' : 'la recherche ignorerait ce filtre'
          }.`,
          hint: near ? `Vouliez-vous dire ${name}=${encodeURIComponent(near[0])} (${near[1]}) ?` : (absent ?? possibleValues(facets[dimension], target.page)),
          ...at,
        });
      } else if (!reader.reads.includes(name)) {
        const near = closest(name, reader.reads.map((known) => ({ text: known, value: known })));
        // A parameter of the other page (`page` on the search): no typo of this page's, said as it is.
        const other = Object.entries(READERS).find(([page, { reads }]) => page !== target.page && reads.includes(name));
        diagnostics.push({
          code: IGNORED_PARAMETER,
          severity: 'warning',
          message: `Le lien vers ${link.url} : ${reader.name} ne lit pas le paramètre « ${name} » ; il n’y change rien.`,
          hint:
            name === QUERY_PARAMETER
              ? `L’explorateur ne cherche pas de mots : pour une recherche, liez [texte](/recherche/?${searchQuery(target.params)}).`
              : name === PAGE_PARAMETER && target.page === '/recherche/'
                ? `« ${name} » est un paramètre de l’explorateur de verbatims (/verbatims/), pas de la recherche, qui montre ses résultats à la suite (« Plus de résultats ») : retirez « ${name}=${value} ».`
                : other
                  ? `« ${name} » est un paramètre de ${other[1].name} (${other[0]}), pas de ${reader.name} : retirez-le.`
                  : near
                ? `Vouliez-vous dire ${near}= ?`
                : `Paramètres possibles : ${reader.reads.join(', ')}.`,
          ...at,
        });
      } else if (name === PAGE_PARAMETER && !/^[1-9]\d*$/.test(value.trim())) {
        diagnostics.push({
          code: IGNORED_PARAMETER,
          severity: 'warning',
          message: `Le lien vers ${link.url} : page=${value} n’est pas un numéro de page ; la première page s’ouvrirait.`,
          hint: 'Écrivez un nombre entier à partir de 1 (page=2), ou retirez ce paramètre.',
          ...at,
        });
      }
    }
    return diagnostics;
  });
}

/**
 * A link's query for the explorer in place of a page that ignores it: a theme's page (`/themes/<id>/`)
 * or a region's (`/regions/<nom>/`) gives its theme or region first, unless the query has one.
 */
function explorerQuery(site: Site, page: string, params: URLSearchParams): string {
  const theme = site.themes.find((t) => themeUrl(t.id) === page);
  const region = site.regions.find((r) => regionUrl(r) === page);
  const own: Array<[string, string]> = [];
  if (theme && !params.has('theme')) own.push(['theme', theme.id]);
  if (region && !params.has('region')) own.push(['region', region.code]);
  return new URLSearchParams([...own, ...params]).toString();
}

/** The explorer's query as the search page reads it: without `page`, which it does not read. */
function searchQuery(params: URLSearchParams): string {
  return new URLSearchParams([...params].filter(([name]) => name !== PAGE_PARAMETER)).toString();
}

/** A link's page (`/…/`, as the site serves it), its query as written and its parameters; null without a query or outside the site. */
export function queryTarget(url: string, chapterId: string): { page: string; query: string; params: URLSearchParams } | null {
  if (EXTERNAL.test(url)) return null;
  const bare = url.replace(/#.*$/s, '');
  const mark = bare.indexOf('?');
  if (mark < 0 || mark === bare.length - 1) return null;
  const query = bare.slice(mark + 1);
  const resolved = new URL(bare.slice(0, mark) || chapterUrl(chapterId), `https://site${chapterUrl(chapterId)}`).pathname;
  let page = resolved;
  try {
    page = decodeURI(resolved);
  } catch {
    // As written.
  }
  return { page: page.endsWith('/') ? page : `${page}/`, query, params: new URLSearchParams(query) };
}

/**
 * `region=29`, `region=Finistère`: a department whose region has no feedback in the consultation (else
 * `nearestValue` gives that region). The regions' values would be no help, nor a code a letter away
 * (« 2A » is no typo of « 32 »): say why the filter is empty.
 */
function absentRegionOf(written: string, dimension: FacetDimension, values: readonly FacetValue[]): string | null {
  if (dimension !== 'region' || resolvePlace(written)) return null;
  const department = resolveDepartment(written);
  if (!department || values.some(([value]) => value === department.region)) return null;
  const named = /^\s*[\dAB]+\s*$/i.test(written) ? `le numéro du département ${department.name}` : `un département (${department.code})`;
  const region = regionByCode(department.region);
  return `« ${written} » est ${named}, et les filtres sont par région ; la région de ce département, ${region ? `${region.name} (${region.code})` : department.region}, n’a aucun retour dans cette consultation : retirez ce filtre.`;
}

/** The values a filter may take, by label, when they are few enough to read; else where to see them. */
function possibleValues(values: readonly FacetValue[], page: string): string {
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
function nearestValue(written: string, values: readonly FacetValue[], dimension: FacetDimension): FacetValue | null {
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
