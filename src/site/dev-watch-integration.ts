/**
 * Dev only. Under `astro dev`, the site follows the consultation: when a note (saved from /saisie or
 * written by hand), a survey, its sidecar or a settings file is added, changed or removed, the
 * Synthesis is computed anew at once, and the pages open in a browser reload when it is ready
 * (RELOAD_CLIENT).
 * Astro's own watch does not see these files: no page imports them, the pipeline reads them.
 *
 * The Synthesis is computed here, when the files settle rather than at the next page shown, and
 * handed to the pages (synthesis.ts): a page open meanwhile keeps showing the previous state instead
 * of waiting on a blank load (on the 143,719 real answers a Synthesis takes ~5 s).
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isConsultationFile, NOTES_DIR, SURVEYS_DIR } from '../pipeline/io/read-consultation.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { runPipeline } from '../cli/run-pipeline.ts';
import { formatCount, formatSeconds } from '../cli/units.ts';
import { currentGeneration, nextGeneration } from './generation.ts';
import { markDevServer } from './dev-server.ts';
import { blockingNotice, provideDevSynthesis, ROOT_ENV } from './synthesis.ts';

/** Changes closer than this make one Synthesis and one reload: an editor or a copy often writes several files. */
const SETTLE_MS = 150;

/** Sent to the pages when a new Synthesis is ready. */
export const SYNTHESIS_EVENT = 'livre-blanc:synthese';

/**
 * Injected into every page under `astro dev` only: reload on a new Synthesis. Except the entry form
 * (/saisie), which does not show the Synthesis: a reload there would drop the announcement of the
 * note just saved, and the focus (the draft itself is kept in the browser).
 */
export const RELOAD_CLIENT = `if (import.meta.hot) import.meta.hot.on(${JSON.stringify(SYNTHESIS_EVENT)}, () => { if (!document.getElementById('saisie')) location.reload(); });`;

/** What the watch needs of Vite's dev server. */
export interface WatchedServer {
  watcher: { add(paths: string | readonly string[]): unknown; on(event: 'all', listener: (event: string, file: string) => void): unknown };
  ws: { send(payload: { type: 'custom'; event: string }): void };
}

export type WatchLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

export function devWatchIntegration(): AstroIntegration {
  // A build also sets up a short-lived Vite server (to sync content) when NODE_ENV is not
  // `production` (vitest sets `test`): only `astro dev` is followed.
  let serving = false;
  return {
    name: 'livre-blanc:suivi-dev',
    hooks: {
      'astro:config:setup': ({ command, injectScript }) => {
        serving = command === 'dev';
        if (serving) injectScript('page', RELOAD_CLIENT);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!serving) return;
        markDevServer();
        const root = path.resolve(process.env[ROOT_ENV] ?? process.cwd());
        provideDevSynthesis(watchConsultation(server, root, logger, (at) => synthesizeLogged(at, logger)));
      },
    },
  };
}

/**
 * Watches the consultation under `root`; returns the Synthesis of its files as they are now (one
 * `synthesize` per state of the files, started as soon as they settle). Exported for the tests.
 */
export function watchConsultation(
  server: WatchedServer,
  root: string,
  logger: WatchLogger,
  synthesize: (root: string) => Promise<Synthesis>,
  settleMs = SETTLE_MS,
): () => Promise<Synthesis> {
  let latest: { generation: number; synthesis: Promise<Synthesis> } | undefined;
  const synthesisNow = (): Promise<Synthesis> => {
    const generation = currentGeneration();
    if (latest?.generation !== generation) latest = { generation, synthesis: synthesize(root) };
    return latest.synthesis;
  };
  // The root may lie outside the project Vite watches (LIVRE_BLANC_ROOT).
  server.watcher.add([NOTES_DIR, SURVEYS_DIR, 'data', 'content'].map((dir) => path.join(root, dir)));
  const changed = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.on('all', (event, file) => {
    if (event !== 'add' && event !== 'change' && event !== 'unlink') return;
    const relative = path.relative(root, file).split(path.sep).join('/');
    if (relative.startsWith('../') || !isConsultationFile(relative)) return;
    changed.add(relative);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const files = [...changed].sort();
      changed.clear();
      logger.info(`${describeChange(files)} : synthèse refaite, les pages ouvertes se rechargeront.`);
      const generation = nextGeneration();
      // Reload once the new Synthesis is there (or has failed, to show why), unless newer changes came meanwhile.
      const reload = () => {
        if (currentGeneration() === generation) server.ws.send({ type: 'custom', event: SYNTHESIS_EVENT });
      };
      synthesisNow().then(reload, reload);
    }, settleMs);
  });
  return synthesisNow;
}

function describeChange(files: readonly string[]): string {
  if (files.length === 1) return `${files[0]} a changé`;
  return `${files.length} fichiers ont changé (${files.slice(0, 3).join(', ')}${files.length > 3 ? '…' : ''})`;
}

/** The command's pipeline run (with its cache and progress bar), said in the terminal. */
async function synthesizeLogged(root: string, logger: WatchLogger): Promise<Synthesis> {
  const started = performance.now();
  try {
    const { synthesis, cached } = await runPipeline(root);
    logger.info(`Synthèse ${cached ? 'reprise du cache' : 'faite'} en ${formatSeconds(performance.now() - started)} : ${formatCount(synthesis.items.length)} éléments.`);
    const notice = blockingNotice(synthesis);
    if (notice) logger.warn(notice);
    return synthesis;
  } catch (error) {
    logger.error(`La synthèse a échoué : ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}
