/** The whole Synthesis as a static JSON file (`/donnees/synthese.json`), the same bytes as `livre-blanc synthesize`. */
import type { APIRoute } from 'astro';
import { stableStringify } from '../../pipeline/stable-json.ts';
import { getSite } from '../../site/site.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(stableStringify(site.synthesis), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
