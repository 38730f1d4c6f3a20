/**
 * Every URL of the site in one place, so that pages, components and search link alike.
 * Item permalinks live in `permalink.ts`.
 */
import type { Region } from '../pipeline/model.ts';

export { sessionPageUrl } from './permalink.ts';

/** Lower-case ASCII slug: `Île-de-France` → `ile-de-france`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The entry form for ambassadors (src/pages/saisie/), built in every site, `--hors-ligne` included:
 * the footer and the sessions page link to it.
 */
export const ENTRY_URL = '/saisie/';

export function themeUrl(themeId: string): string {
  return `/themes/${themeId}/`;
}

export function regionSlug(region: Pick<Region, 'name'>): string {
  return slugify(region.name);
}

export function regionUrl(region: Pick<Region, 'name'>): string {
  return `/regions/${regionSlug(region)}/`;
}

export function chapterUrl(chapterId: string): string {
  return `/livre-blanc/${chapterId}/`;
}

/**
 * Filters understood by the verbatim explorer (`/verbatims/?theme=…&tag=…`). `''` selects the items
 * without that value (no region, no profile given), as `filterItems` does.
 */
export interface ExplorerFilter {
  tag?: string;
  theme?: string;
  region?: string;
  profile?: string;
  format?: string;
}

export function explorerUrl(filter: ExplorerFilter = {}): string {
  const params = new URLSearchParams();
  for (const key of ['tag', 'theme', 'region', 'profile', 'format'] as const) {
    const value = filter[key];
    if (value !== undefined) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/verbatims/?${query}` : '/verbatims/';
}

export const SEARCH_URL = '/recherche/';
