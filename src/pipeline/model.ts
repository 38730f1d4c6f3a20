/**
 * The data model shared by every stage of the pipeline. Plain types only: no Astro, no I/O.
 * Identifiers are English; every text a user reads is French and lives in the values.
 */

/** What an item says about the information system. */
export type Tag = 'working' | 'broken' | 'needs';
export const TAGS: readonly Tag[] = ['working', 'broken', 'needs'];
/** French labels of the tags, for every place a reader sees them. */
export const TAG_LABELS: Readonly<Record<Tag, string>> = {
  working: 'Ce qui fonctionne',
  broken: 'Ce qui dysfonctionne',
  needs: 'Besoins et attentes',
};

/** Whether the tag was given by the source (section heading, survey column) or inferred from the text. */
export type TagSource = 'explicit' | 'inferred';

/** How a workshop was held; surveys have their own format. */
export type SessionFormat = 'presentiel' | 'distanciel' | 'hybride' | 'enquete';
export const SESSION_FORMATS: readonly SessionFormat[] = ['presentiel', 'distanciel', 'hybride', 'enquete'];

/**
 * Blocking problems stop publication; warnings are shown but do not. An `info` is no problem: it says how
 * the text was read (a table, numbered lines, an enumeration split), for the ambassador to check it; it is
 * listed after the warnings and never counted among them.
 */
export type Severity = 'blocking' | 'warning' | 'info';
/** Most serious first: the order in which reports list and sort them. */
export const SEVERITIES: readonly Severity[] = ['blocking', 'warning', 'info'];
/** French names of the severities (singular, lower case), for every place a reader sees them. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  blocking: 'erreur bloquante',
  warning: 'avertissement',
  info: 'information',
};

/**
 * Where a piece of data comes from. For a note: file, line and column of the list item.
 * For a survey: file, physical line where the record starts, data row (1-based, header excluded),
 * and the column (1-based index and header name).
 */
export interface SourceRef {
  /** Path relative to the consultation root, with `/` separators. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the line (notes) or 1-based column index (surveys). */
  column: number;
  /** 1-based data row of a survey (header excluded). */
  row?: number;
  /** Header of the survey column the text comes from. */
  field?: string;
}

/** One problem found in the input, pointing at its exact place. */
export interface Diagnostic {
  /** Stable code (French kebab-case), e.g. `region-inconnue`. */
  code: string;
  severity: Severity;
  /** French message, one sentence. */
  message: string;
  /** French suggestion for fixing it. */
  hint?: string;
  file: string;
  line: number;
  column: number;
}

/** A workshop or a survey: the context shared by its items. */
export interface Session {
  /** Stable id derived from the source file path. */
  id: string;
  kind: 'workshop' | 'survey';
  /** French title (front matter `titre`, or the survey's `titre`). */
  title: string;
  /** ISO date (YYYY-MM-DD) of a workshop. */
  date: string | null;
  format: SessionFormat;
  /** INSEE region code of the whole session, when it has one. */
  region: string | null;
  /** INSEE department codes. */
  departments: string[];
  structures: string[];
  /** Number of participants, when known. */
  participants: number | null;
  /** Participants per profile (conseiller, direction, jeune…). */
  profiles: Record<string, number>;
  /** Source file relative to the root. */
  file: string;
}

/** The profile of a survey's answers whose region and profile fewer than 3 respondents share: withheld (anonymise/small-groups.ts). */
export const WITHHELD_PROFILE = 'non-publie';

/**
 * The empty theme list every item without `#thèmes` shares: item lists are never modified in place
 * (they are `readonly`), and at a million items one array per item was a million objects for the
 * garbage collector to walk at each full collection.
 */
export const NO_THEMES: readonly string[] = Object.freeze([]);

/** An item as read from its source, before tagging and theming. */
export interface RawItem {
  /** Stable id derived from source and text. */
  id: string;
  sessionId: string;
  /** The statement, as written (after anonymisation once that stage ran). */
  text: string;
  /** Tag given by the source, or `auto` when it must be inferred. */
  declaredTag: Tag | 'auto';
  /** Themes written explicitly (`#saisie`), as ids. */
  explicitThemes: readonly string[];
  /** Dot-vote count; 1 when none was given. */
  weight: number;
  /** The weight is a count of votes given to the whole text (a survey's vote column): the text is never split. */
  voted?: true;
  region: string | null;
  department: string | null;
  /** Participant profile (conseiller, direction, accueil, partenaire, jeune…, or `WITHHELD_PROFILE`) or null. */
  profile: string | null;
  format: SessionFormat;
  /** The question or section heading the text answers: context for tagging. */
  question: string | null;
  source: SourceRef;
}

/** An item once tagged and themed: what is published. */
export interface FeedbackItem extends RawItem {
  tag: Tag;
  tagSource: TagSource;
  /** 0–1; 1 for explicit tags. */
  confidence: number;
  /** Theme ids, never empty (`autres` when nothing matched). */
  themes: readonly string[];
}

/** A theme of the taxonomy (`data/themes.yml`). */
export interface Theme {
  id: string;
  label: string;
  description: string;
  keywords: string[];
}

/** INSEE region. */
export interface Region {
  code: string;
  name: string;
}

/** INSEE department. */
export interface Department {
  code: string;
  name: string;
  region: string;
}

/** Distribution of answers to a closed question (Likert, yes/no). */
export interface ScaleSummary {
  /** Survey session id. */
  sessionId: string;
  /** Column header, i.e. the question. */
  question: string;
  /** Answer value → count, values sorted. */
  counts: Record<string, number>;
  /** Answers with no value. */
  blank: number;
}

/**
 * Why an entry read was set aside, named where it is set aside: the code of the diagnostic that says
 * so (`texte-vide`: validate.ts; `non-reponses-ecartees`, `sans-jugement-lisible`, `coordonnees-laissees`: tag/index.ts; `nombre-de-champs-incorrect`:
 * ingest/surveys/field-count.ts; `element-vide`, `texte-hors-liste`: a note's body, ingest/notes/body.ts).
 * French wording: rejection-reasons.ts.
 */
export type RejectionReason =
  | 'texte-vide'
  | 'non-reponses-ecartees'
  | 'nombre-de-champs-incorrect'
  | 'element-vide'
  | 'texte-hors-liste'
  /** A short answer to a « satisfaction et/ou difficultés » question with no judgement read (« Les temps de réponse de la CNAV »): tag/index.ts. */
  | 'sans-jugement-lisible'
  /** A contact left without feedback (« Je suis disponible pour en parler : [téléphone] »): tag/index.ts. */
  | 'coordonnees-laissees'
  /** An answer in a survey column whose header is not recognised, that nothing names: surveys/unread-answers.ts. */
  | 'colonne-non-reconnue'
  /** A survey row with more fields than the header, its columns shifted: surveys/shifted-rows.ts. */
  | 'ligne-decalee'
  /** A survey answer another survey file holds word for word (a reworked extract): ingest/shared-texts.ts. */
  | 'copie-d-un-autre-fichier';

/** How many entries were set aside for one reason. */
export interface RejectionCount {
  reason: RejectionReason;
  count: number;
}

/**
 * One entry set aside, for the bureau to audit (the « Écartés » sheet, `ecartes.csv`): where it was
 * read, why, and its text as read — masked like a published text (a set-aside paragraph may hold a
 * phone number or a name), and cut to `SET_ASIDE_TEXT_LENGTH` characters, since a table set aside
 * whole or a pasted page would otherwise weigh as much as the items. Per file and reason, as many as
 * the bilan counts.
 */
export interface SetAsideEntry {
  /** As an item's: the file's real line; a survey's data row and the header of its column, if any. */
  source: SourceRef;
  /** The question a survey answer set aside was given to (its row's, or its column's), masked; absent elsewhere. */
  question?: string;
  reason: RejectionReason;
  text: string;
}

/** Characters of a set-aside entry's text kept, « … » marking the cut. */
export const SET_ASIDE_TEXT_LENGTH = 300;

/** Per file: entries read = entries kept + entries rejected (each rejection has a diagnostic). */
export interface FileReconciliation {
  file: string;
  read: number;
  kept: number;
  rejected: number;
  /** Why the `rejected` entries were set aside: counts summing to `rejected`, largest first (then by reason); empty when none. */
  reasons: RejectionCount[];
}

export interface Reconciliation {
  files: FileReconciliation[];
  read: number;
  kept: number;
  rejected: number;
  /** The files' reasons added up: counts summing to `rejected`, largest first (then by reason). */
  reasons: RejectionCount[];
  /** Published items: kept entries after splitting multi-statement answers. */
  published: number;
}
