/**
 * The accessibility state the site declares, on the day it is built: every page's footer and the
 * statement say the same words (src/pipeline/accessibility-audit.ts holds the RGAA's rule).
 */
import { CONFORMITY_LABELS, auditStanding, conformity, type AuditStanding, type Conformity } from '../pipeline/accessibility-audit.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';

export interface AccessibilityStatus {
  state: Conformity;
  /** « totalement conforme », « partiellement conforme » or « non conforme ». */
  label: string;
  /** The day the statement is established: the build's (AAAA-MM-JJ). */
  day: string;
  /** Whether the declared audit counts on that day (the statement says why it does not). */
  audit: AuditStanding;
}

/**
 * The build's day, in UTC like every date the pipeline writes; `SOURCE_DATE_EPOCH` (seconds, the
 * reproducible-builds convention) sets it, so that a rebuild on another day can give the same bytes.
 */
export function buildDay(now: Date = new Date(), sourceDateEpoch: string | undefined = process.env.SOURCE_DATE_EPOCH): string {
  const fixed = sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim()) ? new Date(Number(sourceDateEpoch.trim()) * 1000) : null;
  return (fixed ?? now).toISOString().slice(0, 10);
}

export function accessibilityStatus(synthesis: Pick<Synthesis, 'accessibilityAudit'>, day: string = buildDay()): AccessibilityStatus {
  const state = conformity(synthesis.accessibilityAudit, day);
  return { state, label: CONFORMITY_LABELS[state], day, audit: auditStanding(synthesis.accessibilityAudit, day) };
}

/** check's code for a contact on a domain reserved for examples (pipeline/settings.ts). */
export const EXAMPLE_CONTACT_CODE = 'contact-accessibilite-exemple';

/**
 * The address the statement gives readers, or null: an example one (example.org…) reaches nobody, so
 * the statement gives none and says how else to reach the team; `build` warns the bureau in full.
 * The settings' own diagnostic decides, so that `check`, `build` and the page agree.
 */
export function publishedContact(synthesis: Pick<Synthesis, 'accessibilityContact' | 'diagnostics'>): string | null {
  if (synthesis.diagnostics.some((d) => d.code === EXAMPLE_CONTACT_CODE)) return null;
  return synthesis.accessibilityContact;
}
