/** Under `astro dev`: the command's pipeline run, said in Astro's terminal. */
import type { Synthesis } from '../../pipeline/synthesis-model.ts';
import { runPipeline } from '../../cli/run-pipeline.ts';
import { formatCount, formatSeconds } from '../../cli/units.ts';
import { blockingNotice } from '../synthesis.ts';
import type { WatchLogger } from './watch-consultation.ts';

/** The command's pipeline run (with its cache and progress bar), said in the terminal. */
export async function synthesizeLogged(root: string, logger: WatchLogger): Promise<Synthesis> {
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
