/**
 * A count of items in a table links to the verbatims it counts: the explorer filtered on the cell
 * (the table's own filter plus the cell's row and column). `filterItems` counts the tables and
 * filters the explorer alike, so the list opened holds exactly the number clicked. The link's name
 * says what opens (« 30 verbatims : Ce qui dysfonctionne, Saisie et ergonomie »): in a table, the
 * number alone would not.
 */
import type { ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { Dimension } from '../pipeline/synthesis-model.ts';
import { plural } from './format.ts';
import { formatLabel, profileLabel, tagLabel } from './labels.ts';
import type { Site } from './site.ts';
import { explorerUrl, type ExplorerFilter } from './urls.ts';

export type ExplorerDimension = keyof ExplorerFilter;

/** The explorer's filters, in the order a link's name lists them. */
export const EXPLORER_DIMENSIONS: readonly ExplorerDimension[] = ['tag', 'theme', 'region', 'profile', 'format'];

export function isExplorerDimension(dimension: Dimension): dimension is ExplorerDimension {
  return (EXPLORER_DIMENSIONS as readonly string[]).includes(dimension);
}

/**
 * A table's filter as the explorer's, or null when the explorer cannot apply it (a department, a
 * session, several values of one dimension): its counts are then left without links.
 */
export function explorerFilterOf(filter: ItemFilter): ExplorerFilter | null {
  const result: ExplorerFilter = {};
  for (const [dimension, value] of Object.entries(filter) as Array<[Dimension, string | readonly string[] | undefined]>) {
    if (value === undefined) continue;
    const values = typeof value === 'string' ? [value] : value;
    if (values.length === 0) continue;
    const [only] = values;
    if (!isExplorerDimension(dimension) || values.length > 1 || only === undefined) return null;
    result[dimension] = only;
  }
  return result;
}

/** A cell's filter: the table's, narrowed to the cell's row and column values. */
export function cellFilter(base: ExplorerFilter, ...parts: Array<readonly [ExplorerDimension, string]>): ExplorerFilter {
  const filter: ExplorerFilter = { ...base };
  for (const [dimension, value] of parts) filter[dimension] = value;
  return filter;
}

/** The French names of a filter's values: tag, theme, region, profile, format. */
export function filterLabels(site: Site, filter: ExplorerFilter): string[] {
  const label: Record<ExplorerDimension, (value: string) => string> = {
    tag: tagLabel,
    theme: (value) => site.themeLabel(value),
    region: (value) => site.regionName(value || null),
    profile: (value) => profileLabel(value || null),
    format: formatLabel,
  };
  return EXPLORER_DIMENSIONS.flatMap((dimension) => {
    const value = filter[dimension];
    return value === undefined ? [] : [label[dimension](value)];
  });
}

export interface CountLink {
  href: string;
  /** The link's accessible name, starting with the number shown (WCAG 2.5.3). */
  label: string;
}

/** The link of a count, or null for zero: no verbatim to open. */
export function countLink(site: Site, count: number, filter: ExplorerFilter): CountLink | null {
  if (count <= 0) return null;
  const labels = filterLabels(site, filter);
  return { href: explorerUrl(filter), label: `${plural(count, 'verbatim')}${labels.length ? ` : ${labels.join(', ')}` : ''}` };
}

/**
 * What a link into the explorer adds to its shown words for a screen reader, which lists a page's
 * links by name: its filter's values (« Les ouvrir dans l’explorateur : Ce qui fonctionne, Corse »).
 * A region's page had three « Les ouvrir dans l’explorateur », one a tag.
 */
export function filterComplement(site: Site, filter: ExplorerFilter): string {
  const labels = filterLabels(site, filter);
  return labels.length ? ` : ${labels.join(', ')}` : '';
}

/**
 * The same for a link shown as one value of its filter, a region's name in a table of needs: its other
 * values and that it opens the explorer (« Bretagne : verbatims Besoins et attentes, dans l’explorateur »),
 * since a link « Bretagne » elsewhere on the page leads to the region's page.
 */
export function valueLinkComplement(site: Site, filter: ExplorerFilter, shown: ExplorerDimension): string {
  const rest: ExplorerFilter = { ...filter };
  delete rest[shown];
  const others = filterLabels(site, rest);
  return ` : verbatims${others.length ? ` ${others.join(', ')}` : ''}, dans l’explorateur`;
}
