/**
 * Under `astro dev` the chapters are checked as `check` and `build` check them: at start, on each
 * chapter saved and on each new Synthesis; the terminal gets the same French report, the pages an
 * overlay, and a page that would stop at a problem is replaced by the list of its problems.
 */
import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toVFiles } from '../../src/cli/check-report.ts';
import { frenchReport } from '../../src/cli/french-reporter.ts';
import { checkChapters } from '../../src/site/chapters-check/index.ts';
import { chaptersGuard, chaptersOf } from '../../src/site/dev/chapters-guard.ts';
import { chaptersPage } from '../../src/site/dev/chapters-page.ts';
import { followChapters, type ChaptersServer } from '../../src/site/dev/follow-chapters.ts';
import { CHAPTERS_EVENT, CHAPTERS_REQUEST, type ChapterProblem, type ChaptersState } from '../../src/site/dev/messages.ts';
import { CHAPTERS_CLIENT } from '../../src/site/dev/reload-client.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const temp = tempDirs('lb-dev-chapters-');
const FILE = 'content/livre-blanc/01-besoins.mdx';
const chapter = (body: string) => `---\ntitre: Besoins\nordre: 1\n---\n\n${body}\n`;
const BAD = chapter('Nombre : <Figure stat="inconnu" />.\n\n<Verbatims theme="saisie" tag="needs" />');

function fakeServer() {
  const watcher = new EventEmitter();
  const sent: ChaptersState[] = [];
  const requests = new Map<string, (data: unknown, client: { send(event: string, data: ChaptersState): void }) => void>();
  const server: ChaptersServer = {
    watcher,
    ws: {
      send: (payload) => payload.event === CHAPTERS_EVENT && sent.push(payload.data),
      on: (event, listener) => requests.set(event, listener),
    },
  };
  const logged: string[] = [];
  const log = (message: string) => logged.push(message);
  return { watcher, sent, requests, server, logged, logger: { info: log, warn: log, error: log } };
}

describe('chapitres vérifiés sous astro dev', () => {
  it('au démarrage, puis à chaque chapitre enregistré : le rapport de check au terminal, les erreurs aux pages', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'content/livre-blanc'), { recursive: true });
    writeFileSync(path.join(root, FILE), BAD);
    const { watcher, sent, requests, server, logged, logger } = fakeServer();
    const chapters = followChapters(server, root, logger, () => Promise.resolve(fixtureSynthesis), 20);

    // A page asked for before the first Synthesis is checked waits for the check.
    const first = chapters.problems();
    chapters.recheck(); // the first Synthesis is ready
    const problems = await first;
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}`)).toEqual([`${FILE}:6:18`, `${FILE}:8:12`]);
    expect(problems[1]?.hint).toBe('Vouliez-vous dire « saisie-ergonomie » ?');
    // The terminal gets build's own report, with a French headline.
    const report = frenchReport(toVFiles(await checkChapters(root, fixtureSynthesis)), { color: false });
    expect(logged).toEqual([`Chapitres du livre blanc : 2 erreurs bloquantes (« livre-blanc build » refusera de publier ; les pages ouvertes les montrent aussi) :\n${report}`]);
    expect(report).toMatch(/^content\/livre-blanc\/01-besoins\.mdx\n {2}6:18 {2}erreur {9}<Figure stat="inconnu"> : stat="inconnu" inconnu\. \[chapitre-valeur-inconnue\]\n/);
    expect(sent).toEqual([{ problems }]);
    // A page that loads asks for them (a broadcast may predate it).
    const answers: unknown[] = [];
    requests.get(CHAPTERS_REQUEST)?.(undefined, { send: (event, data) => answers.push([event, data]) });
    expect(answers).toEqual([[CHAPTERS_EVENT, { problems }]]);

    // A new Synthesis with the same problems: the pages are told, the terminal is not told again.
    chapters.recheck();
    await chapters.problems();
    expect(logged).toHaveLength(1);
    expect(sent).toHaveLength(2);

    // Fixed and saved: awaited from the first event, then said once.
    writeFileSync(path.join(root, FILE), chapter('Nombre : <Figure stat="items" />.'));
    watcher.emit('all', 'change', path.join(root, FILE));
    expect(await chapters.problems()).toEqual([]);
    expect(logged[1]).toBe('Chapitres du livre blanc : plus aucun problème.');
    expect(sent.at(-1)).toEqual({ problems: [] });

    // Files that are not chapters are not its business (the Synthesis' changes come through recheck).
    watcher.emit('all', 'change', path.join(root, 'content/ateliers/bretagne/rennes.md'));
    watcher.emit('all', 'change', path.join(root, 'content/livre-blanc/images/schema.mdx'));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(sent).toHaveLength(3);
  });

  it('un avertissement seul (valeur calculée) est dit au terminal, sans rien montrer aux pages', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'content/livre-blanc'), { recursive: true });
    writeFileSync(path.join(root, FILE), chapter('<Figure stat={["items"][0]} />'));
    const { sent, server, logged, logger } = fakeServer();
    const chapters = followChapters(server, root, logger, () => Promise.resolve(fixtureSynthesis), 20);
    chapters.recheck();
    expect(await chapters.problems()).toEqual([]);
    expect(logged[0]).toMatch(/^Chapitres du livre blanc : 1 avertissement :\n.*\[chapitre-valeur-calculee\]/s);
    expect(sent).toEqual([{ problems: [] }]);
  });

  it('une synthèse en échec ne laisse pas les pages attendre', async () => {
    const { server, logged, logger } = fakeServer();
    const chapters = followChapters(server, temp(), logger, () => Promise.reject(new Error('La synthèse a échoué')), 20);
    chapters.recheck();
    expect(await chapters.problems()).toEqual([]);
    expect(logged).toEqual([]); // logged-synthesis.ts says it
  });
});

describe('une page qu’un chapitre arrêterait', () => {
  const problem = (file: string, message: string): ChapterProblem => ({ file, line: 6, column: 18, message, hint: 'Vouliez-vous dire « items » ?' });
  const problems = [problem(FILE, '<Figure stat="inconnu"> : stat="inconnu" inconnu.'), problem('content/livre-blanc/02-autre.mdx', 'Composant inconnu « <Figur> ».')];

  it('est celle du chapitre, ou la version imprimable qui les tient tous', () => {
    expect(chaptersOf('/livre-blanc/01-besoins/')).toBe(FILE);
    expect(chaptersOf('/livre-blanc/%C3%A9t%C3%A9/')).toBe('content/livre-blanc/été.mdx');
    expect(chaptersOf('/imprimer/')).toBe('all');
    for (const other of ['/', '/livre-blanc/', '/themes/', '/livre-blanc/%E0%A4%A/', '/livre-blanc/a/b/']) expect(chaptersOf(other), other).toBeNull();
  });

  async function serve(url: string, method = 'GET') {
    let waited = false;
    const guard = chaptersGuard(async () => ((waited = true), problems));
    const response = { statusCode: 200, headers: {} as Record<string, string>, body: '', setHeader(name: string, value: string) { this.headers[name] = value; }, end(body: string) { this.body = body; } };
    const passed = await new Promise<boolean>((resolve) => {
      guard({ method, url } as IncomingMessage, Object.assign(response, { end: (body: string) => ((response.body = body), resolve(false)) }) as unknown as ServerResponse, () => resolve(true));
    });
    return { passed, waited, ...response };
  }

  it('montre ses erreurs en français à la place de la page, les autres pages passent sans attendre', async () => {
    const page = await serve('/livre-blanc/01-besoins/?x=1');
    expect(page.passed).toBe(false);
    expect(page.statusCode).toBe(500);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<h1>Chapitres du livre blanc : 1 erreur bloquante</h1>');
    // What the author wrote is text, never markup.
    expect(page.body).toContain(`<code>${FILE}:6:18</code> &#60;Figure stat=&#34;inconnu&#34;&#62; : stat=&#34;inconnu&#34; inconnu.`);
    expect(page.body).toContain('Conseil : Vouliez-vous dire « items » ?');
    expect(page.body).not.toContain('02-autre');
    expect((await serve('/imprimer/')).body).toContain('2 erreurs bloquantes');
    expect(await serve('/livre-blanc/03-sain/')).toMatchObject({ passed: true, waited: true });
    expect(await serve('/')).toMatchObject({ passed: true, waited: false });
    expect(await serve('/livre-blanc/01-besoins/', 'POST')).toMatchObject({ passed: true, waited: false });
  });

  it('se recharge d’elle-même : ses scripts existent et viennent du serveur de Vite', () => {
    const page = chaptersPage(problems);
    const scripts = [...page.matchAll(/<script type="module" src="([^"]+)"><\/script>/g)].map((m) => m[1] ?? '');
    expect(scripts[0]).toBe('/@vite/client');
    expect(scripts[1]).toMatch(/^\/@fs\/.*\/src\/site\/dev\/chapters-page-client\.ts$/);
    expect(existsSync(scripts[1]?.slice('/@fs'.length) ?? '')).toBe(true);
    const overlay = /^import "(.*)";$/.exec(CHAPTERS_CLIENT)?.[1] ?? '';
    expect(existsSync(overlay), overlay).toBe(true);
  });
});
