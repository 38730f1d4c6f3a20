/** How the columns of one survey are read, whatever said so (sidecar, adapter or header aliases). */
import type { Department, Region, Tag } from '../../model.ts';

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
  /** Declared bounds of a numeric scale (0–10), or null: 1–5 or oui/non, whichever the column holds. */
  range: { min: number; max: number } | null;
}

/** Where each row's question comes from. */
export interface QuestionColumn {
  column: number;
  /**
   * `cell`: the cell is the question, or its code (« Q178 »); `url-end`: the number ending a URL is
   * the code (Decidim's root_commentable_url names the debate a comment, or its reply, belongs to).
   */
  read: 'cell' | 'url-end';
}

/** A column of vote counts, each row's weight (Decidim's supports, a sidecar's `votes`). */
export interface WeightColumn {
  column: number;
  header: string;
}

export type MappingOrigin = 'fichier-yml' | 'en-tetes' | 'decidim-propositions' | 'decidim-commentaires' | 'commentaires';

export interface Mapping {
  /** Who chose the text columns: the sidecar when it names them, else an adapter or the headers. */
  origin: MappingOrigin;
  texts: TextColumn[];
  scales: ScaleColumn[];
  region: number | null;
  department: number | null;
  postalCode: number | null;
  /** Region of the whole file (`region_fixe`, or the region of `departement_fixe`). */
  regionFixed: Region | null;
  /** Department of the whole file (`departement_fixe`). */
  departmentFixed: Department | null;
  profile: number | null;
  /** Profile of every respondent (`profil_fixe`). */
  profileFixed: string | null;
  /** Column whose value is the question each row answers (Decidim's category), or null. */
  question: QuestionColumn | null;
  /** Text of a question by the code its column holds (sidecar `questions:`). */
  questionLabels: ReadonlyMap<string, string>;
  /** Column whose count weighs each row's items, or null (weight 1). */
  weight: WeightColumn | null;
  /**
   * Columns holding participants' names (Decidim's author, Talk to the City's interviewee): never
   * published, and masked wherever an answer quotes them (« d'accord avec Justin TIME »).
   */
  names: number[];
  /**
   * Column of each respondent's id (Decidim's `author/id`), or null: the session's participants are its
   * distinct values. Never published, not even as a count per row.
   */
  respondent: number | null;
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
    departmentFixed: null,
    profile: null,
    profileFixed: null,
    question: null,
    questionLabels: new Map(),
    weight: null,
    names: [],
    respondent: null,
  };
}
