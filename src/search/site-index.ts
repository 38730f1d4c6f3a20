/**
 * The search index of the site being built: `buildSearchIndex` over the Synthesis' items with the
 * site's permalinks and French labels. Built once per build for every endpoint file (memoised;
 * under `astro dev`, once per state of the consultation's files).
 */
import { getSite, type Site } from '../site/site.ts';
import { memoisedPerGeneration } from '../site/generation.ts';
import { formatLabel, profileLabel, tagLabel } from '../site/labels.ts';
import { buildSearchIndex, type SearchContext, type SearchIndex } from './build/index.ts';

export function siteSearchContext(site: Site): SearchContext {
  return {
    permalinks: site.permalinks,
    sessions: new Map(site.sessions.map((session) => [session.id, { title: session.title, kind: session.kind, date: session.date }])),
    // As VerbatimItem.astro gives it to `readableSource`: an unknown code is not said.
    regionName: (code) => site.regionByCode.get(code)?.name,
    labels: {
      tag: tagLabel,
      theme: (id) => site.themeLabel(id),
      region: (code) => site.regionName(code || null),
      profile: (profile) => profileLabel(profile || null),
      format: formatLabel,
    },
    // Every region with a page and every theme, with items or not: the site links to the explorer on each.
    knownValues: { region: site.regions.map((region) => region.code), theme: site.themes.map((theme) => theme.id) },
  };
}

/** Set by `livre-blanc build`, which writes the index files itself (src/cli/search-files.ts): Astro then makes none. */
export const SEARCH_FILES_ENV = 'LIVRE_BLANC_INDEX_PAR_BUILD';

export const getSiteSearchIndex: () => Promise<SearchIndex> = memoisedPerGeneration(() =>
  getSite().then((site) => buildSearchIndex(site.synthesis.items, siteSearchContext(site))),
);
