/**
 * The site's addresses known before the build, for the chapters' links: the fixed pages of
 * src/pages/, and one page per theme, region, session (and its further pages) and chapter, named as
 * src/site/urls.ts names them.
 */
import { sessionPageCount } from '../permalink.ts';
import type { Site } from '../site.ts';
import { chapterUrl, regionUrl, sessionPageUrl, themeUrl } from '../urls.ts';
import { fixedPages } from './site-files.ts';

export interface ChapterRef {
  /** The chapter's file name (`introduction.mdx`). */
  name: string;
  /** Its id, hence its address `/livre-blanc/<id>/`. */
  id: string;
}

export function siteRoutes(site: Site, chapters: readonly ChapterRef[], pages: readonly string[] = fixedPages()): string[] {
  const routes = new Set(pages);
  for (const theme of site.themes) routes.add(themeUrl(theme.id));
  for (const region of site.regions) routes.add(regionUrl(region));
  for (const session of site.sessions) {
    const count = sessionPageCount(site.itemsBySession.get(session.id)?.length ?? 0);
    for (let page = 1; page <= count; page++) routes.add(sessionPageUrl(session.id, page));
  }
  for (const chapter of chapters) routes.add(chapterUrl(chapter.id));
  return [...routes];
}

/**
 * A chapter's id as Astro's glob loader makes it: the front matter's `slug`, else the file name
 * without `.mdx`, slugged as GitHub slugs headings (lower case, punctuation dropped, spaces → « - »).
 */
export function chapterId(fileName: string, slug?: unknown): string {
  if (typeof slug === 'string' && slug) return slug;
  return fileName
    .replace(/\.mdx$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/ /g, '-');
}
