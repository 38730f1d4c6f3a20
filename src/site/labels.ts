/** French labels of coded values (profiles, formats, session kinds) for every place a reader sees them. */
import { TAG_LABELS, WITHHELD_PROFILE, type SessionFormat, type Tag } from '../pipeline/model.ts';

export { TAG_LABELS };

export const FORMAT_LABELS: Readonly<Record<SessionFormat, string>> = {
  presentiel: 'Présentiel',
  distanciel: 'À distance',
  hybride: 'Hybride',
  enquete: 'Enquête',
};

const PROFILE_LABELS: Readonly<Record<string, string>> = {
  conseiller: 'Conseillers et conseillères',
  direction: 'Direction',
  accueil: 'Accueil',
  partenaire: 'Partenaires',
  jeune: 'Jeunes',
  administratif: 'Administratif',
  'charge-de-projet': 'Chargés de projet',
  // Said as withheld, not « Autre »: « autre » is a profile respondents gave, this one hides theirs.
  [WITHHELD_PROFILE]: 'Profil non publié (moins de 3 répondants)',
};

/** Label of a missing value in any breakdown. */
export const NONE_LABEL = 'Non précisé';
/** An item without a region, as every view names it (facets, charts, the map's table, the counts' links, the exports). */
export const NO_REGION_LABEL = 'Sans région';
/** The same within a sentence: « 6 contributions, dont 5 sans région ». */
export const NO_REGION_WORDS = 'sans région';
/**
 * A session without a region of its own: held for several regions, or none given (a national survey).
 * Not `NO_REGION_LABEL`: its items may each have a region.
 */
export const SESSION_NO_REGION_LABEL = 'Plusieurs régions ou non précisée';

export function tagLabel(tag: string): string {
  return (TAG_LABELS as Record<string, string>)[tag] ?? (tag || NONE_LABEL);
}

/** Short tag names for chart legends and table headers. */
export const TAG_SHORT: Readonly<Record<Tag, string>> = {
  working: 'Fonctionne',
  broken: 'Dysfonctionne',
  needs: 'Besoins',
};

export function formatLabel(format: string): string {
  return (FORMAT_LABELS as Record<string, string>)[format] ?? (format || NONE_LABEL);
}

export function profileLabel(profile: string | null): string {
  if (!profile) return NONE_LABEL;
  return PROFILE_LABELS[profile] ?? profile.charAt(0).toUpperCase() + profile.slice(1);
}
