/**
 * What tells a result's link from another's with the same words: identical answers (« La recherche
 * rapide des jeunes. », given by several) each lead to their own item, and their links, named by the
 * text alone, sounded the same in a screen reader's list of links (RGAA 6.1). The source line under a
 * result says where it comes from; the link gets its distinguishing part, for screen readers only
 * (ui.ts `resultItem`): « , réponse n° 112 » for a survey's answer, « , Atelier de Rennes, ligne 12 »
 * for a workshop's note.
 */

/**
 * « Questionnaire … — ligne 157 (réponse n° 112), colonne … » or « Atelier … — ligne 12 » (build/documents.ts
 * `sourceLabel`), with the pages' no-break spaces or not.
 */
const SOURCE = /^(?<title>.*?)\s+—\s+ligne\s+(?<line>\d+)(?:\s+\(réponse\s+n°\s*(?<answer>\d+)\))?/su;

/** The words after a result's text in its link's name, from its source line (the whole line when it has another shape). */
export function resultPlace(source: string): string {
  const match = SOURCE.exec(source);
  if (!match?.groups) return source === '' ? '' : `, ${source}`;
  const { title, line, answer } = match.groups;
  return answer ? `, réponse n° ${answer}` : `, ${title ?? ''}, ligne ${line ?? ''}`;
}
