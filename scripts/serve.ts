/**
 * A tiny static server for the built site (`npm start` serves `dist/` on http://localhost:4321/).
 * Directories serve their index.html, unknown paths the site's 404 page; nothing outside the folder
 * is ever served. Usage: livre-blanc serve [DOSSIER] [--port N], or node scripts/serve.ts with the same arguments
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildSiteCommand } from '../src/cli/serve-command.ts';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Maps a URL path to a file inside `root`, or null (outside the root, or absent). */
export function resolveFile(root: string, urlPath: string): { file: string } | { redirect: string } | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const target = path.resolve(root, '.' + path.posix.normalize('/' + pathname));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  if (!existsSync(target)) return null;
  if (statSync(target).isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `${pathname}/` };
    const index = path.join(target, 'index.html');
    return existsSync(index) ? { file: index } : null;
  }
  return { file: target };
}

export function createStaticServer(dir: string): Server {
  const root = path.resolve(dir);
  return createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('Méthode non autorisée');
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found = resolveFile(root, url.pathname);
    if (found && 'redirect' in found) {
      response.writeHead(301, { location: encodeURI(found.redirect) + url.search }).end();
      return;
    }
    const file = found?.file ?? path.join(root, '404.html');
    const status = found ? 200 : 404;
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
      return;
    }
    response.writeHead(status, {
      'content-type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
}

/** Serves `dir` on `port` (0: any free port) on the loopback interface. */
export async function serve(dir: string, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const server = createStaticServer(dir);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${actual}/`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `serve.ts [DOSSIER] [--port N]`: the folder (default `dist`) and the port (default 4321). */
export function serveArguments(args: string[]): { dir: string; port: number } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { port: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new Error(`Option invalide : ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Port invalide : « ${values.port} » (un entier de 0 à 65535).`);
  return { dir: path.resolve(positionals[0] ?? 'dist'), port };
}

export const SERVE_USAGE = `Utilisation : livre-blanc serve [DOSSIER] [--port N]

Sert un site construit (par défaut le dossier dist) sur http://localhost:4321/, pour le consulter dans un
navigateur : la recherche, les graphiques et les téléchargements y fonctionnent comme une fois publié.

Options :
  --port N   le port (par défaut 4321 ; 0 : un port libre)
  --help     cette aide`;

/** `livre-blanc serve` and `npm run serve`: 0 once the site is served (the server keeps the process alive). */
export async function runServe(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  let dir: string;
  let port: number;
  try {
    ({ dir, port } = serveArguments(args));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${SERVE_USAGE.split('\n')[0]}\n`);
    return 2;
  }
  if (!existsSync(path.join(dir, 'index.html'))) {
    const relative = path.relative(process.cwd(), dir);
    const shown = relative === '' ? '.' : relative.startsWith('..') ? dir : relative;
    process.stderr.write(`Aucun site construit dans ${shown} : construisez-le d'abord (« ${buildSiteCommand(dir)} »).\n`);
    return 1;
  }
  try {
    const server = await serve(dir, port);
    process.stdout.write(`Le livre blanc est servi sur http://localhost:${server.port}/\nOuvrez cette adresse dans votre navigateur. Arrêt : Ctrl+C.\n`);
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(
      code === 'EADDRINUSE'
        ? `Le port ${port} est déjà utilisé : fermez l'autre serveur ou choisissez un port avec --port.\n`
        : `Impossible de démarrer le serveur : ${(error as Error).message}\n`,
    );
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runServe(process.argv.slice(2));
}
