/**
 * What the home page and the idea lists say when there is nothing to show across regions: strong
 * ideas and convergence are measured between regions, so a consultation whose contributions name no
 * region, or a single one, will never have any, and the page says so rather than « not yet ».
 */
import { MIN_REGIONS } from '../pipeline/analysis/convergence.ts';
import type { RegionCoverage } from './region-coverage.ts';

function why(regions: number): string {
  return regions === 0 ? "les contributions de cette consultation n’indiquent pas de région" : "cette consultation n’en compte qu’une";
}

/** No strong idea, with `regions` regions represented. */
export function noIdeasNotice(regions: number): string {
  if (regions >= MIN_REGIONS) return 'Aucune idée forte ne se dégage encore : il faut des énoncés proches dans plusieurs régions.';
  return `Pas d’idée forte : elles rapprochent des énoncés proches dits dans plusieurs régions, et ${why(regions)}.`;
}

/** No convergence measured, with `regions` regions represented. */
export function noConvergenceNotice(regions: number): string {
  if (regions >= MIN_REGIONS) return 'Pas encore assez de régions pour mesurer la convergence des besoins.';
  return `La convergence des besoins se mesure entre régions, et ${why(regions)}.`;
}

/** The regions page of a consultation whose contributions name no region. */
export function noRegionsNotice(): string {
  return (
    "Les contributions de cette consultation n’indiquent pas de région : il n’y a ni carte ni comparaison entre " +
    'régions à montrer. Une enquête en donne une par sa colonne de région, de département ou de code postal, ou par ' +
    '« region_fixe » dans sa fiche .yml ; une note d’atelier, par son dossier et son en-tête.'
  );
}

/**
 * Whether the site compares regions (map, convergence, similarity, what stands out in a region): it
 * takes two regions with published items. With one, the map is a single shaded tile among empty ones
 * and every comparison sets the region against itself.
 */
export function comparesRegions(coverage: Pick<RegionCoverage, 'represented'>): boolean {
  return coverage.represented.length >= MIN_REGIONS;
}

/**
 * Said once, where the map would be (home page, regions page): « Toutes les contributions de cette
 * consultation viennent d’une seule région, Hauts-de-France : […] ». `unlocated`: some items name no
 * region (only those that do are from it).
 */
export function singleRegionNotice(regionName: string, unlocated: boolean): string {
  const which = unlocated ? 'Les contributions de cette consultation qui indiquent leur région viennent toutes' : 'Toutes les contributions de cette consultation viennent';
  return `${which} d’une seule région, ${regionName} : il n’y a ni carte ni comparaison entre régions à montrer.`;
}
