/**
 * How the site words a theme's reach across regions. Only regions with enough items of the tag are
 * counted (`convergence.minItemsPerRegion`), so « 14 régions sur 14 » under « 18 régions représentées »
 * read as « every region »: the phrase names what the denominator counts.
 */
import type { Tag } from '../pipeline/model.ts';
import type { ThemeConvergence } from '../pipeline/synthesis-model.ts';
import { formatInteger, plural } from './format.ts';
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
 * What convergence is computed on, when items without a region are left out of it: « Calculé sur les
 * 120 éléments dont la région est connue ; les 129 776 éléments sans région (plus de 99 %) n'y
 * entrent pas. », or null when every item has a region. On a national survey without a region
 * column, the index rests on a sliver of the consultation, and the reader must know it.
 */
export function convergenceBasePhrase(coverage: Pick<RegionCoverage, 'unlocated' | 'total'>): string | null {
  const { unlocated, total } = coverage;
  if (unlocated === 0) return null;
  const located = total - unlocated;
  const base = located === 1 ? "le seul élément dont la région est connue" : `les ${plural(located, 'élément')} dont la région est connue`;
  const left = unlocated === 1 ? `${unlocatedPhrase(coverage)} n'y entre pas` : `les ${unlocatedPhrase(coverage)} n'y entrent pas`;
  return `Calculé sur ${base} ; ${left}.`;
}
