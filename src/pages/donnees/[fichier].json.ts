/**
 * The whole Synthesis as a static JSON file (`/donnees/synthese.json`), the same bytes as
 * `livre-blanc synthesize`, when the build publishes no downloads (e.g. `astro dev`). `livre-blanc
 * build` already publishes the same file among the downloads (`/telechargements/synthese.json`):
 * then this route makes no page, rather than a second copy (765 MB at a million items).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../site/site.ts';
import { SYNTHESIS_JSON, synthesisJsonDownloaded, synthesisJsonStream } from '../../site/synthesis-json.ts';

export const getStaticPaths = (() => (synthesisJsonDownloaded() ? [] : [{ params: { fichier: SYNTHESIS_JSON.replace(/\.json$/, '') } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(synthesisJsonStream(site.synthesis), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
