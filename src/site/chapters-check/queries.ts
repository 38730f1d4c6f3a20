/**
 * The query strings of the chapters' links (`/verbatims/?theme=saisie-ergonomie`). Only the search
 * page and the verbatim explorer read theirs (src/search/client.ts, explorer.ts, through `readState`);
 * every other page opens as it is. A filter value the site does not know opens an empty list (the
 * explorer) or an unfiltered search (the search page), and a parameter no page reads does nothing:
 * each is said at the link's line, with the nearest valid value or parameter. Warnings: the page opens.
 */
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';
import { FACET_DIMENSIONS, type FacetDimension } from '../../search/format.ts';
import { PAGE_PARAMETER, QUERY_PARAMETER } from '../../search/selection.ts';
import type { Site } from '../site.ts';
import { regionUrl, themeUrl } from '../urls.ts';
import type { Reference } from './parse.ts';
import { queryTarget } from './query-target.ts';
import { absentRegionOf, isKnownValue, nearestValue, possibleValues, siteFacets } from './query-values.ts';

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
        if (isKnownValue(facets, dimension, value)) continue;
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
