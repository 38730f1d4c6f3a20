/**
 * « Copier la citation » on a search result and an explorer row, as under a verbatim on its pages (VerbatimItem.astro,
 * citation-client.ts): the same words copied for the same item — its whole text (a result shows an excerpt), its source
 * line, its permalink as an address, and a survey answer's question —, the same button name and status line. A text too
 * long for the index's display data is shown cut: its whole text is fetched when the button is pressed (whole-text.ts),
 * and should that fail, the cut text is copied with its cut marked « […] », never as if it were whole.
 */
import { citationText } from '../site/citation.ts';
import { citationButtonName, offerCitation } from '../site/citation-copy.ts';
import { answerPlace } from '../site/source-parts.ts';
import type { DocView } from './store.ts';
import type { LinkTo } from './site-link.ts';

/** « “texte” — source (question : « … »), lien »: `link` is the permalink's whole address. */
export function docCitation(doc: Pick<DocView, 'text' | 'source' | 'survey' | 'question'>, link: string): string {
  return citationText(doc.text, doc.source, link, doc.survey ? doc.question?.text : undefined);
}

/** « réponse n° 98 », « ligne 12, élément 2 sur 3 »: what the pages' button names say (item-place.ts `itemPlace`). */
export function docPlace(doc: Pick<DocView, 'place'>): string {
  const { line, answer, element } = doc.place;
  const place = answerPlace(answer === null ? { line } : { line, row: answer });
  return element === '' ? place : `${place}, ${element}`;
}

/** A document's whole text (`IndexStore.wholeText`). */
export type WholeText = (doc: number) => Promise<string | undefined>;

/** The citation of `doc`: of its whole text when it is shown cut, else of its text as shown. */
export async function wholeCitation(doc: Pick<DocView, 'doc' | 'text' | 'cut' | 'source' | 'survey' | 'question'>, link: string, wholeText: WholeText): Promise<string> {
  if (!doc.cut) return docCitation(doc, link);
  // Offline, or a build replaced meanwhile: the cut text, which shows its cut (« […] »).
  const whole = await wholeText(doc.doc).catch(() => undefined);
  return docCitation({ ...doc, text: whole ?? doc.text }, link);
}

export function citationButton(doc: DocView, linkTo: LinkTo, wholeText: WholeText): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-citation';
  button.setAttribute('aria-label', citationButtonName(docPlace(doc)));
  button.textContent = 'Copier la citation';
  // Resolved when pressed, against the page's address, as a page's link is (`HTMLAnchorElement.href`).
  offerCitation(button, () => {
    const link = new URL(linkTo(doc.permalink), location.href).href;
    // Most texts are whole: their citation is copied at once, as on the pages.
    return doc.cut ? wholeCitation(doc, link, wholeText) : docCitation(doc, link);
  });
  return button;
}
