/** File and folder names of a note: lower-case ASCII, words joined by hyphens (`Île-de-France` → `ile-de-france`). */
import { resolveRegion } from '../pipeline/referentiels/places.ts';

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
