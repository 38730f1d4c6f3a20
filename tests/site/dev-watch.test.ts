/**
 * Under `astro dev` the site follows the consultation's files: which files count (the same ones
 * `readConsultation` reads), one reload for a burst of changes, and the memoised Synthesis, site and
 * search index computed anew once per change (generation.ts).
 */
import { EventEmitter } from 'node:events';
import v8 from 'node:v8';
import vm from 'node:vm';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isConsultationFile, readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { currentGeneration, memoisedPerGeneration, nextGeneration } from '../../src/site/generation.ts';
import { SYNTHESIS_EVENT } from '../../src/site/dev/reload-client.ts';
import { watchConsultation, type WatchedServer } from '../../src/site/dev/watch-consultation.ts';
import { ROUTE_CACHE_EVENT } from '../../src/site/dev/route-cache.ts';
import { BUILD_STAGING_GLOB, devWatchIntegration } from '../../src/site/dev-watch-integration.ts';
import { inBuiltSite } from '../../src/site/dev/built-sites.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { synthesizeLogged } from '../../src/site/dev/logged-synthesis.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const REPO = path.resolve(import.meta.dirname, '../..');

const temp = tempDirs('lb-watch-');

describe('fichiers suivis', () => {
  it('sont exactement ceux que lit ou signale readConsultation', async () => {
    const root = temp();
    const planted = [
      'content/ateliers/bretagne/2026-10-01-rennes.md',
      'content/ateliers/bretagne/notes.markdown',
      'content/ateliers/bretagne/photo.png',
      'content/ateliers/lisez-moi.txt',
      'content/consultation.yml',
      'content/livre-blanc/01-introduction.mdx',
      'data/enquetes/jeunes.csv',
      'data/enquetes/jeunes.yml',
      'data/enquetes/conseillers.tsv',
      'data/enquetes/notes.docx',
      'data/themes.yml',
      'data/pseudonymes.yml',
      'data/autre.yml',
      'src/pages/index.astro',
    ];
    for (const file of planted) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), file.endsWith('.csv') || file.endsWith('.tsv') ? 'texte\nbonjour\n' : 'titre: x\n');
    }
    const input = await readConsultation(root);
    const read = new Set<string>([
      ...input.notes.map((n) => n.file),
      ...input.surveys.flatMap((s) => [s.file, ...(s.sidecar ? [s.sidecar.file] : [])]),
      ...[input.themes, input.pseudonyms, input.settings].flatMap((f) => (f ? [f.file] : [])),
    ]);
    expect(read.size).toBe(8);
    // Files in the notes' or surveys' folders that are neither are reported (a warning each): watched too.
    for (const file of input.ignored ?? []) read.add(file);
    expect(input.ignored).toEqual(['content/ateliers/bretagne/photo.png', 'content/ateliers/lisez-moi.txt', 'data/enquetes/notes.docx']);
    for (const file of planted) expect(isConsultationFile(file), file).toBe(read.has(file));
    // A sidecar may be written before its CSV: it counts anyway.
    expect(isConsultationFile('data/enquetes/futur.yml')).toBe(true);
  });
});

describe('mémoïsation par génération', () => {
  it('garde la même valeur tant que rien ne change, puis la refait une fois', () => {
    const make = vi.fn(() => ({ at: currentGeneration() }));
    const get = memoisedPerGeneration(make);
    const first = get();
    expect(get()).toBe(first);
    expect(make).toHaveBeenCalledTimes(1);
    nextGeneration();
    const second = get();
    expect(second).not.toBe(first);
    expect(get()).toBe(second);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('lâche la valeur de la génération passée dès le changement, sans attendre la suivante', async () => {
    // At 130,000 answers the previous Synthesis would otherwise stay in memory while the next is computed.
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    const get = memoisedPerGeneration(() => ({ items: new Array<number>(1000).fill(1) }));
    const previous = new WeakRef(get());
    nextGeneration();
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
    expect(previous.deref()).toBeUndefined();
  });
});

describe('synthèse dite au terminal de astro dev', () => {
  it('dit sa durée et son nombre d’éléments, puis ce que la construction refusera', async () => {
    const saved = process.env.LIVRE_BLANC_CACHE;
    process.env.LIVRE_BLANC_CACHE = '0';
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    try {
      const synthesis = await synthesizeLogged(path.join(REPO, 'tests/fixtures/broken/note-region-inconnue'), { info: log, warn: log, error: log });
      expect(logged[0]).toMatch(new RegExp(`^Synthèse faite en (moins de 0,1|\\d+(,\\d)?) s : ${synthesis.items.length} éléments\\.$`));
      expect(logged[1]).toMatch(/^La consultation a une erreur bloquante : « livre-blanc build » refusera de publier/);
      await expect(synthesizeLogged(path.join(REPO, 'absent'), { info: log, warn: log, error: log })).rejects.toThrow();
      expect(logged[2]).toMatch(/^La synthèse a échoué : Le dossier « .*absent » n’existe pas/);
    } finally {
      if (saved === undefined) delete process.env.LIVRE_BLANC_CACHE;
      else process.env.LIVRE_BLANC_CACHE = saved;
    }
  });
});

describe('suivi de la consultation sous astro dev', () => {
  afterEach(() => vi.useRealTimers());

  function fakeServer() {
    const watcher = Object.assign(new EventEmitter(), { added: [] as string[], add(paths: string | readonly string[]) { this.added.push(...[paths].flat()); } });
    const reloads: unknown[] = [];
    // Astro's route cache, per environment: what each one was told.
    const told: Record<string, string[]> = { client: [], ssr: [], prerender: [] };
    const environment = (name: string) => ({ hot: { send: (event: string) => told[name]?.push(event) } });
    const environments = Object.fromEntries(Object.keys(told).map((name) => [name, environment(name)]));
    const server: WatchedServer = { watcher, ws: { send: (payload) => reloads.push(payload) }, environments };
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    return { watcher, reloads, told, server, logger: { info: log, warn: log, error: log }, logged };
  }

  /** A synthesis per call, settled by hand: `runs[n].settle()`. */
  function fakeSynthesize() {
    const runs: { settle: () => void; synthesis: Promise<Synthesis> }[] = [];
    const synthesize = vi.fn((_root: string) => {
      let settle = () => {};
      const synthesis = new Promise<Synthesis>((resolve) => (settle = () => resolve({ items: [] } as unknown as Synthesis)));
      runs.push({ settle, synthesis });
      return synthesis;
    });
    return { runs, synthesize };
  }

  it('refait la synthèse une fois par rafale, pour les seuls fichiers de la consultation, puis recharge', async () => {
    vi.useFakeTimers();
    const root = path.resolve('/consultation');
    const { watcher, reloads, told, server, logger, logged } = fakeServer();
    const { runs, synthesize } = fakeSynthesize();
    const synthesisNow = watchConsultation(server, root, logger, synthesize, 100);
    expect(watcher.added).toEqual([path.join(root, 'content'), path.join(root, 'data')]);
    const first = synthesisNow();
    expect(synthesisNow()).toBe(first); // one Synthesis per state of the files
    expect(synthesize).toHaveBeenCalledWith(root);
    const before = currentGeneration();

    watcher.emit('all', 'change', path.join(root, 'content/livre-blanc/01.mdx')); // Astro's own collection
    watcher.emit('all', 'change', path.join(root, 'src/pages/index.astro'));
    watcher.emit('all', 'change', path.resolve('/ailleurs/content/ateliers/b/x.md'));
    watcher.emit('all', 'addDir', path.join(root, 'content/ateliers/corse'));
    await vi.advanceTimersByTimeAsync(500);
    expect(synthesize).toHaveBeenCalledTimes(1);
    expect(currentGeneration()).toBe(before);
    expect(told).toEqual({ client: [], ssr: [], prerender: [] });

    watcher.emit('all', 'add', path.join(root, 'content/ateliers/bretagne/brest.md'));
    await vi.advanceTimersByTimeAsync(50);
    watcher.emit('all', 'change', path.join(root, 'data/enquetes/jeunes.csv'));
    await vi.advanceTimersByTimeAsync(50);
    watcher.emit('all', 'unlink', path.join(root, 'data/themes.yml'));
    await vi.advanceTimersByTimeAsync(100);
    // Started at once, not at the next page shown; the pages reload only when it is ready.
    expect(synthesize).toHaveBeenCalledTimes(2);
    expect(currentGeneration()).toBe(before + 1);
    expect(synthesisNow()).toBe(runs[1]?.synthesis);
    expect(logged).toEqual([
      '3 fichiers ont changé (content/ateliers/bretagne/brest.md, data/enquetes/jeunes.csv, data/themes.yml) : synthèse refaite, les pages ouvertes se rechargeront.',
    ]);
    expect(reloads).toEqual([]);
    // The pages' paths and props of the previous Synthesis are forgotten at once, in the server environments only…
    expect(told).toEqual({ client: [], ssr: [ROUTE_CACHE_EVENT], prerender: [ROUTE_CACHE_EVENT] });
    runs[1]?.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(reloads).toEqual([{ type: 'custom', event: SYNTHESIS_EVENT }]);
    // …and again before the reload: a page asked for meanwhile may have kept the previous ones.
    expect(told).toEqual({ client: [], ssr: [ROUTE_CACHE_EVENT, ROUTE_CACHE_EVENT], prerender: [ROUTE_CACHE_EVENT, ROUTE_CACHE_EVENT] });
  });

  it('parle au cache des routes d’Astro avec le message qu’il écoute', () => {
    // An Astro upgrade that renames it would let the pages show a Synthesis gone (the end-to-end test says so too).
    for (const file of ['vite-plugin-app/createAstroServerApp.js', 'core/app/entrypoints/virtual/dev.js']) {
      const source = readFileSync(path.join(REPO, 'node_modules/astro/dist', file), 'utf8');
      expect(source, file).toMatch(new RegExp(`import\\.meta\\.hot\\.on\\(\\s*"${ROUTE_CACHE_EVENT}",\\s*\\(\\) => \\{\\s*getRouteCache\\(manifest\\)\\.clearAll\\(\\)`));
    }
  });

  it('ne recharge pas pour une synthèse dépassée par un changement plus récent', async () => {
    vi.useFakeTimers();
    const root = path.resolve('/consultation');
    const { watcher, reloads, server, logger, logged } = fakeServer();
    const { runs, synthesize } = fakeSynthesize();
    watchConsultation(server, root, logger, synthesize, 100);
    watcher.emit('all', 'change', path.join(root, 'content/consultation.yml'));
    await vi.advanceTimersByTimeAsync(100);
    watcher.emit('all', 'change', path.join(root, 'data/pseudonymes.yml'));
    await vi.advanceTimersByTimeAsync(100);
    expect(logged[0]).toMatch(/^content\/consultation\.yml a changé/);
    expect(synthesize).toHaveBeenCalledTimes(2);
    runs[0]?.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(reloads).toEqual([]); // the pages would show a state already gone
    runs[1]?.settle();
    await vi.advanceTimersByTimeAsync(0);
    expect(reloads).toHaveLength(1);
  });
});

describe('une construction lancée à côté de astro dev', () => {
  /** What the integration asks of Astro's config for `command`. */
  function setUp(command: 'dev' | 'build') {
    const updates: { vite: { server: { watch: { ignored: unknown[] } } } }[] = [];
    const scripts: string[] = [];
    const setup = devWatchIntegration().hooks['astro:config:setup'] as unknown as (options: object) => void;
    const config = { root: pathToFileURL(`${REPO}/`), build: { assets: '_astro' } };
    setup({ command, config, injectScript: (_stage: string, script: string) => scripts.push(script), updateConfig: (update: typeof updates[number]) => updates.push(update) });
    return { updates, scripts };
  }

  it('n’est pas suivie : les dossiers où elle prépare le site sont ignorés par la surveillance de Vite', () => {
    // Each page it wrote made a `[watch] .astro/construction-…` line, and reloaded the pages open.
    expect(setUp('dev').updates[0]?.vite.server.watch.ignored[0]).toBe(BUILD_STAGING_GLOB);
    expect(path.matchesGlob(path.join(REPO, '.astro/construction-Ab12cD/ateliers/index.html'), BUILD_STAGING_GLOB)).toBe(true);
    // Astro's own files there are still watched.
    expect(path.matchesGlob(path.join(REPO, '.astro/data-store.json'), BUILD_STAGING_GLOB)).toBe(false);
    expect(path.matchesGlob(path.join(REPO, 'src/pages/index.astro'), BUILD_STAGING_GLOB)).toBe(false);
    // A build's config is left as it is.
    expect(setUp('build')).toEqual({ updates: [], scripts: [] });
  });

  it('n’est pas suivie non plus dans un dossier de sortie du projet, quel que soit son nom', () => {
    // `build --out site/` wrote straight into the project: a `[watch]` line and a reload per page.
    const ignored = setUp('dev').updates[0]?.vite.server.watch.ignored[1];
    expect(ignored).toBeTypeOf('function');
    const root = temp();
    const inSite = inBuiltSite(root);
    const plant = (file: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), 'x');
    };
    // A folder is a built site once it holds Astro's assets folder, which Astro writes before any page.
    plant('site/404.html');
    expect(inSite(path.join(root, 'site/404.html'))).toBe(false);
    plant('site/_astro/BaseLayout.css');
    for (const file of ['site', 'site/_astro', 'site/_astro/BaseLayout.css', 'site/404.html', 'site/regions/bretagne/index.html', 'site/telechargements/livre-blanc.pdf']) {
      expect(inSite(path.join(root, file)), file).toBe(true);
    }
    plant('publication/2026/_astro/x.js'); // any depth, any name
    plant('en-cours/.prerender/chunks/page.mjs'); // Astro's first folder in a site being built
    expect(inSite(path.join(root, 'en-cours/favicon.svg'))).toBe(true);
    expect(inSite(path.join(root, 'publication/2026/index.html'))).toBe(true);
    expect(inSite('publication/2026/index.html')).toBe(true); // relative to the project
    // The sources, the consultation and anything outside the project are still watched.
    plant('src/pages/index.astro');
    plant('notes/_astro'); // a file of that name is not Astro's folder
    for (const file of ['src/pages/index.astro', 'content/ateliers/bretagne/rennes.md', 'notes/_astro', 'publication']) expect(inSite(path.join(root, file)), file).toBe(false);
    expect(inSite(root)).toBe(false);
    expect(inSite(path.join(path.dirname(root), 'ailleurs/_astro/x.js'))).toBe(false);
    // The assets folder is Astro's setting.
    plant('autre/assets/x.css');
    expect(inBuiltSite(root, 'assets')(path.join(root, 'autre/index.html'))).toBe(true);
  });
});
