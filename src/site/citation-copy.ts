/**
 * Copying a citation in the browser, for every « Copier la citation » button (the pages' citation-client.ts, the search
 * results' and the explorer's search/citation-button.ts): the clipboard API where the page may use it, else a hidden
 * text area and `execCommand('copy')`; one status line per page tells screen readers what happened.
 */

export const CITATION_COPIED = 'Citation copiée dans le presse-papiers.';
export const CITATION_NOT_COPIED = 'La citation n’a pas pu être copiée : sélectionnez le texte et la source pour les copier.';

/** « Copier la citation (réponse n° 98, élément 2 sur 3) »: each button named by its item's place, as its links are. */
export function citationButtonName(place: string): string {
  return `Copier la citation (${place})`;
}

/**
 * Shows `button` and copies `cite()` when it is pressed, saying so. The page's status line is made now, before it
 * speaks (a region added with its text is often not read). A citation still to be fetched (a search result's text shown
 * cut) is a promise: it must resolve, never reject (its fallback is the caller's).
 */
export function offerCitation(button: HTMLButtonElement, cite: () => string | Promise<string>): void {
  const status = citationStatus();
  button.hidden = false;
  button.addEventListener('click', () =>
    void copyText(cite(), button).then((copied) => {
      // Emptied first: the same message twice in a row is spoken again.
      status.textContent = '';
      window.setTimeout(() => (status.textContent = copied ? CITATION_COPIED : CITATION_NOT_COPIED), 50);
    }),
  );
}

/** The page's one status line for citations. */
function citationStatus(): HTMLElement {
  const found = document.querySelector<HTMLElement>('[data-citation-status]');
  if (found) return found;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.dataset.citationStatus = '';
  document.body.append(status);
  return status;
}

async function copyText(text: string | Promise<string>, button: HTMLButtonElement): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    if (typeof text === 'string') await navigator.clipboard.writeText(text);
    else await writeLater(text);
    return true;
  } catch {
    return copyWithSelection(await text, button);
  }
}

/**
 * A text still being fetched: handed to the clipboard as a promise, within the press (Safari refuses a write once the
 * gesture is over); where `ClipboardItem` is missing, written once it is there.
 */
async function writeLater(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard.write) {
    await navigator.clipboard.writeText(await text);
    return;
  }
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((plain) => new Blob([plain], { type: 'text/plain' })) })]);
  } catch {
    // A browser whose `ClipboardItem` takes no promise, or no text/plain one.
    await navigator.clipboard.writeText(await text);
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
