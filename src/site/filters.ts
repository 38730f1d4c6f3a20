/**
 * Filters written by chapter authors (`<Verbatims theme="saisie-ergonomie" region="Bretagne"/>`)
 * checked against the Synthesis: an unknown value stops the build with a French message rather
 * than printing a wrong number in the white paper.
 */
import { SESSION_FORMATS, TAGS } from '../pipeline/model.ts';
import type { ItemFilter } from '../pipeline/analysis/count-by.ts';
import type { Site } from './site.ts';
import { slugify } from './urls.ts';

/** What an author may write: one value per dimension. */
export interface AuthorFilter {
  tag?: string | undefined;
  theme?: string | undefined;
  /** INSEE code or name, accents and case forgiven. */
  region?: string | undefined;
  profile?: string | undefined;
  format?: string | undefined;
}

export class ContentError extends Error {}

export function resolveFilter(site: Site, filter: AuthorFilter, where: string): ItemFilter {
  const result: ItemFilter = {};
  if (filter.tag !== undefined) {
    if (!(TAGS as readonly string[]).includes(filter.tag)) {
      throw new ContentError(`${where} : étiquette inconnue « ${filter.tag} » (attendu : ${TAGS.join(', ')}).`);
    }
    result.tag = filter.tag;
  }
  if (filter.theme !== undefined) {
    if (!site.themeById.has(filter.theme)) {
      throw new ContentError(`${where} : thème inconnu « ${filter.theme} » (voir data/themes.yml).`);
    }
    result.theme = filter.theme;
  }
  if (filter.region !== undefined) result.region = resolveRegion(site, filter.region, where);
  if (filter.format !== undefined) {
    if (!(SESSION_FORMATS as readonly string[]).includes(filter.format)) {
      throw new ContentError(`${where} : format inconnu « ${filter.format} » (attendu : ${SESSION_FORMATS.join(', ')}).`);
    }
    result.format = filter.format;
  }
  if (filter.profile !== undefined) result.profile = filter.profile;
  return result;
}

function resolveRegion(site: Site, value: string, where: string): string {
  if (site.regionByCode.has(value)) return value;
  const wanted = slugify(value);
  const region = site.regions.find((r) => slugify(r.name) === wanted);
  if (!region) {
    throw new ContentError(`${where} : région « ${value} » absente de la consultation (code INSEE ou nom attendu).`);
  }
  return region.code;
}
