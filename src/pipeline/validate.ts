/**
 * Checks across all ingested items, whatever their source: empty texts are rejected (with a
 * diagnostic each), very long texts and exact duplicates within a session are reported but kept.
 * One pass; the duplicate index holds references to the texts, not copies: linear in time and memory.
 */
import type { Diagnostic, RawItem, RejectionReason } from './model.ts';
import { diagnostic } from './diagnostics.ts';
import { sourcePlace } from './source-place.ts';

/** Longest text read comfortably as one statement; longer ones are kept but reported. */
export const MAX_ITEM_CHARACTERS = 2000;

/**
 * In a survey, many respondents give the same short answer ("RAS", "Rien") and that is no error;
 * an identical long answer is more likely a double submission. Notes report every duplicate.
 */
export const MIN_SURVEY_DUPLICATE_CHARACTERS = 80;

/** The reason an empty text is set aside, and the code of the diagnostic that says so. */
export const EMPTY_TEXT = 'texte-vide' satisfies RejectionReason;

export interface ValidationResult {
  items: RawItem[];
  /** Set aside as EMPTY_TEXT. */
  rejected: RawItem[];
  diagnostics: Diagnostic[];
}

export function validateItems(items: RawItem[]): ValidationResult {
  const result: ValidationResult = { items: [], rejected: [], diagnostics: [] };
  /** Session → text → source of its first occurrence. */
  const seen = new Map<string, Map<string, RawItem['source']>>();
  // Items come session after session: the last session's index is kept at hand.
  let sessionId: string | null = null;
  let texts = new Map<string, RawItem['source']>();
  // Indexed: this loop runs once over every item, mostly before the optimising compiler takes over,
  // and a for…of there allocates an iterator result per item.
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as RawItem;
    const text = item.text.trim();
    if (!text) {
      result.rejected.push(item);
      result.diagnostics.push(
        diagnostic({
          code: EMPTY_TEXT,
          severity: 'warning',
          message: `Texte vide (${sourcePlace(item.source)}) : il n’est pas retenu.`,
          hint: 'Complétez le texte ou supprimez-le de la source.',
          ...at(item),
        }),
      );
      continue;
    }
    if (text.length > MAX_ITEM_CHARACTERS)
      result.diagnostics.push(
        diagnostic({
          code: 'texte-trop-long',
          severity: 'warning',
          message: `Texte de ${text.length.toLocaleString('fr-FR')} caractères (${sourcePlace(item.source)}) : au-delà de ${MAX_ITEM_CHARACTERS.toLocaleString('fr-FR')}, il rassemble sans doute plusieurs retours.`,
          hint: 'Découpez-le en plusieurs éléments, un retour par ligne.',
          ...at(item),
        }),
      );
    const isSurvey = item.source.row !== undefined;
    if (isSurvey && text.length < MIN_SURVEY_DUPLICATE_CHARACTERS) {
      result.items.push(item);
      continue;
    }
    if (item.sessionId !== sessionId) {
      sessionId = item.sessionId;
      const known = seen.get(sessionId);
      if (known) texts = known;
      else seen.set(sessionId, (texts = new Map()));
    }
    const first = texts.get(text);
    if (first)
      result.diagnostics.push(
        diagnostic({
          code: 'doublon',
          severity: 'warning',
          message: `Ce texte répète mot pour mot celui de la ${sourcePlace(first)} : les deux sont gardés.`,
          // A survey has no « (N votes) »: a long answer given twice is most likely one answer sent or exported twice (a questionnaire, a Decidim comment).
          hint: isSurvey
            ? 'Sans doute la même réponse envoyée ou exportée deux fois : si c’est le cas, supprimez l’une des deux lignes de l’export ; sinon (deux participants qui ont écrit le même texte), rien à faire.'
            : 'S’il s’agit d’un copier-coller, supprimez l’un des deux ; pour compter des votes, écrivez « (N votes) ».',
          ...at(item),
        }),
      );
    else texts.set(text, item.source);
    result.items.push(item);
  }
  return result;
}

/** The place a diagnostic points at (built only when there is one to report). */
function at(item: RawItem): { file: string; line: number; column: number } {
  return { file: item.source.file, line: item.source.line, column: item.source.column };
}


