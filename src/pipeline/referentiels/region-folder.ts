/**
 * File and folder names of notes (`content/ateliers/<region>/`), shared by the entry form, `new` and
 * the dry run's advice (« déplacez la note dans content/ateliers/bretagne/ »).
 */
import { resolveRegion } from './places.ts';

/** Lower-case ASCII, words joined by hyphens (`Île-de-France` → `ile-de-france`). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The region's official name when the input names one (« 75 », « nouvelle aquitaine »), else the input. */
export function regionName(input: string): string {
  return resolveRegion(input)?.name ?? input.trim();
}

/** Folder of a region's notes below `content/ateliers/`. */
export function regionFolder(input: string): string {
  return slugify(regionName(input)) || 'region-inconnue';
}
