/**
 * Session pages of a site opened from its files (`build --hors-ligne`, read over file://): Chromium runs
 * no module script there, so permalink-client.ts does not run, and could not fetch `pages.json` anyway.
 * This classic script (written out by src/pages/lien-permanent-fichiers.js.ts) does what needs neither:
 * a permalink whose anchor is not on the page shows, first in the content and focused, the notice the
 * page holds in its template (PermalinkFilesNotice.astro): for a session of several pages, that the item
 * may be on another one, with links to them that keep the item's anchor (followed, the right one opens
 * on the item, a wrong one says so again); for a session of one page, that the item is no longer in it.
 * Served, it does nothing: permalink-client.ts finds the right page.
 *
 * `permalinkFromFiles` is written out as the script's source: it must use nothing from outside its body.
 */

export function permalinkFromFiles(win: Window): void {
  if (win.location.protocol !== 'file:') return;
  const doc = win.document;
  const template = doc.querySelector<HTMLTemplateElement>('template[data-permalink-files]');
  const heading = doc.querySelector('main h1');
  if (!template || !heading) return;
  let shown: HTMLElement | null = null;
  const update = (): void => {
    shown?.remove();
    shown = null;
    let anchor: string;
    try {
      anchor = decodeURIComponent(win.location.hash.slice(1));
    } catch {
      return;
    }
    // An item's anchor (`e-<id>`, see src/site/permalink.ts) that this page does not have.
    if (!anchor.startsWith('e-') || doc.getElementById(anchor)) return;
    const notice = doc.importNode(template.content, true).firstElementChild as HTMLElement | null;
    if (!notice) return;
    for (const link of Array.from(notice.querySelectorAll('a'))) link.hash = win.location.hash;
    heading.before(notice);
    notice.focus();
    shown = notice;
  };
  update();
  win.addEventListener('hashchange', update);
}

/** The script's file. */
export function permalinkFromFilesSource(): string {
  return `// build --hors-ligne : depuis ses fichiers, le lien permanent d'une contribution absente de la page le dit.
'use strict';
(${permalinkFromFiles.toString()})(window);
`;
}
