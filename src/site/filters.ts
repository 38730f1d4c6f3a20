/**
 * Filters written by chapter authors (`<Verbatims theme="saisie-ergonomie" region="Bretagne"/>`)
 * checked against the Synthesis: an unknown value is a French problem with a « Vouliez-vous dire … ? »
 * hint, reported by `check` and `build` before Astro runs (src/site/chapters-check/), and thrown here
 * as a last safety net rather than printing a wrong number in the white paper.
 */
import { SESSION_FORMATS, TAGS, TAG_LABELS } from '../pipeline/model.ts';
import type { ItemFilter } from '../pipeline/analysis/count-by.ts';
import { resolveRegion as resolvePlace, suggestRegion } from '../pipeline/referentiels/places.ts';
import { closest } from '../pipeline/text/closest.ts';
import { FORMAT_LABELS, profileLabel } from './labels.ts';
import type { Site } from './site.ts';

/** What an author may write: one value per dimension. */
export interface AuthorFilter {
  tag?: string | undefined;
  theme?: string | undefined;
  /** INSEE code or name, accents, case and usual abbreviations forgiven (as in workshop notes). */
  region?: string | undefined;
  profile?: string | undefined;
  format?: string | undefined;
}

export type FilterName = keyof AuthorFilter;
export const FILTER_NAMES: readonly FilterName[] = ['tag', 'theme', 'region', 'profile', 'format'];

/** One thing wrong in a component's props, in French; `prop` places it in the chapter. */
export interface Problem {
  code: string;
  prop?: string;
  message: string;
  hint?: string;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(message: string, problems: Problem[] = []) {
    super(message);
    // Named, because the class the pages bundle is not the command line's: `describeFailure` reads the name.
    this.name = 'ContentError';
    this.problems = problems;
  }
}

type Resolved = { value: string } | { problem: Problem };

const didYouMean = (guess: string | null, otherwise: string) => (guess ? `Vouliez-vous dire « ${guess} » ?` : otherwise);
const unknown = (prop: string, message: string, hint: string): { problem: Problem } => ({
  problem: { code: 'chapitre-valeur-inconnue', prop, message, hint },
});

/** The code of one filter value, or the problem with it. */
export function resolveFilterValue(site: Site, name: FilterName, raw: string): Resolved {
  switch (name) {
    case 'tag': {
      if ((TAGS as readonly string[]).includes(raw)) return { value: raw };
      const guess = closest(raw, TAGS.flatMap((t) => [{ text: t, value: t }, { text: TAG_LABELS[t], value: t }]));
      return unknown(name, `étiquette inconnue « ${raw} »`, didYouMean(guess, `Valeurs possibles : ${TAGS.join(', ')}.`));
    }
    case 'theme': {
      if (site.themeById.has(raw)) return { value: raw };
      const guess = closest(raw, site.themes.flatMap((t) => [{ text: t.id, value: t.id }, { text: t.label, value: t.id }]));
      return unknown(name, `thème inconnu « ${raw} »`, didYouMean(guess, 'Les identifiants des thèmes sont dans data/themes.yml.'));
    }
    case 'region':
      return resolveRegionValue(site, raw);
    case 'profile': {
      if (site.profiles.includes(raw)) return { value: raw };
      const guess = closest(raw, site.profiles.flatMap((p) => [{ text: p, value: p }, { text: profileLabel(p), value: p }]));
      const known = site.profiles.length ? `Profils de la consultation : ${site.profiles.join(', ')}.` : 'La consultation ne déclare aucun profil.';
      return unknown(name, `profil inconnu « ${raw} »`, didYouMean(guess, known));
    }
    case 'format': {
      if ((SESSION_FORMATS as readonly string[]).includes(raw)) return { value: raw };
      const guess = closest(raw, SESSION_FORMATS.flatMap((f) => [{ text: f, value: f }, { text: FORMAT_LABELS[f], value: f }]));
      return unknown(name, `format inconnu « ${raw} »`, didYouMean(guess, `Valeurs possibles : ${SESSION_FORMATS.join(', ')}.`));
    }
  }
}

function resolveRegionValue(site: Site, raw: string): Resolved {
  const region = resolvePlace(raw);
  if (!region) {
    const guess = suggestRegion(raw);
    return unknown('region', `région inconnue « ${raw} »`, didYouMean(guess?.name ?? null, 'Écrivez le nom d’une région (« Bretagne ») ou son code INSEE (« 53 »).'));
  }
  if (site.regionByCode.has(region.code)) return { value: region.code };
  return unknown(
    'region',
    `région « ${raw} » (${region.name}) absente de la consultation`,
    `Régions de la consultation : ${site.regions.map((r) => r.name).join(', ') || 'aucune'}.`,
  );
}

/** Every problem of a filter (all of them, not only the first), and the codes of its valid values. */
export function checkFilter(site: Site, filter: AuthorFilter): { filter: ItemFilter; problems: Problem[] } {
  const result: ItemFilter = {};
  const problems: Problem[] = [];
  for (const name of FILTER_NAMES) {
    const raw = filter[name];
    if (raw === undefined) continue;
    const resolved = resolveFilterValue(site, name, raw);
    if ('problem' in resolved) problems.push(resolved.problem);
    else result[name] = resolved.value;
  }
  return { filter: result, problems };
}

/** The filter in codes; throws a French `ContentError` naming `where` on any unknown value. */
export function resolveFilter(site: Site, filter: AuthorFilter, where: string): ItemFilter {
  const { filter: result, problems } = checkFilter(site, filter);
  if (problems.length) throw contentError(where, problems);
  return result;
}

/** One error for all the problems of a component, each with its hint. */
export function contentError(where: string, problems: Problem[]): ContentError {
  const lines = problems.map((p) => `${where} : ${p.message}.${p.hint ? ` ${p.hint}` : ''}`);
  return new ContentError(lines.join('\n'), problems);
}
