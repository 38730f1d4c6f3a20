/**
 * What a chart's text alternative and legend note say, from what the chart actually draws: the
 * series left after filtering and the filters applied. A chart restricted to one tag is one series,
 * and its description must not speak of three stacked tags and three motifs.
 */
import type { ItemFilter } from '../pipeline/analysis/count-by.ts';
import { TAGS, TAG_LABELS, type Tag } from '../pipeline/model.ts';
import { joinFrench } from './format.ts';
import { formatLabel, profileLabel } from './labels.ts';
import type { Site } from './site.ts';

/** The motif each series is drawn with (chart-render.ts `motif`: one per colour index, in this order). */
const MOTIFS = ['uni', 'hachures', 'points', 'croisillons'] as const;

/** How a tag reads inside a sentence (« répartis entre ce qui fonctionne et les besoins et attentes »). */
const TAG_IN_SENTENCE: Readonly<Record<Tag, string>> = {
  working: 'ce qui fonctionne',
  broken: 'ce qui dysfonctionne',
  needs: 'les besoins et attentes',
};

const values = (value: string | readonly string[] | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : [...value]);

/**
 * « (sélection : étiquette « Ce qui dysfonctionne », région Bretagne) », or `''` without a filter.
 * `withTag: false` leaves the tag out, for a sentence that names it otherwise.
 */
export function selectionPhrase(site: Site, filter: ItemFilter, options: { withTag?: boolean } = {}): string {
  const quoted = (labels: string[]) => joinFrench(labels.map((label) => `« ${label} »`));
  const tags = options.withTag === false ? [] : values(filter.tag);
  const parts = [
    tags.length ? `étiquette ${quoted(tags.map((tag) => (TAG_LABELS as Record<string, string>)[tag] ?? tag))}` : '',
    values(filter.theme).length ? `thème ${quoted(values(filter.theme).map((theme) => site.themeLabel(theme)))}` : '',
    values(filter.region).length ? `région ${joinFrench(values(filter.region).map((code) => site.regionName(code || null)))}` : '',
    values(filter.profile).length ? `profil ${quoted(values(filter.profile).map((profile) => profileLabel(profile || null)))}` : '',
    values(filter.format).length ? `format ${quoted(values(filter.format).map(formatLabel))}` : '',
  ].filter((part) => part !== '');
  return parts.length ? ` (sélection : ${parts.join(', ')})` : '';
}

/** The summary of items of a dimension stacked by tag, for the tags actually drawn. */
export function stackedByTagSummary(site: Site, dimensionLabel: string, filter: ItemFilter, tags: readonly string[]): string {
  const per = `par ${dimensionLabel.toLowerCase()}`;
  const drawn = TAGS.filter((tag) => tags.includes(tag));
  const [only] = drawn;
  const sentence =
    drawn.length === 1 && only
      ? `Barres : nombre d’éléments ${per}, tous étiquetés « ${TAG_LABELS[only]} »${selectionPhrase(site, filter, { withTag: false })}.`
      : `Barres empilées : nombre d’éléments ${per}${selectionPhrase(site, filter, { withTag: false })}, répartis entre ${joinFrench(drawn.map((tag) => TAG_IN_SENTENCE[tag]))}.`;
  return `${sentence} Les valeurs exactes sont dans le tableau de données.`;
}

/** The summary of one series of items per value of a dimension. */
export function barsSummary(site: Site, dimensionLabel: string, filter: ItemFilter): string {
  return `Barres : nombre d’éléments par ${dimensionLabel.toLowerCase()}${selectionPhrase(site, filter)}. Les valeurs exactes sont dans le tableau de données.`;
}

/**
 * The note under a chart of several series: each series with its motif, so a reader who does not
 * tell the colours apart knows which is which. `looks`: each series' colour index (`seriesColours`).
 */
export function motifNote(series: ReadonlyArray<{ label: string }>, looks: readonly number[] | undefined): string {
  const named = series.map((s, index) => `${s.label} : ${MOTIFS[(looks?.[index] ?? index) % MOTIFS.length] ?? MOTIFS[0]}`);
  return `Chaque série a sa couleur et son motif (${named.join(' ; ')}) ; les valeurs exactes sont dans le tableau.`;
}
