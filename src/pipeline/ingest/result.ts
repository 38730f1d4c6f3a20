import type { Diagnostic, FileReconciliation, RawItem, ScaleSummary, Session } from '../model.ts';

/** What reading one source file gives: never throws, every problem is a diagnostic. */
export interface IngestResult {
  sessions: Session[];
  items: RawItem[];
  scales: ScaleSummary[];
  diagnostics: Diagnostic[];
  reconciliation: FileReconciliation[];
  /** Personal names declared in the source (ambassadors…), for the anonymise stage. */
  names: string[];
  /**
   * Participants' names read in a survey's name columns (Decidim's authors): masked as whole names
   * only, since display names are often common words (« Pour tous », « Citoyen »).
   */
  participantNames: string[];
}

export function emptyResult(): IngestResult {
  return { sessions: [], items: [], scales: [], diagnostics: [], reconciliation: [], names: [], participantNames: [] };
}
