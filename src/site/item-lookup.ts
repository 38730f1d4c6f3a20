/**
 * Finding an item whose permalink (`…/sessions/<id>/<page>/#e-<itemId>`) names the wrong page: the id is
 * stable, the page number is not (a note gains or loses items, the page size changed). Each session of
 * several pages publishes the ids of each of its pages (`pages.json` next to them); a session page whose
 * anchor is missing looks the item up there and goes to the right page. Pure: run in the browser (the
 * session pages' and the 404 page's scripts) and at build time (the JSON).
 *
 * URLs are worked out from the address the page is read at, never from the site's root: a site built
 * with `--hors-ligne` is served under any path, and its links end in `index.html`.
 */
import { itemAnchor } from './permalink.ts';

/** The file, next to a session's first page, listing the item ids of each of its pages. */
export const SESSION_PAGES_FILE = 'pages.json';

/** What `pages.json` holds: for each page in order, its item ids separated by spaces (smaller than arrays of strings). */
export interface SessionPagesIndex {
  pages: string[];
}

/** The index of a session's pages, `ids` being each page's item ids in order. */
export function sessionPagesIndex(ids: readonly (readonly string[])[]): SessionPagesIndex {
  return { pages: ids.map((page) => page.join(' ')) };
}

/** Whether `value` (parsed JSON) is a session pages index. */
export function isSessionPagesIndex(value: unknown): value is SessionPagesIndex {
  return typeof value === 'object' && value !== null && Array.isArray((value as { pages?: unknown }).pages) && (value as { pages: unknown[] }).pages.every((page) => typeof page === 'string');
}

/** The 1-based page holding `itemId`, or null when it is on none. */
export function findItemPage(index: SessionPagesIndex, itemId: string): number | null {
  const found = index.pages.findIndex((page) => page.split(' ').includes(itemId));
  return found < 0 ? null : found + 1;
}

/**
 * Item ids are base-36 hashes, with `-<n>` for the parts of a split statement: anything else in an anchor
 * is not an item's (and never goes into a URL we build).
 */
const ITEM_ID = /^[a-z0-9]{1,32}(?:-[0-9]{1,6})?$/;
const ANCHOR_PREFIX = itemAnchor('');

/** The item id an address's hash (`#e-…`) names, or null. */
export function itemIdFromHash(hash: string): string | null {
  let anchor: string;
  try {
    anchor = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  if (!anchor.startsWith(ANCHOR_PREFIX)) return null;
  const id = anchor.slice(ANCHOR_PREFIX.length);
  return ITEM_ID.test(id) ? id : null;
}

/** A session page's address split into its folder (`…/sessions/<id>/` or `…/sessions/<id>/<n>/`) and file (`''` or `index.html`). */
function splitAddress(href: string): { folder: URL; file: string } {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  const file = url.pathname.endsWith('/index.html') ? 'index.html' : '';
  if (file) url.pathname = url.pathname.slice(0, -file.length);
  // An address without its trailing slash (`…/sessions/x/3`) names the same folder.
  else if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { folder: url, file };
}

/**
 * The addresses of a session's pages, from the address of its page `pageNumber` (`href`): the first page
 * is one folder up from the others. Keeps the address's form (`…/` or `…/index.html`).
 */
export function sessionPageAddresses(href: string, pageNumber: number): { page(n: number): string; index: string } {
  const { folder, file } = splitAddress(href);
  const first = pageNumber > 1 ? new URL('../', folder) : folder;
  return {
    page: (n) => (n <= 1 ? new URL(file, first).href : new URL(`${n}/${file}`, first).href),
    index: new URL(SESSION_PAGES_FILE, first).href,
  };
}

/** `…/sessions/<id>/<n>/` (or `…/index.html`) at the end of an address's path. */
const SESSION_PAGE_PATH = /^(.*\/sessions\/[^/]+\/)\d+\/(index\.html)?$/;

/**
 * Where the 404 page sends an address that names a page number a session no longer has: the session's
 * first page, with the same hash (that page finds the item). Null for any other address; the first
 * page's own address never matches, so a missing session stays on the 404 page instead of looping.
 */
export function missingSessionPageRedirect(href: string): string | null {
  const url = new URL(href);
  const match = SESSION_PAGE_PATH.exec(url.pathname);
  if (!match) return null;
  url.pathname = `${match[1] ?? ''}${match[2] ?? ''}`;
  return url.href;
}
