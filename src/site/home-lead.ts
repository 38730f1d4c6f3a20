/**
 * The home page's opening sentence: the consultation's own (`description` of consultation.yml), so
 * that a consultation on another subject does not open on the demo's « système d'information »; a
 * general one when the bureau has written none.
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';

export const GENERAL_LEAD =
  'Ce que disent les ateliers et les enquêtes de la consultation : ce qui fonctionne, ce qui dysfonctionne, et ce qui est attendu.';

export function homeLead(synthesis: Pick<Synthesis, 'description'>): string {
  // A Synthesis written before the field existed (a `synthese.json` of an older build) has none.
  return synthesis.description ?? GENERAL_LEAD;
}
