import { chapterUrl } from '../urls.ts';

const EXTERNAL = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i;

/** A link's page (`/…/`, as the site serves it), its query as written and its parameters; null without a query or outside the site. */
export function queryTarget(url: string, chapterId: string): { page: string; query: string; params: URLSearchParams } | null {
  if (EXTERNAL.test(url)) return null;
  const bare = url.replace(/#.*$/s, '');
  const mark = bare.indexOf('?');
  if (mark < 0 || mark === bare.length - 1) return null;
  const query = bare.slice(mark + 1);
  const resolved = new URL(bare.slice(0, mark) || chapterUrl(chapterId), `https://site${chapterUrl(chapterId)}`).pathname;
  let page = resolved;
  try {
    page = decodeURI(resolved);
  } catch {
    // As written.
  }
  return { page: page.endsWith('/') ? page : `${page}/`, query, params: new URLSearchParams(query) };
}
