/**
 * « Copier la citation » under each verbatim (VerbatimItem.astro): copies « “texte” — source, lien »,
 * read from the item as shown (its quote, its source line, its permalink resolved against the page's
 * address, so that a site served under a sub-path gives its own). The clipboard API where the page may
 * use it, else a hidden text area and `execCommand('copy')`; a status line tells screen readers what
 * happened. The buttons are hidden in the HTML: without this script there is nothing to click.
 */
import { citationText } from '../site/citation.ts';

const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('button.copy-citation'));

if (buttons.length > 0) {
  // One live region for the page, present before it speaks (a region added with its text is often not read).
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.dataset.citationStatus = '';
  document.body.append(status);

  const say = (text: string): void => {
    // Emptied first: the same message twice in a row is spoken again.
    status.textContent = '';
    window.setTimeout(() => (status.textContent = text), 50);
  };

  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => void copyCitation(button).then((copied) => say(copied
      ? 'Citation copiée dans le presse-papiers.'
      : 'La citation n’a pas pu être copiée : sélectionnez le texte et la source pour les copier.')));
  }
}

/** The item's citation, from what the page shows. */
function citationOf(button: HTMLButtonElement): string {
  const item = button.closest('li');
  const words = (selector: string) => (item?.querySelector(selector)?.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
  const link = item?.querySelector<HTMLAnchorElement>('a[data-permalink]')?.href ?? '';
  return citationText(words('blockquote'), words('[data-citation-source]'), link, button.hasAttribute('data-citation-asks') ? questionOf(item) : undefined);
}

/** The question above the item (its label left out), or the one its session page states once in its header. */
function questionOf(item: HTMLLIElement | null | undefined): string | undefined {
  const line = item?.querySelector('.question');
  const text = line
    ? Array.from(line.childNodes).filter((node) => !(node instanceof HTMLElement && node.classList.contains('question-label'))).map((node) => node.textContent).join('')
    : document.querySelector('[data-common-question]')?.textContent;
  return text?.replace(/[ \t\r\n]+/g, ' ').trim() || undefined;
}

async function copyCitation(button: HTMLButtonElement): Promise<boolean> {
  const text = citationOf(button);
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return copyWithSelection(text, button);
  }
}

/** Where the clipboard API is missing or refused (a page not served over HTTPS, an older browser). */
function copyWithSelection(text: string, button: HTMLButtonElement): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  // The focus stays where the reader was.
  button.focus();
  return copied;
}
