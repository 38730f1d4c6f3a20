/**
 * How the site words a theme's reach across regions. Only regions with enough items of the tag are
 * counted (`convergence.minItemsPerRegion`), so « 14 régions sur 14 » under « 18 régions représentées »
 * read as « every region »: the phrase names what the denominator counts.
 */
import type { Tag } from '../pipeline/model.ts';
import type { Convergence, RegionSimilarity, ThemeConvergence } from '../pipeline/synthesis-model.ts';
import { formatInteger, formatPercent, plural } from './format.ts';
import { unlocatedPhrase, type RegionCoverage } from './region-coverage.ts';

/** What the counted regions have at least `minItemsPerRegion` of, singular and plural. */
const TAG_ITEMS: Readonly<Record<Tag, readonly [string, string]>> = {
  working: ['point fort', 'points forts'],
  broken: ['dysfonctionnement', 'dysfonctionnements'],
  needs: ['besoin', 'besoins'],
};

/** `les régions qui comptent au moins 5 besoins` */
export function countedRegionsLabel(tag: Tag, minItemsPerRegion: number): string {
  const [one, many] = TAG_ITEMS[tag];
  return `les régions qui comptent au moins ${formatInteger(minItemsPerRegion)} ${minItemsPerRegion > 1 ? many : one}`;
}

/** `évoqué dans 14 des 14 régions qui comptent au moins 5 besoins` */
export function regionsMentioningPhrase(theme: ThemeConvergence, minItemsPerRegion: number): string {
  const counted = countedRegionsLabel(theme.tag, minItemsPerRegion).replace(/^les /, '');
  return `évoqué dans ${formatInteger(theme.regionsMentioning)} des ${formatInteger(theme.regionsCounted)} ${counted}`;
}

/**
 * A theme's convergence as a reader takes it: the plain reach first, then the index read as what it
 * is, a share (the geometric mean over the counted regions of the theme's smoothed share of the
 * region's items of the tag). « indice 26 % » beside « 14 des 14 régions » read as weak support;
 * « en moyenne 26 % de leurs besoins » says a quarter of every region's needs.
 * `évoqué dans 14 des 14 régions qui comptent au moins 5 besoins ; en moyenne 26 % de leurs besoins`
 */
export function themeConvergenceLine(theme: ThemeConvergence, minItemsPerRegion: number): string {
  return `${regionsMentioningPhrase(theme, minItemsPerRegion)} ; en moyenne ${formatPercent(theme.consensus)} de leurs ${TAG_ITEMS[theme.tag][1]}`;
}

/**
 * The one sentence under a list of `themeConvergenceLine`s that names the percentage, for the tags the
 * list shows: « Le pourcentage est l’indice de convergence : la part moyenne des besoins de chaque
 * région qui portent sur le thème ; une seule région très prolixe ne suffit pas à le faire monter. »
 */
export function convergenceIndexNote(tags: readonly Tag[]): string {
  const items = [...new Set(tags)].map((tag) => TAG_ITEMS[tag][1]);
  const of = items.length > 1 ? `des ${items.join(', ou des ')}, de chaque région` : `des ${items[0] ?? 'éléments'} de chaque région`;
  return `Le pourcentage est l’indice de convergence : la part moyenne ${of} qui portent sur le thème ; une seule région très prolixe ne suffit pas à le faire monter.`;
}

/** The convergence chart's bars: `Part moyenne des besoins de chaque région (indice de convergence)`. */
export function consensusSeriesLabel(tag: Tag): string {
  return `Part moyenne des ${TAG_ITEMS[tag][1]} de chaque région (indice de convergence)`;
}

/** What the convergence chart's bars show, for readers of its text alternative (the axis runs to 100 %). */
export function consensusChartSummary(tag: Tag): string {
  return `Barres : indice de convergence, la part moyenne des ${TAG_ITEMS[tag][1]} de chaque région qui portent sur le thème ; elle n’est élevée que si toutes les régions en parlent. Les valeurs exactes sont dans le tableau de données.`;
}

/**
 * What convergence is computed on, when items without a region are left out of it: « Calculé sur les
 * 120 éléments dont la région est connue ; les 129 776 éléments sans région (plus de 99 %) n'y
 * entrent pas. » (« Aucun élément n’indique sa région : … » when none has one), or null when every
 * item has a region. On a national survey without a region
 * column, the index rests on a sliver of the consultation, and the reader must know it.
 */
export function convergenceBasePhrase(coverage: Pick<RegionCoverage, 'unlocated' | 'total'>): string | null {
  const { unlocated, total } = coverage;
  if (unlocated === 0) return null;
  const located = total - unlocated;
  // None located (a survey without a region column): « Calculé sur les 0 élément » said nothing right.
  if (located === 0) {
    const left = unlocated === 1 ? `${unlocatedPhrase(coverage)} reste` : `les ${unlocatedPhrase(coverage)} restent`;
    return `Aucun élément n’indique sa région : ${left} hors de ce calcul.`;
  }
  const base = located === 1 ? "le seul élément dont la région est connue" : `les ${plural(located, 'élément')} dont la région est connue`;
  const left = unlocated === 1 ? `${unlocatedPhrase(coverage)} n’y entre pas` : `les ${unlocatedPhrase(coverage)} n’y entrent pas`;
  return `Calculé sur ${base} ; ${left}.`;
}

/**
 * The similarity compares theme profiles, so it counts only the needs with a theme: « Autres » has
 * none. The pages name it, or « 135 besoins » beside the 142 of the region's chart reads as an error.
 */
export const THEMED_NEEDS = 'besoins rattachés à un thème';

/** `les 16 régions qui comptent au moins 5 besoins rattachés à un thème` */
export function comparedRegionsLabel(compared: number, minItemsPerRegion: number): string {
  const regions = compared === 1 ? 'la seule région qui compte' : `les ${formatInteger(compared)} régions qui comptent`;
  return `${regions} au moins ${formatInteger(minItemsPerRegion)} ${minItemsPerRegion > 1 ? THEMED_NEEDS : 'besoin rattaché à un thème'}`;
}

/**
 * Why a region has no similarity, for its row of the table and its page:
 * `4 besoins rattachés à un thème sur 10, il en faut au moins 5`, or `aucun besoin exprimé`.
 * `region` is undefined for a region without any need.
 */
export function noSimilarityReason(
  region: RegionSimilarity | undefined,
  convergence: Pick<Convergence, 'minItemsPerRegion' | 'minRegions'>,
): string {
  if (region === undefined || region.needs === 0) return 'aucun besoin exprimé';
  const { minItemsPerRegion: min } = convergence;
  if (region.items >= min) return `moins de ${plural(convergence.minRegions, 'région')} à comparer`;
  if (region.items === 0) {
    return region.needs === 1 ? 'son seul besoin n’est rattaché à aucun thème' : `aucun de ses ${formatInteger(region.needs)} besoins n’est rattaché à un thème`;
  }
  const themed = `${formatInteger(region.items)} ${region.items > 1 ? THEMED_NEEDS : 'besoin rattaché à un thème'}`;
  const of = region.needs > region.items ? ` sur ${formatInteger(region.needs)}` : '';
  return `${themed}${of}, il en faut au moins ${formatInteger(min)}`;
}

/**
 * What a region's similarity rests on, beside the region's needs counted elsewhere on its page:
 * `sur 91 de ses 94 besoins, ceux rattachés à un thème`, or `sur ses 21 besoins, tous rattachés à un thème`.
 */
export function comparedNeedsPhrase(region: Pick<RegionSimilarity, 'needs' | 'items'>): string {
  if (region.items === region.needs) {
    return region.needs === 1 ? 'sur son seul besoin, rattaché à un thème' : `sur ses ${formatInteger(region.needs)} besoins, tous rattachés à un thème`;
  }
  return `sur ${formatInteger(region.items)} de ses ${formatInteger(region.needs)} besoins, ${region.items === 1 ? 'celui rattaché' : 'ceux rattachés'} à un thème`;
}

/**
 * The chance level beside a region's similarity, without the final stop: a small region is far from
 * 100 % by chance alone, and the reader must not take its size for a difference.
 * `Autant de besoins tirés au hasard dans l’ensemble de la consultation lui ressemblent à 76 % en moyenne : l’écart de la région ne dépasse pas celui du hasard`
 */
export function chancePhrase(region: Pick<RegionSimilarity, 'items' | 'chance' | 'beyondChance'>): string | null {
  if (region.chance === null) return null;
  // A region is compared only from minItemsPerRegion (5) themed needs: always a plural.
  const drawn = `${formatInteger(region.items)} besoins tirés au hasard dans l’ensemble de la consultation lui ressemblent à ${formatPercent(region.chance)} en moyenne`;
  return region.beyondChance
    ? `${drawn} ; la région s’en écarte davantage que 95 tirages sur 100 : un écart au-delà du hasard`
    : `${drawn} : l’écart de la région ne dépasse pas celui du hasard`;
}

/** The cell beside a region's similarity in /regions/: `76 %`, with `écart au-delà du hasard` when it is. */
export function chanceCell(region: Pick<RegionSimilarity, 'chance' | 'beyondChance'>): string {
  if (region.chance === null) return '';
  return region.beyondChance ? `${formatPercent(region.chance)}, écart au-delà du hasard` : formatPercent(region.chance);
}

/** How many compared regions depart beyond chance: `aucune région ne s’en écarte au-delà du hasard`. */
export function beyondChanceSummary(regions: readonly Pick<RegionSimilarity, 'beyondChance'>[]): string {
  const beyond = regions.filter((r) => r.beyondChance === true).length;
  if (beyond === 0) return 'aucune région ne s’en écarte au-delà du hasard';
  return beyond === 1 ? 'une seule région s’en écarte au-delà du hasard' : `${formatInteger(beyond)} régions s’en écartent au-delà du hasard`;
}

/**
 * The plain conclusion a region page opens its similarity with, before the figures behind it (a
 * reader of « 53 besoins tirés au hasard… lui ressemblent à 97 % en moyenne » wants to know first
 * what it means). Null when there is no similarity to conclude from.
 */
export function similarityConclusion(region: Pick<RegionSimilarity, 'similarity' | 'beyondChance'> | undefined): string | null {
  if (region === undefined || region.similarity === null || region.beyondChance === null) return null;
  return region.beyondChance
    ? 'Les besoins exprimés dans la région s’écartent de ceux de l’ensemble de la consultation, plus que le hasard seul ne l’expliquerait.'
    : 'Les besoins exprimés dans la région ressemblent à ceux de l’ensemble de la consultation : l’écart mesuré ne dépasse pas ce que le hasard seul produirait.';
}
