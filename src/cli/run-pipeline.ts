/** Reads a consultation root and runs the pipeline, with a progress bar on a terminal. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConsultation } from '../pipeline/io/read-consultation.ts';
import { synthesize, type SynthesizeResult } from '../pipeline/synthesize.ts';
import { UsageError } from './args.ts';
import { createProgress } from './progress.ts';

export async function runPipeline(rootFlag: string | undefined): Promise<SynthesizeResult & { root: string }> {
  const root = path.resolve(rootFlag ?? '.');
  if (!existsSync(root)) throw new UsageError(`Le dossier « ${root} » n'existe pas (option --root).`);
  const input = await readConsultation(root);
  const progress = createProgress();
  try {
    return { ...synthesize(input, progress.update), root };
  } finally {
    progress.stop();
  }
}
