/**
 * Where a link of the white paper to another page of the site leads once printed. The PDF is printed
 * from a temporary local server, whose addresses would be dead links: a chapter's link to another chapter
 * leads to it in the document; with the site's public address (`adresse_du_site` of consultation.yml),
 * any other link leads there; without one, it is no link, and where the print stylesheet prints a link's
 * target, the page of the site is named in words (« sur le site, page Verbatims »), unless its text names it.
 */
import { NAV } from '../site/nav.ts';

export type PrintedLink =
  /** A link, to an anchor of the printed page or an address of the published site; `named`: its text names its page (a theme, a region), its address is not printed after it. */
  | { href: string; named?: true }
  /** No link; `note`: where it led, in words, printed after its text where the stylesheet prints a link's target (null: nothing). */
  | { href: null; note: string | null };

/** The site's pages a chapter may point at, by the first part of their path, beyond the menu's. */
const OTHER_PAGES: Record<string, string> = {
  'idees-fortes': 'Idées fortes',
  accessibilite: 'Accessibilité',
  sessions: 'Ateliers',
  donnees: 'Téléchargements',
};

/** The name of the site's page at `pathname` (`/verbatims/` → « Verbatims »); its section's for a page within one (`/themes/rdv/` → « Thèmes »). */
export function sitePageName(pathname: string): string {
  const section = pathname.split('/').find(Boolean) ?? '';
  return OTHER_PAGES[section] ?? NAV.find((entry) => entry.href === `/${section}${section ? '/' : ''}`)?.label ?? 'Accueil';
}

/**
 * `target`: a link's path, query and hash on the site (`/verbatims/?theme=rdv`); `chapters`: the ids of the
 * chapters on the printed page; `text`: the link's text (a page its text starts with is not named again).
 */
export function printedLink(target: string, chapters: ReadonlySet<string>, address: string | null, text = ''): PrintedLink {
  const url = new URL(target, 'http://site.invalid');
  const chapter = /^\/livre-blanc\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  const id = chapter === undefined ? undefined : decodeURIComponent(chapter);
  if (id !== undefined && chapters.has(id)) return { href: `#${id}` };
  // A theme's, a region's or a workshop's page: the link's text is its name, and names where it is.
  const named = url.pathname.split('/').filter(Boolean).length > 1;
  if (address) return { href: `${address}${url.pathname}${url.search}${url.hash}`, ...(named ? { named: true as const } : {}) };
  if (named) return { href: null, note: null };
  const page = sitePageName(url.pathname);
  // « La page Méthodologie et qualité des données » names its page; « Voir les 240 verbatims » does not.
  return { href: null, note: text.trim().toLocaleLowerCase('fr').startsWith(page.toLocaleLowerCase('fr')) ? 'sur le site' : `sur le site, page ${page}` };
}
