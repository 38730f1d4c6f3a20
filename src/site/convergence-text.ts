/**
 * How the site words a theme's reach across regions. Only regions with enough items of the tag are
 * counted (`convergence.minItemsPerRegion`), so « 14 régions sur 14 » under « 18 régions représentées »
 * read as « every region »: the phrase names what the denominator counts.
 */
import type { Tag } from '../pipeline/model.ts';
import type { ThemeConvergence } from '../pipeline/synthesis-model.ts';
import { formatInteger } from './format.ts';

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
