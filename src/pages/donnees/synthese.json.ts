/** The whole Synthesis as a static JSON file (`/donnees/synthese.json`), the same bytes as `livre-blanc synthesize`. */
import type { APIRoute } from 'astro';
import { getSite } from '../../site/site.ts';
import { synthesisJsonStream } from '../../site/synthesis-json.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(synthesisJsonStream(site.synthesis), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
