/**
 * /saisie/hors-ligne.js: the service worker that keeps the form usable without network once it has
 * been opened (src/components/entry/offline-worker.ts). A file of the site, in the form's folder:
 * its scope can be that folder and no wider, and the policy's `script-src 'self'` allows it.
 */
import type { APIRoute } from 'astro';
import { offlineWorkerSource, retiringWorkerSource } from '../../components/entry/offline-worker.ts';
import { isDevServer } from '../../site/dev-server.ts';

// Under astro dev, a worker the built site registered at the same address retires (see retiringWorkerSource).
export const GET: APIRoute = () =>
  new Response(isDevServer() ? retiringWorkerSource() : offlineWorkerSource(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
