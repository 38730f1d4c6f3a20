/**
 * Chart specifications built from `countBy` rows. One spec feeds both the canvas (client script)
 * and the data table beside it, so a bar and its table cell cannot disagree, and both equal the
 * number of verbatims `filterItems` lists behind them.
 */
import { byCountDescending, countBy, filterItems, type ItemFilter } from '../pipeline/analysis/count-by.ts';
import { TAGS } from '../pipeline/model.ts';
import type { CountRow, Dimension } from '../pipeline/synthesis-model.ts';
import { TAG_SHORT, NONE_LABEL, formatLabel, profileLabel } from './labels.ts';
import type { Site } from './site.ts';
import { regionUrl, themeUrl, type ExplorerFilter } from './urls.ts';
import { explorerFilterOf, isExplorerDimension, type ExplorerDimension } from './count-links.ts';
import { consensusChartSummary, consensusSeriesLabel, countedRegionsLabel } from './convergence-text.ts';
import { barsSummary, stackedByTagSummary } from './chart-text.ts';

export interface ChartCategory {
  key: string;
  label: string;
  href?: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** One value per category, same order. */
  values: number[];
}

export interface ChartSpec {
  /** Stable HTML id prefix. */
  id: string;
  title: string;
  /** Header of the first table column (« Thème », « Région »…). */
  categoryLabel: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  stacked: boolean;
  horizontal: boolean;
  /** `items` prints integers; `percent` prints values 0–1 as percentages. */
  unit: 'items' | 'percent';
  /** Extra table columns that the canvas does not draw (e.g. regions mentioning a theme). */
  extraColumns?: Array<{ label: string; values: string[] }>;
  /** What a value counts, singular and plural (chart-lead.ts): « élément » when absent. */
  valueNoun?: readonly [string, string];
  /** One-sentence French summary for screen readers. */
  summary: string;
  /** Colour each bar by its category (one bar per tag): the tag's index in TAGS for each category. */
  categoryColours?: number[];
  /** Colour (and motif) of each series: its tag's index in TAGS, so a tag keeps its look when others are absent. */
  seriesColours?: number[];
  /**
   * What the values count, so that each links to the verbatims behind it (count-links.ts): the
   * chart's filter as the explorer's, the categories' dimension, and `tag` when each series is a tag.
   * Absent when the values are not counts of items (a score, the answers to a closed question).
   */
  counted?: { filter: ExplorerFilter; category: ExplorerDimension; series?: 'tag' };
}

/** `counted` of a chart of items along `dimension`, when the explorer can list them. */
function countedOf(dimension: Dimension, filter: ItemFilter, series?: 'tag'): Pick<ChartSpec, 'counted'> {
  const base = explorerFilterOf(filter);
  if (!base || !isExplorerDimension(dimension)) return {};
  return { counted: series ? { filter: base, category: dimension, series } : { filter: base, category: dimension } };
}

/** Pivot rows counted on [category, series] dimensions into a spec's categories × series grid. */
export function pivot(
  rows: readonly CountRow[],
  categories: readonly ChartCategory[],
  seriesKeys: ReadonlyArray<{ key: string; label: string }>,
): ChartSeries[] {
  const index = new Map(rows.map((row) => [`${row.keys[0]}\u0000${row.keys[1]}`, row.items]));
  return seriesKeys.map(({ key, label }) => ({
    key,
    label,
    values: categories.map((category) => index.get(`${category.key}\u0000${key}`) ?? 0),
  }));
}

/** Categories of a dimension as labelled links, in the given rows' order. */
export function categoriesOf(site: Site, dimension: Dimension, keys: readonly string[]): ChartCategory[] {
  return keys.map((key) => {
    switch (dimension) {
      case 'theme':
        return { key, label: site.themeLabel(key), href: site.themeById.has(key) ? themeUrl(key) : undefined };
      case 'region': {
        const region = site.regionByCode.get(key);
        return { key, label: site.regionName(key || null), href: region ? regionUrl(region) : undefined };
      }
      case 'tag':
        return { key, label: TAG_SHORT[key as keyof typeof TAG_SHORT] ?? key };
      case 'profile':
        return { key, label: profileLabel(key || null) };
      case 'format':
        return { key, label: formatLabel(key) };
      default:
        return { key, label: key || NONE_LABEL };
    }
  }).map((c) => (c.href === undefined ? { key: c.key, label: c.label } : c));
}

const TAG_SERIES = TAGS.map((tag) => ({ key: tag, label: TAG_SHORT[tag] }));

/** Themes in taxonomy order and regions in alphabetical order (`countBy` sorts by code); others unchanged. */
export function readingOrder(site: Site, dimension: Dimension, keys: readonly string[]): string[] {
  const reference = dimension === 'theme' ? site.themes.map((t) => t.id) : dimension === 'region' ? site.regions.map((r) => r.code) : null;
  if (!reference) return [...keys];
  const rank = new Map(reference.map((key, index) => [key, index]));
  return [...keys].sort((a, b) => (rank.get(a) ?? reference.length) - (rank.get(b) ?? reference.length) || (a < b ? -1 : a > b ? 1 : 0));
}

const DIMENSION_LABELS: Record<Dimension, string> = {
  tag: 'Étiquette', theme: 'Thème', region: 'Région', department: 'Département', profile: 'Profil',
  format: 'Format', session: 'Session',
};

/**
 * Items of a dimension stacked by tag (themes × tags, regions × tags…). Categories keep the
 * canonical order of `countBy` unless `sortByTotal`, and empty categories are left out.
 */
export function byDimensionAndTag(
  site: Site,
  dimension: Dimension,
  filter: ItemFilter,
  options: { id: string; title: string; sortByTotal?: boolean },
): ChartSpec {
  const items = filterItems(site.synthesis.items, filter);
  const rows = countBy(items, [dimension, 'tag']);
  let keys = readingOrder(site, dimension, countBy(items, [dimension]).map((row) => row.keys[0] ?? ''));
  if (options.sortByTotal) {
    const totals = new Map(countBy(items, [dimension]).map((row) => [row.keys[0], row.items]));
    keys = [...keys].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  }
  const categories = categoriesOf(site, dimension, keys);
  // Tags absent from the selection (e.g. a chart of complaints only) get no empty series.
  const series = pivot(rows, categories, TAG_SERIES).filter((s) => s.values.some((v) => v > 0));
  return {
    id: options.id,
    title: options.title,
    categoryLabel: DIMENSION_LABELS[dimension],
    categories,
    series,
    seriesColours: series.map((s) => (TAGS as readonly string[]).indexOf(s.key)),
    stacked: true,
    horizontal: true,
    unit: 'items',
    summary: stackedByTagSummary(site, DIMENSION_LABELS[dimension], filter, series.map((s) => s.key)),
    ...countedOf(dimension, filter, 'tag'),
  };
}

/** One series: items per value of a dimension, highest first. */
export function byDimension(
  site: Site,
  dimension: Dimension,
  filter: ItemFilter,
  options: { id: string; title: string; seriesLabel?: string; limit?: number },
): ChartSpec {
  let counted = countBy(filterItems(site.synthesis.items, filter), [dimension]);
  if (dimension === 'tag') {
    // Every tag gets its bar, even at zero, so that a tag always keeps its colour and place.
    const byTag = new Map(counted.map((row) => [row.keys[0], row]));
    counted = TAGS.map((tag) => byTag.get(tag) ?? { keys: [tag], items: 0, weight: 0 });
  }
  // Tags and formats keep their canonical order; other dimensions read best from the most frequent.
  const ordered = dimension === 'tag' || dimension === 'format' ? counted : byCountDescending(counted);
  const rows = ordered.slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const categories = categoriesOf(site, dimension, rows.map((r) => r.keys[0] ?? ''));
  return {
    id: options.id,
    title: options.title,
    categoryLabel: DIMENSION_LABELS[dimension],
    categories,
    series: [{ key: 'items', label: options.seriesLabel ?? 'Éléments', values: rows.map((r) => r.items) }],
    stacked: false,
    horizontal: true,
    unit: 'items',
    summary: barsSummary(site, DIMENSION_LABELS[dimension], filter),
    ...(dimension === 'tag' ? { categoryColours: rows.map((r) => (TAGS as readonly string[]).indexOf(r.keys[0] ?? '')) } : {}),
    ...countedOf(dimension, filter),
  };
}

/** Consensus across regions per theme for one tag (from `synthesis.convergence`). */
export function convergenceChart(site: Site, tag: 'needs' | 'broken' | 'working', options: { id: string; title: string; limit?: number }): ChartSpec {
  const themes = site.synthesis.convergence.themes
    .filter((t) => t.tag === tag && t.consensus !== null)
    .slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  const categories = categoriesOf(site, 'theme', themes.map((t) => t.theme));
  return {
    id: options.id,
    title: options.title,
    categoryLabel: 'Thème',
    categories,
    series: [{ key: 'consensus', label: consensusSeriesLabel(tag), values: themes.map((t) => t.consensus ?? 0) }],
    stacked: false,
    horizontal: true,
    unit: 'percent',
    extraColumns: [
      // The denominator counts only the regions with enough items of the tag: the header says so.
      {
        label: `Régions qui l’évoquent, parmi ${countedRegionsLabel(tag, site.synthesis.convergence.minItemsPerRegion)}`,
        values: themes.map((t) => `${t.regionsMentioning} sur ${t.regionsCounted}`),
      },
    ],
    summary: consensusChartSummary(tag),
  };
}

/** One chart per closed survey question: the distribution of its answers. */
export function scaleCharts(site: Site): ChartSpec[] {
  return site.synthesis.scales.map((scale, index) => {
    const values = Object.keys(scale.counts);
    const categories: ChartCategory[] = [...values.map((v) => ({ key: v, label: v })), { key: '', label: 'Sans réponse' }];
    const session = site.sessionById.get(scale.sessionId);
    return {
      id: `echelle-${index + 1}`,
      title: `${scale.question}${session ? ` — ${session.title}` : ''}`,
      categoryLabel: 'Réponse',
      categories,
      series: [{ key: 'answers', label: 'Réponses', values: [...values.map((v) => scale.counts[v] ?? 0), scale.blank] }],
      stacked: false,
      horizontal: false,
      unit: 'items',
      valueNoun: ['réponse', 'réponses'],
      summary: `Histogramme des réponses à la question « ${scale.question} ». Les valeurs exactes sont dans le tableau de données.`,
    };
  });
}

/** The id of a chart's data table (DataTable.astro), which the canvas's `aria-describedby` points to. */
export function dataTableId(spec: Pick<ChartSpec, 'id'>): string {
  return `${spec.id}-tableau`;
}

/** Total of a category across series (a stacked bar's length). */
export function categoryTotal(spec: Pick<ChartSpec, 'series'>, index: number): number {
  return spec.series.reduce((n, s) => n + (s.values[index] ?? 0), 0);
}

/** What the client script needs to draw a spec (no links, no extra columns). */
export function clientPayload(spec: ChartSpec): string {
  return JSON.stringify({
    labels: spec.categories.map((c) => c.label),
    series: spec.series.map((s) => ({ label: s.label, values: s.values })),
    stacked: spec.stacked,
    horizontal: spec.horizontal,
    unit: spec.unit,
    categoryColours: spec.categoryColours ?? null,
    seriesColours: spec.seriesColours ?? null,
  });
}
