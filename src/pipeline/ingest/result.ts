import type { Diagnostic, FileReconciliation, RawItem, RejectionCount, ScaleSummary, Session, SetAsideEntry } from '../model.ts';

/**
 * One file's bilan as its ingest leaves it: `reasons` says why its `rejected` entries were set aside
 * (reasonCounts in reconciliation.ts builds it), counts adding up to `rejected`; it may be left out
 * only when nothing was set aside (a file not read at all).
 */
export type IngestReconciliation = Omit<FileReconciliation, 'reasons'> & { reasons?: RejectionCount[] };

/** What reading one source file gives: never throws, every problem is a diagnostic. */
export interface IngestResult {
  sessions: Session[];
  items: RawItem[];
  scales: ScaleSummary[];
  diagnostics: Diagnostic[];
  reconciliation: IngestReconciliation[];
  /**
   * The entries this file's bilan counts as set aside, one each, text as read: masked and cut later,
   * with the items' texts (synthesize.ts), since the names to mask are known only once all is read.
   */
  setAside: SetAsideEntry[];
  /** Personal names declared in the source (ambassadors…), for the anonymise stage. */
  names: string[];
  /**
   * Participants' names read in a survey's name columns (Decidim's authors): masked as whole names
   * only, since display names are often common words (« Pour tous », « Citoyen »).
   */
  participantNames: string[];
  /** Profiles as a note writes them, with their file: checked for personal data with the items. */
  profileTexts: SourcedProfileText[];
}

/** A profile as written, with its id and where it is written. */
export interface SourcedProfileText {
  file: string;
  id: string;
  text: string;
  line: number;
  column: number;
}

export function emptyResult(): IngestResult {
  return { sessions: [], items: [], scales: [], diagnostics: [], reconciliation: [], setAside: [], names: [], participantNames: [], profileTexts: [] };
}
