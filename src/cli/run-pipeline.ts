/**
 * Reads a consultation root and runs the pipeline, with a progress bar on a terminal. When nothing
 * the Synthesis depends on has changed since a previous run, its cached result is reused
 * (synthesis-cache.ts; `LIVRE_BLANC_CACHE=0` turns that off).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { readConsultation } from '../pipeline/io/read-consultation.ts';
import { synthesize, type SynthesizeResult } from '../pipeline/synthesize.ts';
import { inputFiles } from '../pipeline/anonymise/paths.ts';
import { UsageError } from './args.ts';
import { createProgress } from './progress.ts';
import { cacheEnabled, codeDigest, readCachedSynthesis, synthesisKey, writeCachedSynthesis } from './synthesis-cache.ts';

export interface PipelineRun extends SynthesizeResult {
  root: string;
  /** Whether the Synthesis came from the cache (inputs and code unchanged). */
  cached: boolean;
  /** The Synthesis' cache key (inputs, pipeline code, dependencies), or null when the cache is off. */
  key: string | null;
  /** The consultation's files as they are named on disk (the Synthesis publishes some masked). */
  files: string[];
}

export async function runPipeline(rootFlag: string | undefined, options: { cacheDir?: string; cache?: boolean } = {}): Promise<PipelineRun> {
  const root = path.resolve(rootFlag ?? '.');
  if (!existsSync(root)) throw new UsageError(`Le dossier « ${root} » n’existe pas (option --root).`);
  if (!statSync(root).isDirectory()) {
    throw new UsageError(`« ${root} » est un fichier, pas un dossier (option --root) : indiquez le dossier de la consultation, celui qui contient content/ et data/.`);
  }
  const input = await readConsultation(root);
  const useCache = options.cache ?? cacheEnabled();
  const key = useCache ? synthesisKey(input, await codeDigest()) : null;
  const cached = key ? await readCachedSynthesis(key, options.cacheDir) : null;
  if (cached) {
    if (process.stderr.isTTY) process.stderr.write('Données et code inchangés depuis la dernière synthèse : résultat repris du cache (LIVRE_BLANC_CACHE=0 pour tout recalculer).\n');
    return { synthesis: cached, diagnostics: cached.diagnostics, root, cached: true, key, files: inputFiles(input) };
  }
  const progress = createProgress();
  let result: SynthesizeResult;
  try {
    result = synthesize(input, progress.update);
  } finally {
    progress.stop();
  }
  if (key) await writeCachedSynthesis(key, result.synthesis, options.cacheDir);
  return { ...result, root, cached: false, key, files: inputFiles(input) };
}
