/**
 * Where an item's permalink leads from the page that shows it. The search index holds root-relative
 * permalinks (`/sessions/…/#id`), right for a site at the root of its address. A site built with
 * relative links (`build --hors-ligne`) may also be served under a sub-path
 * (`https://intranet…/livre-blanc/`): its root is then the parent of the search index's folder,
 * whose address the page gives (`data-index`), both being at the site's root.
 */
/** Turns an item's permalink from the search index into the link to write in the page. */
export type LinkTo = (permalink: string) => string;

export function siteLinker(indexBase: string, page: string): LinkTo {
  const root = new URL('../', new URL(indexBase, page));
  const origin = new URL(page).origin;
  return (permalink) => {
    const url = new URL(permalink.replace(/^\/+/, ''), root);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
  };
}
