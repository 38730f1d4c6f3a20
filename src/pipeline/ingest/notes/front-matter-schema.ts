/** The front matter of a workshop note: its French keys, their accepted spellings, and their types. */
import { z } from 'zod';
import { foldKey } from '../../text/fold.ts';

/** A text or a number written as text (`region: 75`, `departements: [17]`). */
const scalar = z.union([z.string(), z.number()]).transform((value) => String(value).trim());
/** A list, or a single value standing for a one-item list. */
const list = z.preprocess((value) => (value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(scalar));

export const frontMatterFields = {
  /** Title of the workshop, as readers see it (`Atelier Nouvelle-Aquitaine — Saintes`). Required. */
  titre: scalar.pipe(z.string().min(1)),
  /** Day of the workshop: `2026-09-12` (or `12/09/2026`). */
  date: scalar,
  /** `presentiel`, `distanciel` or `hybride`. */
  format: scalar,
  /** Region: name or INSEE code (`Nouvelle-Aquitaine`, `75`), case and accents forgiven. Required. */
  region: scalar,
  /** INSEE codes or names of the departments the participants come from (`["17"]`). */
  departements: list,
  /** Structures (Missions Locales…) represented. */
  structures: list,
  /** Ambassadors who ran the workshop: personal names, removed before publication. */
  ambassadeurs: list,
  /**
   * Participants: `total`, a breakdown `profils` (`{ conseiller: 9, direction: 2 }`), optional `noms`
   * (never published). Only its shape is checked here: its keys are read one by one (participants.ts),
   * so that one bad number does not lose the rest of the block.
   */
  participants: z.preprocess((value) => (typeof value === 'number' ? { total: value } : value), z.record(z.string(), z.unknown())),
  /** Profile of every participant when they share one (`jeune`). */
  profil: scalar,
};

export type FrontMatterField = keyof typeof frontMatterFields;
export const FRONT_MATTER_FIELDS = Object.keys(frontMatterFields) as FrontMatterField[];

/** Folded spellings people use for each key (singular, accents, English). */
const SPELLINGS: Readonly<Record<FrontMatterField, readonly string[]>> = {
  titre: ['titre', 'title', 'intitule'],
  date: ['date', 'jour'],
  format: ['format', 'modalite'],
  region: ['region'],
  departements: ['departements', 'departement', 'departments', 'department', 'dept', 'depts'],
  structures: ['structures', 'structure', 'missionslocales', 'missionlocale'],
  ambassadeurs: ['ambassadeurs', 'ambassadeur', 'ambassadrices', 'ambassadrice', 'animateurs', 'animateur', 'animatrice', 'animatrices'],
  participants: ['participants', 'participant'],
  profil: ['profil', 'public'],
};

/** Keys that describe the workshop but feed nothing: accepted silently. */
const DESCRIPTIVE_KEYS = new Set(['lieu', 'ville', 'commune', 'duree', 'horaire', 'heure', 'commentaire', 'remarques', 'notes']);

const fieldOfKey = new Map<string, FrontMatterField>(
  FRONT_MATTER_FIELDS.flatMap((field) => SPELLINGS[field].map((spelling) => [spelling, field] as const)),
);

/** The field a front matter key stands for, `ignored` for descriptive keys, null when unknown. */
export function fieldOfFrontMatterKey(key: string): FrontMatterField | 'ignored' | null {
  const folded = foldKey(key);
  return fieldOfKey.get(folded) ?? (DESCRIPTIVE_KEYS.has(folded) ? 'ignored' : null);
}

/** Fields whose problems make a note unpublishable. */
export const BLOCKING_FIELDS: ReadonlySet<FrontMatterField> = new Set(['titre', 'date', 'format', 'region']);
