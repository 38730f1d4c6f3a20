/**
 * The search index as static files in /index-recherche/ (`manifeste.json`, `facettes.json`, shards `t-`, `w-`
 * and `r-<n>.json`, result chunks `d-<n>.json`, whole texts of long verbatims `l-<n>.json`), written at build
 * time; see src/search/format.ts. `livre-blanc build` writes them itself, faster (src/cli/search-files.ts):
 * this route then has no page, and serves `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteSearchIndex, SEARCH_FILES_ENV } from '../../search/site-index.ts';

export const getStaticPaths = (async () => {
  if (process.env[SEARCH_FILES_ENV]) return [];
  const { files } = await getSiteSearchIndex();
  return [...files.keys()].map((name) => ({ params: { fichier: name.replace(/\.json$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await getSiteSearchIndex();
  const body = files.get(`${params.fichier ?? ''}.json`);
  if (body === undefined) return new Response('Introuvable', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
