/** How the columns of one survey are read, whatever said so (sidecar, adapter or header aliases). */
import type { Region, Tag } from '../../model.ts';

export interface TextColumn {
  /** 0-based index of the column the text comes from. */
  column: number;
  /** Column whose text goes before it (Decidim's title before the body), or null. */
  prefix: number | null;
  header: string;
  tag: Tag | 'auto';
  /** Cells hold HTML to turn into plain text. */
  html: boolean;
  /** Question given to the tagger when the row has none (the header, or null when it says nothing). */
  question: string | null;
}

export interface ScaleColumn {
  column: number;
  header: string;
}

export type MappingOrigin = 'fichier-yml' | 'en-tetes' | 'decidim-propositions' | 'decidim-commentaires' | 'commentaires';

export interface Mapping {
  origin: MappingOrigin;
  texts: TextColumn[];
  scales: ScaleColumn[];
  region: number | null;
  department: number | null;
  postalCode: number | null;
  /** Region of the whole file (`region_fixe`). */
  regionFixed: Region | null;
  profile: number | null;
  /** Profile of every respondent (`profil_fixe`). */
  profileFixed: string | null;
  /** Column whose value is the question each row answers (Decidim's category), or null. */
  question: number | null;
  /**
   * Columns holding participants' names (Decidim's author, Talk to the City's interviewee): never
   * published, and masked wherever an answer quotes them (« d'accord avec Justin TIME »).
   */
  names: number[];
}

export function emptyMapping(origin: MappingOrigin): Mapping {
  return {
    origin,
    texts: [],
    scales: [],
    region: null,
    department: null,
    postalCode: null,
    regionFixed: null,
    profile: null,
    profileFixed: null,
    question: null,
    names: [],
  };
}
