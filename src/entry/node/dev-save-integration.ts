/**
 * Node only, dev only. An Astro integration that adds one route to the `astro dev` server (through
 * the `astro:server:setup` hook and Vite's connect middlewares): POST /__livre-blanc/notes writes the
 * note from /saisie into the consultation's content/ateliers/. A static build never runs this hook,
 * so the built site has no such route and no server at all.
 *
 * Guards: JSON only (a cross-site form cannot send it without a CORS preflight), same origin, paths
 * restricted to `content/ateliers/<slug>/<slug>.md` inside the root, no overwrite unless asked.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { DEV_SAVE_URL, MAX_NOTE_BYTES, isNotePath, type DevSaveRequest, type DevSaveResponse } from '../dev-save-protocol.ts';

/** The consultation root: `LIVRE_BLANC_ROOT`, else the directory `astro dev` runs in. */
function consultationRoot(): string {
  return path.resolve(process.env.LIVRE_BLANC_ROOT ?? process.cwd());
}

export function devSaveIntegration(): AstroIntegration {
  return {
    name: 'livre-blanc:saisie-dev',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use(DEV_SAVE_URL, (request, response) => {
          void handle(request, response, consultationRoot()).then((written) => {
            if (written) logger.info(`Note enregistrée depuis /saisie : ${written}`);
          });
        });
      },
    },
  };
}

/** Handles one request; returns the path written, if any. Exported for the tests. */
export async function handle(request: IncomingMessage, response: ServerResponse, root: string): Promise<string | null> {
  const reply = (status: number, body: DevSaveResponse) => {
    response.statusCode = status;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(body));
  };
  if (request.method !== 'POST') {
    reply(405, { ok: false, message: 'Seule la méthode POST est acceptée.' });
    return null;
  }
  if (!(request.headers['content-type'] ?? '').startsWith('application/json') || !sameOrigin(request)) {
    reply(403, { ok: false, message: 'Requête refusée : elle ne vient pas du formulaire /saisie de ce serveur.' });
    return null;
  }
  const body = await readBody(request);
  const note = parseRequest(body);
  if (!note) {
    reply(400, { ok: false, message: 'Requête invalide : chemin ou contenu de note incorrect.' });
    return null;
  }
  const target = path.join(root, ...note.path.split('/'));
  if (!target.startsWith(path.join(root, 'content', 'ateliers') + path.sep)) {
    reply(400, { ok: false, message: 'Chemin refusé.' });
    return null;
  }
  if (existsSync(target) && !note.overwrite) {
    reply(409, { ok: false, exists: true, message: `Le fichier ${note.path} existe déjà.` });
    return null;
  }
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, note.content, 'utf8');
  reply(201, { ok: true, message: `Note enregistrée dans ${note.path}. Les autres pages ouvertes du site la montreront dès la synthèse refaite ; « npx livre-blanc check » la vérifie avec le reste de la consultation.` });
  return note.path;
}

function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (!origin) return true; // Same-origin fetches without an Origin header (older engines); JSON still required.
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_NOTE_BYTES + 10_000) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseRequest(body: string | null): DevSaveRequest | null {
  if (body === null) return null;
  try {
    const value = JSON.parse(body) as Partial<DevSaveRequest>;
    if (typeof value.path !== 'string' || typeof value.content !== 'string' || !isNotePath(value.path)) return null;
    if (value.content.length > MAX_NOTE_BYTES) return null;
    return { path: value.path, content: value.content, overwrite: value.overwrite === true };
  } catch {
    return null;
  }
}
