/**
 * Watches a consultation's files through Vite's dev server: one Synthesis per state of the files,
 * started as soon as they settle, and a message to the pages when it is ready.
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { describeChange, SETTLE_MS, settledChanges, WATCHED_DIRS } from '../../pipeline/io/consultation-changes.ts';
import type { Synthesis } from '../../pipeline/synthesis-model.ts';
import { currentGeneration, nextGeneration } from '../generation.ts';
import { SYNTHESIS_EVENT } from './messages.ts';
import { forgetStaticPaths, type ServerEnvironments } from './route-cache.ts';

/** What the watch needs of Vite's dev server. */
export interface WatchedServer extends ServerEnvironments {
  watcher: { add(paths: string | readonly string[]): unknown; on(event: 'all', listener: (event: string, file: string) => void): unknown };
  ws: { send(payload: { type: 'custom'; event: string }): void };
}

export type WatchLogger = Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>;

/**
 * Watches the consultation under `root`; returns the Synthesis of its files as they are now (one
 * `synthesize` per state of the files, started as soon as they settle).
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
  server.watcher.add(WATCHED_DIRS.map((dir) => path.join(root, dir)));
  const onSettled = (files: string[]) => {
    logger.info(`${describeChange(files)} : synthèse refaite, les pages ouvertes se rechargeront.`);
    const generation = nextGeneration();
    // The pages' paths and props of the previous Synthesis go at once (they would hold it in memory too)…
    forgetStaticPaths(server);
    // Reload once the new Synthesis is there (or has failed, to show why), unless newer changes came meanwhile.
    const reload = () => {
      if (currentGeneration() !== generation) return;
      // …and again when the new one is ready: a request begun before the change may have stored the previous one's since.
      forgetStaticPaths(server);
      server.ws.send({ type: 'custom', event: SYNTHESIS_EVENT });
    };
    synthesisNow().then(reload, reload);
  };
  server.watcher.on('all', settledChanges(root, onSettled, settleMs));
  return synthesisNow;
}
