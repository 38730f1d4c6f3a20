/**
 * The anchors of the chapters' links (`/regions/bretagne/#besoins`, `#methode`), checked once the site
 * is built: only the built pages know their ids (a heading's slug, a section's id written in a page's
 * template, an item's `e-<id>`). A link whose page exists but not its anchor opens at the top of the
 * page, with no word; here it is said at its line, with the nearest anchor of that page.
 */
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';
import { chapterUrl } from '../urls.ts';
import type { Reference } from './parse.ts';

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** The ids of a page's elements, from its HTML (entities of the attribute decoded). */
export function htmlIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)) {
    ids.add((match[1] ?? match[2] ?? '').replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name] ?? ''));
  }
  return ids;
}

/** What the check needs of the built site: the ids of a page by its address, null when it was not built. */
export interface BuiltPages {
  idsOf(pathname: string): ReadonlySet<string> | null;
  /** Other pages of the same listing (a session's pages 2, 3…), where an anchor may have gone. */
  siblingsOf(pathname: string): string[];
}

/** The diagnostics of the anchors of one chapter's links (`file` as reported, `id` the chapter's). */
export function checkAnchors(file: string, links: readonly Reference[], id: string, pages: BuiltPages): Diagnostic[] {
  return links.flatMap((link) => {
    const target = anchorTarget(link.url, id);
    if (!target) return [];
    const ids = pages.idsOf(target.page);
    // A page the site does not have is the link check's business (chapitre-lien-casse), before the build.
    if (ids === null || ids.has(target.anchor)) return [];
    const elsewhere = pages.siblingsOf(target.page).find((page) => pages.idsOf(page)?.has(target.anchor));
    const near = closest(target.anchor, [...ids].map((anchor) => ({ text: anchor, value: anchor })));
    return [
      {
        code: 'chapitre-ancre-inconnue',
        severity: 'warning',
        message: `Le lien vers ${link.url} ouvre la page ${target.page} à son début : elle n’a pas d’ancre « #${target.anchor} ».`,
        hint: elsewhere
          ? `Cette ancre est sur la page ${elsewhere} : écrivez [texte](${elsewhere}#${encodeURIComponent(target.anchor)}).`
          : near
            ? `Vouliez-vous dire #${near} ?`
            : 'Vérifiez l’ancre sur la page publiée (l’adresse affichée après un clic sur le titre voulu) ou retirez-la.',
        file,
        line: link.line,
        column: link.column,
      },
    ];
  });
}

/** A link's page (as the site serves it, `/…/`) and anchor, or null when it has no anchor or leaves the site. */
export function anchorTarget(url: string, chapterId: string): { page: string; anchor: string } | null {
  if (EXTERNAL.test(url)) return null;
  const hash = url.indexOf('#');
  if (hash < 0 || hash === url.length - 1) return null;
  let anchor = url.slice(hash + 1);
  try {
    anchor = decodeURIComponent(anchor);
  } catch {
    // Left as written: an id can hold a bare %.
  }
  const resolved = new URL(url.slice(0, hash) || chapterUrl(chapterId), `https://site${chapterUrl(chapterId)}`).pathname;
  let page = resolved;
  try {
    page = decodeURI(resolved);
  } catch {
    // As written.
  }
  return { page: page.endsWith('/') ? page : `${page}/`, anchor };
}
