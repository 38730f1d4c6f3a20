/**
 * /lien-permanent-fichiers.js: the classic script of session pages for a site opened from its files
 * (src/components/permalink-files.ts). A file of the site, so that the policy's `script-src 'self'`
 * allows it, and classic: from a file, Chromium runs no module script.
 */
import type { APIRoute } from 'astro';
import { permalinkFromFilesSource } from '../components/permalink-files.ts';

export const GET: APIRoute = () => new Response(permalinkFromFilesSource(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
