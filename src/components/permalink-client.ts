/**
 * Session pages: a permalink (`#e-<itemId>`) whose item is not on this page, because the page number in
 * the link is out of date, leads to the page that has it now; one whose item is in none of the
 * session's pages says so at the top of the content. Runs on load and on every change of the hash.
 * A session of several pages looks the item up in its `pages.json` (src/site/item-lookup.ts), fetched
 * only then; if that fails, the notice says the item could not be looked for and links to the first page.
 */
import { findItemPage, isSessionPagesIndex, itemIdFromHash, sessionPageAddresses, type SessionPagesIndex } from '../site/item-lookup.ts';
import { itemAnchor } from '../site/permalink.ts';

/** The last page this script sent the reader to: sent there again without the item found, it gives up (no loop). */
const SENT_KEY = 'livre-blanc:lien-permanent';

const heading = document.querySelector<HTMLElement>('[data-session-pages]');

if (heading) {
  const pageNumber = Number(heading.dataset.sessionPage) || 1;
  const pages = Number(heading.dataset.sessionPages) || 1;
  let index: Promise<SessionPagesIndex | null> | undefined;
  let notice: HTMLElement | undefined;

  const loadIndex = (url: string): Promise<SessionPagesIndex | null> =>
    (index ??= fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .then((value: unknown) => (isSessionPagesIndex(value) ? value : null))
      .catch(() => null));

  const sentBefore = (): string | null => {
    try {
      return sessionStorage.getItem(SENT_KEY);
    } catch {
      return null;
    }
  };
  const remember = (target: string | null): void => {
    try {
      if (target === null) sessionStorage.removeItem(SENT_KEY);
      else sessionStorage.setItem(SENT_KEY, target);
    } catch {
      // Storage refused (private browsing, policy): only the loop guard is lost.
    }
  };

  /** Shows `text` (and a link) above the page's heading and moves the focus there, so that it is read first. */
  const showNotice = (text: string, link?: { href: string; label: string }): void => {
    notice = document.createElement('p');
    notice.className = 'notice';
    notice.tabIndex = -1;
    notice.dataset.permalinkNotice = '';
    notice.append(text);
    if (link) {
      const anchor = document.createElement('a');
      anchor.href = link.href;
      anchor.textContent = link.label;
      notice.append(' ', anchor, '.');
    }
    heading.before(notice);
    notice.focus();
  };

  const relocate = async (): Promise<void> => {
    notice?.remove();
    notice = undefined;
    const itemId = itemIdFromHash(location.hash);
    if (itemId === null) return;
    if (document.getElementById(itemAnchor(itemId))) {
      remember(null);
      return;
    }
    const addresses = sessionPageAddresses(location.href, pageNumber);
    const found = pages > 1 ? await loadIndex(addresses.index) : { pages: [] };
    // The reader followed another link meanwhile: that one is handled by its own call.
    if (itemIdFromHash(location.hash) !== itemId) return;
    if (found === null) {
      showNotice(
        'La contribution de ce lien n’est pas sur cette page, et les autres pages de la session n’ont pas pu être consultées pour la retrouver.',
        pageNumber > 1 ? { href: addresses.page(1), label: 'Parcourir la session depuis sa première page' } : undefined,
      );
      return;
    }
    const page = findItemPage(found, itemId);
    const target = page === null ? null : addresses.page(page);
    if (page === null || page === pageNumber || page > pages || target === sentBefore()) {
      remember(null);
      showNotice('La contribution de ce lien n’est plus dans cette session : elle a été modifiée ou retirée depuis.');
      return;
    }
    remember(target);
    location.replace(`${target}${location.hash}`);
  };

  void relocate();
  window.addEventListener('hashchange', () => void relocate());
}
