/**
 * A component's safety net, for a value the chapters' check cannot read (written as an expression):
 * under `astro dev` the component shows the French message in its place and the terminal says it once;
 * a build still stops, and says it in French alone — Astro's own « [ERROR] » copies of it (the error's
 * stack, « Caught error rendering … ») are left out of its log.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AstroLoggerMessage } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import chapterErrorLog, { isChapterErrorCopy } from '../../src/site/chapter-error-log.ts';
import { chaptersTerminal, COMPONENT_PROBLEM } from '../../src/site/dev/chapters-notice.ts';
import { componentProblem, provideProblemReporter } from '../../src/site/dev/component-problems.ts';
import { markDevServer } from '../../src/site/dev-server.ts';
import { ContentError } from '../../src/site/filters.ts';
import { createSite } from '../../src/site/site.ts';
import { withBuildLock } from '../e2e/support/build-lock.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const site = createSite(fixtureSynthesis);
const WHERE = '<Figure> dans le chapitre content/livre-blanc/01.mdx (« livre-blanc check » donne sa ligne)';
const temp = tempDirs('lb-component-problem-');

describe('le filet de sécurité d’un composant', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('livre-blanc.serveur-dev')];
    provideProblemReporter(() => {});
  });

  it('arrête une construction, en français', () => {
    expect(componentProblem(site, 'Figure', { stat: 'items' }, WHERE)).toBeNull();
    expect(() => componentProblem(site, 'Figure', { stat: 'item' }, WHERE)).toThrow(ContentError);
    expect(() => componentProblem(site, 'Figure', { stat: 'item' }, WHERE)).toThrow(`${WHERE} : stat="item" inconnu. Vouliez-vous dire « items » ?`);
  });

  it('sous astro dev, rend le message à la place du composant et le dit au terminal, sans rien lancer', () => {
    markDevServer();
    const said: string[] = [];
    provideProblemReporter((message) => said.push(message));
    expect(componentProblem(site, 'Figure', { stat: 'items' }, WHERE)).toBeNull();
    const message = componentProblem(site, 'Figure', { stat: 'item' }, WHERE);
    expect(message).toMatch(/^<Figure> dans le chapitre .* : stat="item" inconnu\. Vouliez-vous dire « items » \?/);
    expect(componentProblem(site, 'Verbatims', { theme: 'saisie', limit: 'trois' }, WHERE)?.split('\n')).toHaveLength(2);
    expect(said[0]).toBe(message);
  });

  it('sous astro dev, le terminal le dit une fois, pas à chaque page montrée, jusqu’à la vérification suivante', () => {
    const logged: string[] = [];
    const log = (text: string) => logged.push(text);
    const terminal = chaptersTerminal({ info: log, warn: log, error: log });
    terminal.componentProblem('<Figure> … : stat="item" inconnu.');
    terminal.componentProblem('<Figure> … : stat="item" inconnu.');
    expect(logged).toEqual([`${COMPONENT_PROBLEM}\n<Figure> … : stat="item" inconnu.`]);
    expect(COMPONENT_PROBLEM).toMatch(/^Chapitres du livre blanc : un composant refuse une valeur calculée/);
    terminal.checked([]); // a chapter saved
    terminal.componentProblem('<Figure> … : stat="item" inconnu.');
    expect(logged).toHaveLength(2);
  });
});

describe('le journal d’Astro', () => {
  const message = (level: AstroLoggerMessage['level'], text: string, label: string | null = null): AstroLoggerMessage => ({ level, label, message: text, newLine: true });
  const error = '<Figure> dans la page /imprimer/ (« livre-blanc check » donne sa ligne) : stat="inconnu" inconnu.';

  it('laisse de côté les copies anglaises de l’erreur d’un chapitre, et rien d’autre', () => {
    expect(isChapterErrorCopy(message('error', `ContentError: ${error}\n    at contentError (file:///x/.prerender/chunks/component-check.mjs:119:9)`))).toBe(true);
    expect(isChapterErrorCopy(message('error', `Caught error rendering /imprimer: ContentError: ${error}`, 'build'))).toBe(true);
    expect(isChapterErrorCopy(message('error', `\u001b[31mContentError: ${error}\u001b[39m`))).toBe(true);
    expect(isChapterErrorCopy(message('error', 'Caught error rendering /imprimer: TypeError: x is undefined', 'build'))).toBe(false);
    expect(isChapterErrorCopy(message('error', 'TypeError: x is not a function\n    at new ContentError (file:///x.mjs:1:1)'))).toBe(false);
    expect(isChapterErrorCopy(message('warn', `ContentError: ${error}`))).toBe(false);
  });

  it('écrit le reste comme le journal d’Astro en Node', () => {
    const written = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const log = chapterErrorLog();
      log.write(message('error', `ContentError: ${error}`));
      expect(written).not.toHaveBeenCalled();
      log.write(message('error', 'Caught error rendering /: TypeError: boom', 'build'));
      expect(String(written.mock.calls[0]?.[0])).toMatch(/\[ERROR\] \[build\].* Caught error rendering \/: TypeError: boom\n$/);
    } finally {
      written.mockRestore();
    }
  });

  it('est celui que astro.config.mjs donne à Astro', async () => {
    const { default: config } = (await import('../../astro.config.mjs')) as { default: { logger?: { entrypoint: string } } };
    expect(path.resolve(PACKAGE_DIR, config.logger?.entrypoint ?? '')).toBe(path.join(PACKAGE_DIR, 'src/site/dev/dev-log.ts')); // which writes through chapter-error-log.ts (tests/site/dev-watch-messages.test.ts)
  });

  it('une construction arrêtée par une valeur calculée le dit en français, sans les lignes [ERROR] d’Astro', { timeout: 600_000 }, async () => {
    const root = temp();
    cpSync(path.join(PACKAGE_DIR, 'content/ateliers/bretagne'), path.join(root, 'content/ateliers/bretagne'), { recursive: true });
    mkdirSync(path.join(root, 'content/livre-blanc'));
    writeFileSync(path.join(root, 'content/livre-blanc/01.mdx'), '---\ntitre: Un\nordre: 1\n---\n\n<Figure stat={["ite", "m"].join("")} /> éléments.\n');
    const run = await withBuildLock(async () =>
      spawnSync(process.execPath, [path.join(PACKAGE_DIR, 'bin/livre-blanc.js'), 'build', '--root', root, '--out', path.join(temp(), 'site')], {
        encoding: 'utf8',
        env: { ...process.env, LIVRE_BLANC_CACHE: '0', NO_COLOR: '1' },
      }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Un chapitre du livre blanc ne peut pas être construit :\n<Figure> dans la page /imprimer/');
    expect(run.stderr).toContain('stat="item" inconnu. Vouliez-vous dire « items » ?');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\[ERROR\]|ContentError|Caught error rendering/);
  });
});
