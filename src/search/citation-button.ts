/**
 * « Copier la citation » on a search result and an explorer row, as under a verbatim on its pages (VerbatimItem.astro,
 * citation-client.ts): the same words copied for the same item — its whole text (a result shows an excerpt), its source
 * line, its permalink as an address, and a survey answer's question —, the same button name and status line.
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

export function citationButton(doc: DocView, linkTo: LinkTo): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-citation';
  button.setAttribute('aria-label', citationButtonName(docPlace(doc)));
  button.textContent = 'Copier la citation';
  // Resolved when pressed, against the page's address, as a page's link is (`HTMLAnchorElement.href`).
  offerCitation(button, () => docCitation(doc, new URL(linkTo(doc.permalink), location.href).href));
  return button;
}
