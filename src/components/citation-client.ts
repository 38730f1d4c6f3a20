/**
 * « Copier la citation » under each verbatim (VerbatimItem.astro): copies « “texte” — source, lien »,
 * read from the item as shown (its quote, its source line, its permalink resolved against the page's
 * address, so that a site served under a sub-path gives its own). Copying and the status line for screen
 * readers: site/citation-copy.ts, shared with the search results. The buttons are hidden in the HTML:
 * without this script there is nothing to click.
 */
import { citationText } from '../site/citation.ts';
import { offerCitation } from '../site/citation-copy.ts';

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-citation')) {
  offerCitation(button, () => citationOf(button));
}

/** The item's citation, from what the page shows. */
function citationOf(button: HTMLButtonElement): string {
  const item = button.closest('li');
  const words = (selector: string) => item?.querySelector(selector)?.textContent ?? '';
  const link = item?.querySelector<HTMLAnchorElement>('a[data-permalink]')?.href ?? '';
  return citationText(words('blockquote'), words('[data-citation-source]'), link, button.hasAttribute('data-citation-asks') ? questionOf(item) : undefined);
}

/** The question above the item (its label left out), or the one its session page states once in its header. */
function questionOf(item: HTMLLIElement | null | undefined): string | undefined {
  const line = item?.querySelector('.question');
  const text = line
    ? Array.from(line.childNodes).filter((node) => !(node instanceof HTMLElement && node.classList.contains('question-label'))).map((node) => node.textContent).join('')
    : document.querySelector('[data-common-question]')?.textContent;
  return text ?? undefined;
}
