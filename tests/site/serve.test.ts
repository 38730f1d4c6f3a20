import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServer, request } from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { MIME_TYPES, resolveFile, serve, serveArguments, type RunningServer } from '../../scripts/serve.ts';
import { PACKAGE_DIR } from '../../src/cli/package-dir.ts';
import { buildSiteCommand, serveCommand, viewingHint } from '../../src/cli/serve-command.ts';

let dir: string;
let site: string;
let server: RunningServer;

/** A raw GET (fetch would normalise `..` away before sending). */
function get(rawPath: string, method = 'GET'): Promise<{ status: number; type: string; location: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), location: String(res.headers.location ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lb-serve-'));
  site = path.join(dir, 'site');
  await mkdir(path.join(site, 'themes', 'saisie'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<h1>Accueil</h1>');
  await writeFile(path.join(site, '404.html'), '<h1>Page introuvable</h1>');
  await writeFile(path.join(site, 'themes', 'saisie', 'index.html'), '<h1>Saisie</h1>');
  await writeFile(path.join(site, 'synthese.json'), '{}');
  await writeFile(path.join(site, 'livre-blanc.xlsx'), 'PK');
  await writeFile(path.join(dir, 'secret.txt'), 'secret');
  server = await serve(site, 0);
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves index.html for directories and redirects them to a trailing slash', async () => {
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<h1>Accueil</h1>' });
    expect(await get('/themes/saisie')).toMatchObject({ status: 301, location: '/themes/saisie/' });
    expect(await get('/themes/saisie/')).toMatchObject({ status: 200, body: '<h1>Saisie</h1>' });
  });

  it('sends the right MIME types', async () => {
    expect((await get('/synthese.json')).type).toBe('application/json; charset=utf-8');
    expect((await get('/livre-blanc.xlsx')).type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    for (const ext of ['.svg', '.csv', '.pdf', '.css', '.js']) expect(MIME_TYPES[ext]).toBeDefined();
  });

  it("answers unknown paths with the site's 404 page", async () => {
    expect(await get('/nulle-part/')).toMatchObject({ status: 404, body: '<h1>Page introuvable</h1>' });
  });

  it('never serves a file outside the folder', async () => {
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/themes/..%2f..%2fsecret.txt', '/%00']) {
      const response = await get(p);
      expect(response.body).not.toContain('secret');
    }
    expect(resolveFile(site, '/../secret.txt')).toBeNull();
    expect(resolveFile(site, '/%E0%A4%A')).toBeNull();
  });

  it('only answers GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405);
    expect(await get('/', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('listens on the loopback interface only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });
});

describe('serve.ts arguments', () => {
  it('serves the folder given, with or without --port (build prints « serve.ts DOSSIER »)', () => {
    expect(serveArguments(['site-hors-ligne'])).toEqual({ dir: path.resolve('site-hors-ligne'), port: 4321 });
    expect(serveArguments(['site', '--port', '8080'])).toEqual({ dir: path.resolve('site'), port: 8080 });
    expect(serveArguments(['--port', '0', 'site'])).toEqual({ dir: path.resolve('site'), port: 0 });
    expect(serveArguments([])).toEqual({ dir: path.resolve('dist'), port: 4321 });
  });

  it('refuses a port that is not one', () => {
    expect(() => serveArguments(['--port', 'huit'])).toThrow('Port invalide : « huit »');
    expect(() => serveArguments(['--taille', '3'])).toThrow('Option invalide');
  });
});

describe('the command build prints to serve its site', () => {
  it('is npm run serve in the package’s folder, with the folder when it is not dist/', () => {
    expect(serveCommand(path.join(PACKAGE_DIR, 'dist'), PACKAGE_DIR)).toBe('npm run serve');
    expect(serveCommand(path.join(PACKAGE_DIR, 'site-test'), PACKAGE_DIR)).toBe('npm run serve -- site-test');
    expect(serveCommand('/tmp/site-ailleurs', PACKAGE_DIR)).toBe('npm run serve -- /tmp/site-ailleurs');
    // npm passes what follows -- to serve.ts, which serves that folder.
    expect(serveArguments(['site-test']).dir).toBe(path.resolve('site-test'));
  });

  it('elsewhere, is the running Node on livre-blanc serve, paths quoted when they need it', () => {
    const entry = path.join(PACKAGE_DIR, 'bin', 'livre-blanc.js');
    const expected = (dir: string) => [process.execPath, entry, 'serve', dir].map((p) => (/^[\w./:@=+-]+$/.test(p) ? p : `"${p}"`)).join(' ');
    expect(serveCommand('/tmp/consultation/site', '/tmp/consultation', {})).toBe(expected('site'));
    expect(serveCommand('/tmp/ma consultation/le site', '/tmp/ma consultation', {})).toContain('"le site"');
    // What it names serves that folder.
    expect(serveArguments(['site']).dir).toBe(path.resolve('site'));
  });

  it('under npm start, which serves the site next, is no command but the news that its address follows', () => {
    const dist = path.join(PACKAGE_DIR, 'dist');
    expect(viewingHint(dist, PACKAGE_DIR, { npm_lifecycle_event: 'start' })).toBe('Il est servi juste après : son adresse suit.');
    expect(viewingHint(dist, PACKAGE_DIR, { npm_lifecycle_event: 'build' })).toBe('Pour le consulter : npm run serve');
  });

  it('run through npx, is npx livre-blanc serve', () => {
    expect(serveCommand('/tmp/consultation/site', '/tmp/consultation', { npm_command: 'exec' })).toBe('npx livre-blanc serve site');
    expect(serveCommand('/tmp/ma consultation/le site', '/tmp/ma consultation', { npm_command: 'exec' })).toBe('npx livre-blanc serve "le site"');
  });
});

describe('livre-blanc serve', () => {
  const cli = path.join(PACKAGE_DIR, 'bin', 'livre-blanc.js');

  it('serves the folder it is given on the port it is given, until stopped', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const child = spawn(process.execPath, [cli, 'serve', site, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let said = '';
      child.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
      for (let tries = 0; tries < 100 && !said.includes('servi'); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(said).toContain(`Le livre blanc est servi sur http://localhost:${port}/`);
      const page = await fetch(`http://127.0.0.1:${port}/themes/saisie/`);
      expect(await page.text()).toBe('<h1>Saisie</h1>');
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
    }
  });

  it('says in French that a folder holds no built site, and names the build command as the user can type it, and exits 1', () => {
    const run = spawnSync(process.execPath, [cli, 'serve', dir], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Aucun site construit dans ${dir} : construisez-le d'abord (« ${buildSiteCommand(dir)} »).`);
    // Run through npx in a consultation's folder: « npx livre-blanc build », as the other messages say.
    const env = { ...process.env, npm_command: 'exec' };
    const viaNpx = spawnSync(process.execPath, [cli, 'serve', 'pas-encore-construit'], { encoding: 'utf8', cwd: dir, env, timeout: 30_000 });
    expect(viaNpx.stderr).toContain(
      `Aucun site construit dans pas-encore-construit : construisez-le d'abord (« npx livre-blanc build --out pas-encore-construit »).`,
    );
  });

  it('names the build command the way it names serve', () => {
    expect(buildSiteCommand(path.join(PACKAGE_DIR, 'dist'), PACKAGE_DIR)).toBe('npm run build');
    expect(buildSiteCommand(path.join(PACKAGE_DIR, 'site-test'), PACKAGE_DIR)).toBe('npm run build -- --out site-test');
    expect(buildSiteCommand('/tmp/consultation/site', '/tmp/consultation', { npm_command: 'exec' })).toBe('npx livre-blanc build --out site');
    expect(buildSiteCommand('/tmp/ma consultation/le site', '/tmp/ma consultation', { npm_command: 'exec' })).toBe('npx livre-blanc build --out "le site"');
    const entry = path.join(PACKAGE_DIR, 'bin', 'livre-blanc.js');
    expect(buildSiteCommand('/tmp/consultation/site', '/tmp/consultation', {})).toBe(
      [process.execPath, entry, 'build', '--out', 'site'].map((p) => (/^[\w./:@=+-]+$/.test(p) ? p : `"${p}"`)).join(' '),
    );
  });

  it('is listed by livre-blanc --help and has its own help', () => {
    expect(spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' }).stdout).toMatch(/^ {2}serve +sert un site construit/m);
    const help = spawnSync(process.execPath, [cli, 'serve', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Utilisation : livre-blanc serve [DOSSIER] [--port N]');
  });
});
