/**
 * Columns several views share, named once so that one quantity has one name everywhere: the site's
 * « voix », and where a survey answer was read (its number, its column's header).
 */

/** One column, one quantity: what the site calls « voix » (an item counts one, a voted item its votes). */
export const VOICES_HEADER = 'Voix (votes compris)';
/** A survey answer's number, as the site cites it (« réponse n° 90 »); empty for a workshop's item. */
export const ANSWER_HEADER = 'Réponse n°';
/**
 * A survey's column header beside the question its answer was given to: the same on most surveys, so
 * written only when it differs (a long table's « reponse » column, whose rows name their question).
 */
export const FIELD_HEADER = 'En-tête de colonne (s’il diffère de la question)';

/** The header of an answer's column, empty when it is its question (`FIELD_HEADER`). */
export function distinctField(field: string | undefined, question: string | null | undefined): string {
  return field === undefined || field === (question ?? '') ? '' : field;
}
