/**
 * Under `astro dev`, what the terminal says of the chapters is French, once, and true: a front matter
 * the schema refuses never stops Astro's collection (the chapters' check says it, at its line), a
 * half-written save is not reported, and a renamed chapter's old address leads to the new one.
 */
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { AstroLoggerMessage } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { chapterSchema, chapterStandIn } from '../../src/site/chapter-schema.ts';
import { checkFrontMatter } from '../../src/site/chapters-check/front-matter.ts';
import { followChapters, type ChaptersServer } from '../../src/site/dev/follow-chapters.ts';
import devLog, { frenchLoaderMessage, frenchRouterMessage } from '../../src/site/dev/dev-log.ts';
import { chapterAddresses, renamedChapters } from '../../src/site/dev/renamed-chapters.ts';
import { tolerantInDev, type GlobContext } from '../../src/site/dev/tolerant-chapters.ts';
import { markDevServer } from '../../src/site/dev-server.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const temp = tempDirs('lb-dev-messages-');
const DEV_SERVER = Symbol.for('livre-blanc.serveur-dev');
afterAll(() => delete (globalThis as Record<symbol, unknown>)[DEV_SERVER]);

const ORDER_PROBLEM = 'L’ordre du chapitre (« ordre: » suivi d’un nombre entier) manque ou n’est pas un nombre entier.';

describe('la collection des chapitres sous astro dev', () => {
  /** A loader context whose parseData checks `ordre` as the schema does, and a store holding `stored`. */
  function context(stored?: Record<string, unknown>) {
    const parsed: unknown[] = [];
    const parseData = async <T extends Record<string, unknown>>(props: { id: string; data: T }): Promise<T> => {
      parsed.push(props.data);
      if (!Number.isInteger(props.data.ordre)) throw new Error('**ordre**: Expected type `"number"`, received `"string"`');
      return props.data;
    };
    const mdx = {
      getEntryInfo: ({ contents }: { contents: string }) => {
        if (contents.includes('[oops')) throw new Error('missed comma between flow collection entries');
        return { data: { titre: 'T', ordre: 1 }, body: 'corps', slug: '', rawData: '' };
      },
    };
    const store = { get: (id: string) => (stored && id === 'intro' ? { id, data: stored } : undefined) };
    return { parsed, ctx: { parseData, store, entryTypes: new Map([['.mdx', mdx]]) } as unknown as GlobContext };
  }
  const standIn = (id: string) => ({ titre: id, ordre: 999 });
  /** The loader's view of its context: what a glob loader would get from parseData and getEntryInfo. */
  async function load(ctx: GlobContext) {
    let seen: { data?: unknown; info?: unknown; error?: unknown } = {};
    const inner = {
      name: 'glob-loader',
      load: async (c: LoaderContext) => {
        const info = await (c as GlobContext).entryTypes?.get('.mdx')?.getEntryInfo({ fileUrl: new URL('file:///c/intro.mdx'), contents: '---\ntitre: [oops\n---\n\nTexte.\n' });
        try {
          seen = { info, data: await c.parseData({ id: 'intro', data: { titre: 'Intro', ordre: 'deux' } }) };
        } catch (error) {
          seen = { info, error };
        }
      },
    };
    await tolerantInDev(inner, standIn).load(ctx).catch((error: unknown) => (seen = { error }));
    return seen;
  }

  it('reste stricte pour une construction : l’erreur du schéma arrête Astro', async () => {
    delete (globalThis as Record<symbol, unknown>)[DEV_SERVER];
    expect(String((await load(context().ctx)).error)).toMatch(/missed comma/);
  });

  it('sous astro dev, garde le dernier en-tête valide d’un chapitre, ou le place en dernier sous son nom, sans rien dire', async () => {
    markDevServer();
    const kept = await load(context({ titre: 'Introduction', ordre: 1 }).ctx);
    expect(kept.error).toBeUndefined();
    expect(kept.data).toEqual({ titre: 'Introduction', ordre: 1 });
    // A front matter that is not YAML reads as empty, with the body past it.
    expect(kept.info).toEqual({ data: {}, body: 'Texte.', slug: '', rawData: '' });
    const { parsed, ctx } = context();
    const first = await load(ctx);
    expect(first.data).toEqual({ titre: 'intro', ordre: 999 });
    expect(parsed).toEqual([{ titre: 'Intro', ordre: 'deux' }, { titre: 'intro', ordre: 999 }]); // the stand-in passes the schema too
  });

  it('tait seulement ce que la vérification des chapitres dit en français : toute erreur du schéma en est une pour elle', () => {
    expect(chapterSchema.safeParse(chapterStandIn('intro')).success).toBe(true); // or the dev server would stop on it after all
    const frontMatters = [
      'titre: Intro\nordre: 1',
      'titre: Intro\nordre: 1\nresume: Court.',
      'titre: Intro\nordre: deux',
      'titre: Intro\nordre: 1.5',
      'titre: Intro\nordre: "1"',
      'titre: Intro\nordre: .inf',
      'titre: Intro',
      'ordre: 1',
      'titre: ""\nordre: 1',
      'titre: 2026\nordre: 1',
      'titre: Intro\nordre: 1\nresume:',
      'titre: Intro\nordre: 1\nresume: 3',
      'titre: [Intro]\nordre: 1',
      '',
    ];
    let refused = 0;
    for (const yaml of frontMatters) {
      const data: unknown = parseYaml(yaml) ?? {};
      if (chapterSchema.safeParse(data).success) continue;
      refused += 1;
      expect(checkFrontMatter('content/livre-blanc/intro.mdx', yaml), yaml).not.toEqual([]);
    }
    expect(refused).toBe(12); // all but the first two
  });
});

describe('les chapitres vérifiés sous astro dev, enregistrés en plusieurs écritures', () => {
  function fakeServer() {
    const watcher = new EventEmitter();
    const server: ChaptersServer = { watcher, ws: { send: () => {}, on: () => {} } };
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    return { watcher, server, logged, logger: { info: log, warn: log, error: log } };
  }
  const VALID = '---\ntitre: Besoins\nordre: 1\n---\n\nTexte.\n';

  it('ne disent pas l’état d’un fichier à moitié écrit, et disent en français un ordre qui n’est pas un nombre', async () => {
    const root = temp();
    const file = path.join(root, 'content/livre-blanc/01-besoins.mdx');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, VALID);
    const { watcher, server, logged, logger } = fakeServer();
    const chapters = followChapters(server, root, logger, () => Promise.resolve(fixtureSynthesis), 20, 200);
    chapters.recheck();
    await chapters.problems();
    expect(logged).toEqual([]);

    // The editor empties the file, then writes it whole 60 ms later (past the settle, within the grace).
    writeFileSync(file, '');
    watcher.emit('all', 'change', file);
    await new Promise((resolve) => setTimeout(resolve, 60));
    writeFileSync(file, VALID);
    watcher.emit('all', 'change', file);
    expect(await chapters.problems()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logged).toEqual([]);

    writeFileSync(file, VALID.replace('ordre: 1', 'ordre: deux'));
    watcher.emit('all', 'change', file);
    const problems = await chapters.problems();
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([`content/livre-blanc/01-besoins.mdx:3:1 ${ORDER_PROBLEM}`]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`3:1  erreur         ${ORDER_PROBLEM} [chapitre-entete]`);
    expect(logged[0]).not.toMatch(/Expected|Required/);
  });
});

describe('un chapitre renommé sous astro dev', () => {
  function request(url: string) {
    const response = { statusCode: 200, headers: {} as Record<string, string>, ended: false, setHeader(name: string, value: string) { this.headers[name] = value; }, end() { this.ended = true; } };
    return { request: { method: 'GET', url } as IncomingMessage, response };
  }

  it('mène de l’ancienne adresse à la nouvelle, et le dit une fois en français ; une adresse sans chapitre est dite aussi', () => {
    const dir = path.join(temp(), 'content/livre-blanc');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'methodologie.mdx'), '---\ntitre: Méthodologie\nordre: 7\n---\n\nTexte.\n');
    writeFileSync(path.join(dir, 'introduction.mdx'), '---\ntitre: Introduction\nordre: 1\n---\n\nBonjour.\n');
    const addresses = chapterAddresses(dir);
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    const middleware = renamedChapters(dir, addresses, { info: log, warn: log, error: log });
    const serve = (url: string) => {
      const { request: req, response } = request(url);
      let passed = false;
      middleware(req, response as unknown as ServerResponse, () => (passed = true));
      return { passed, status: response.statusCode, location: response.headers.location };
    };

    expect(serve('/livre-blanc/methodologie/')).toEqual({ passed: true, status: 200, location: undefined });
    renameSync(path.join(dir, 'methodologie.mdx'), path.join(dir, 'méthode.mdx'));
    expect(addresses.renamedTo('introduction')).toBeNull(); // still there
    expect(serve('/livre-blanc/methodologie/')).toEqual({ passed: false, status: 307, location: '/livre-blanc/m%C3%A9thode/' });
    serve('/livre-blanc/methodologie/');
    expect(logged).toEqual([
      'Chapitre renommé : /livre-blanc/methodologie/ a une nouvelle adresse, /livre-blanc/méthode/ (content/livre-blanc/méthode.mdx) ; la page ouverte y est conduite. Dans le site construit, l’ancienne adresse n’existera plus : mettez à jour les liens qui y mènent.',
    ]);

    // Renamed, then edited: known by its title. Renamed and retitled: no longer known.
    writeFileSync(path.join(dir, 'méthode.mdx'), '---\ntitre: Méthodologie\nordre: 7\n---\n\nTexte revu.\n');
    addresses.seen('change', path.join(dir, 'méthode.mdx'));
    renameSync(path.join(dir, 'méthode.mdx'), path.join(dir, 'limites.mdx'));
    expect(addresses.renamedTo('méthode')).toBe('limites');
    expect(addresses.renamedTo('methodologie')).toBe('limites');
    writeFileSync(path.join(dir, 'limites.mdx'), '---\ntitre: Limites\nordre: 7\n---\n\nTexte revu.\n');
    expect(addresses.renamedTo('methodologie')).toBeNull();

    // Caught truncated by its editor's save (the event of the write that followed never came): still known.
    writeFileSync(path.join(dir, 'introduction.mdx'), '');
    addresses.seen('change', path.join(dir, 'introduction.mdx'));
    writeFileSync(path.join(dir, 'introduction.mdx'), '---\ntitre: Introduction\nordre: 1\n---\n\nBonjour à tous.\n');
    renameSync(path.join(dir, 'introduction.mdx'), path.join(dir, '00-introduction.mdx'));
    expect(addresses.renamedTo('introduction')).toBe('00-introduction');

    logged.length = 0;
    rmSync(path.join(dir, 'limites.mdx'));
    expect(serve('/livre-blanc/inconnu/')).toMatchObject({ passed: true });
    expect(serve('/ateliers/')).toMatchObject({ passed: true });
    expect(logged).toEqual(['Aucun chapitre à l’adresse /livre-blanc/inconnu/ : pas de fichier content/livre-blanc/inconnu.mdx (page introuvable).']);
  });

  it('l’avertissement anglais d’Astro pour une adresse qu’aucune page ne fait est dit en français, ou laissé au suivi des chapitres', () => {
    const warning = (pathname: string): AstroLoggerMessage => ({
      label: 'router',
      level: 'warn',
      newLine: true,
      message: `A \`getStaticPaths()\` route pattern was matched, but no matching static path was found for requested path \`${pathname}\`.\n\nPossible dynamic routes being matched: src/pages/sessions/[id].astro.`,
    });
    expect(frenchRouterMessage(warning('/livre-blanc/methodologie/'))).toBeNull();
    expect(frenchRouterMessage(warning('/sessions/atelier-brest/'))).toMatch(/^Aucune page à l’adresse \/sessions\/atelier-brest\/ \(page introuvable\)/);
    expect(frenchRouterMessage({ ...warning('/x/'), label: 'content' })).toBeUndefined();
    expect(frenchRouterMessage({ label: 'router', level: 'warn', newLine: true, message: 'autre chose' })).toBeUndefined();
    // The content loader's line after each chapter save, colour codes and all.
    expect(frenchLoaderMessage({ label: 'glob-loader', level: 'info', newLine: true, message: 'Reloaded data from \u001b[32mintroduction.mdx\u001b[39m' })).toBe('Chapitre relu : introduction.mdx');
    expect(frenchLoaderMessage({ label: 'glob-loader', level: 'info', newLine: true, message: 'Loaded 3 entries' })).toBeUndefined();
    // What Astro is given (astro.config.mjs) writes it so, and still leaves out a chapter's error copies (chapter-error-log.ts).
    const written = vi.fn(() => true);
    const spies = [vi.spyOn(process.stdout, 'write').mockImplementation(written), vi.spyOn(process.stderr, 'write').mockImplementation(written)];
    try {
      const log = devLog();
      log.write(warning('/livre-blanc/methodologie/'));
      log.write({ label: null, level: 'error', newLine: true, message: 'ContentError: <Figure> dans le chapitre content/livre-blanc/01.mdx : stat="item" inconnu.' });
      expect(written).not.toHaveBeenCalled();
      log.write(warning('/sessions/atelier-brest/'));
      expect(stripVTControlCharacters(String((written.mock.calls[0] as unknown[] | undefined)?.[0]))).toMatch(/\[WARN\] \[router\] Aucune page à l’adresse \/sessions\/atelier-brest\/ \(page introuvable\)/);
      expect(written).toHaveBeenCalledTimes(1);
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
    // The text it recognises is Astro's own: an upgrade that rewords it would bring the English back.
    const router = readFileSync(path.join(REPO, 'node_modules/astro/dist/core/errors/errors-data.js'), 'utf8');
    expect(router).toContain('`A \\`getStaticPaths()\\` route pattern was matched, but no matching static path was found for requested path \\`${pathName}\\`.`');
  });
});
