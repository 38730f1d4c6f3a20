/**
 * `/sessions/<id>/pages.json`, for each session of several pages: the item ids of each page, read by
 * the session pages' script when a permalink names a page that no longer has its item
 * (src/site/item-lookup.ts). A session of one page needs none: its items are all on it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../site/site.ts';
import { sessionPages } from '../../../site/permalink.ts';
import { sessionPagesIndex } from '../../../site/item-lookup.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.sessions.flatMap((session) => {
    const pages = sessionPages(site.itemsBySession.get(session.id) ?? []);
    return pages.length > 1 ? [{ params: { id: session.id }, props: { ids: pages.map((page) => page.map((item) => item.id)) } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ ids: string[][] }> = ({ props }) =>
  new Response(JSON.stringify(sessionPagesIndex(props.ids)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
