/**
 * What an ambassador fills in for one workshop (the `new` command, the /saisie form, a JSON draft).
 * Plain data, browser-safe: the note's Markdown is derived from it by `renderNote`.
 */
import type { Tag } from '../pipeline/model.ts';

export type WorkshopFormat = 'presentiel' | 'distanciel' | 'hybride';
export const WORKSHOP_FORMATS: readonly WorkshopFormat[] = ['presentiel', 'distanciel', 'hybride'];
export const FORMAT_LABELS: Readonly<Record<WorkshopFormat, string>> = {
  presentiel: 'En présentiel',
  distanciel: 'À distance (visioconférence)',
  hybride: 'Hybride',
};

/** Participant profiles, the same ids as the surveys' (`ingest/surveys/profiles.ts`). */
export const PROFILE_IDS = ['conseiller', 'direction', 'accueil', 'partenaire', 'jeune', 'autre'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];
export const PROFILE_LABELS: Readonly<Record<ProfileId, string>> = {
  conseiller: 'Conseillers',
  direction: 'Direction',
  accueil: 'Accueil',
  partenaire: 'Partenaires',
  jeune: 'Jeunes',
  autre: 'Autres',
};

/** The order sections are written in and asked for. */
export const SECTION_TAGS: readonly Tag[] = ['working', 'broken', 'needs'];

export interface DraftItem {
  /** The statement, plain text (no Markdown): it is escaped when written. */
  text: string;
  /** Theme tags written after the text (`#saisie`), without the `#`. */
  themes: string[];
  /** Dot-vote count, or null. */
  votes: number | null;
}

export interface NoteDraft {
  /** Title; empty → « Atelier <région> — <lieu> ». */
  titre: string;
  /** Town or short name of the workshop, used in the file name and the default title. */
  lieu: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  format: WorkshopFormat;
  /** Region name or INSEE code. */
  region: string;
  /** Department INSEE codes. */
  departements: string[];
  structures: string[];
  ambassadeurs: string[];
  participants: {
    total: number | null;
    profils: Partial<Record<ProfileId, number>>;
  };
  /** A workshop held with young people (`profil: jeune`). */
  jeunes: boolean;
  /** Optional free paragraph of context, written before the sections. */
  contexte: string;
  items: Record<Tag, DraftItem[]>;
}

/** Whether a draft holds nothing of the ambassador's (the form as it opens, stored as such). */
export function isBlankDraft(draft: NoteDraft): boolean {
  const blank = emptyDraft();
  const texts = [draft.titre, draft.lieu, draft.date, draft.region, draft.contexte, ...draft.structures, ...draft.ambassadeurs];
  return (
    texts.every((text) => text.trim() === '') &&
    draft.format === blank.format &&
    draft.departements.length === 0 &&
    draft.participants.total === null &&
    Object.keys(draft.participants.profils).length === 0 &&
    !draft.jeunes &&
    Object.values(draft.items).every((items) => items.every((item) => item.text.trim() === '' && item.votes === null && item.themes.length === 0))
  );
}

export function emptyDraft(): NoteDraft {
  return {
    titre: '',
    lieu: '',
    date: '',
    format: 'presentiel',
    region: '',
    departements: [],
    structures: [],
    ambassadeurs: [],
    participants: { total: null, profils: {} },
    jeunes: false,
    contexte: '',
    items: { working: [], broken: [], needs: [] },
  };
}
