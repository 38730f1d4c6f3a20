/**
 * What tells a result's link from another's with the same words: identical answers (« La recherche
 * rapide des jeunes. », given by several) each lead to their own item, and their links, named by the
 * text alone, sounded the same in a screen reader's list of links (RGAA 6.1). The source line under a
 * result says where it comes from; the link gets its distinguishing part, for screen readers only
 * (ui.ts `resultItem`): « , réponse n° 112 » for a survey's answer, « , Atelier de Rennes, ligne 12 »
 * for a workshop's note. Read from the document's place in its file (`DocPlace`), not from its source
 * line, which is written for readers.
 */
import type { DocPlace } from './store.ts';

/** The words after a result's text in its link's name; « , élément 2 sur 3 » too when its answer gave several items. */
export function resultPlace(place: DocPlace): string {
  const element = place.element === '' ? '' : `, ${place.element}`;
  if (place.answer !== null) return `, réponse n° ${place.answer}${element}`;
  return `${place.session === '' ? '' : `, ${place.session}`}, ligne ${place.line}${element}`;
}

/**
 * The words after an explorer row's source in its link's name: the source names the answer, and its items (one per
 * column, or a cell split) are told apart as on their pages (« , élément 2 sur 3 »).
 */
export function rowPlace(place: DocPlace): string {
  return place.element === '' ? '' : `, ${place.element}`;
}
