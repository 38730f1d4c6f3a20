/**
 * Loads the Synthesis the site is built from, once per build (memoised).
 * `livre-blanc build` runs the pipeline outside Astro and passes the JSON through
 * `LIVRE_BLANC_SYNTHESIS`; without it (e.g. `astro dev`), the pipeline runs here on the
 * consultation root (`LIVRE_BLANC_ROOT` or the current directory).
 */
import { readFileSync } from 'node:fs';
import type { Synthesis } from '../pipeline/synthesis-model.ts';

export const SYNTHESIS_ENV = 'LIVRE_BLANC_SYNTHESIS';
export const ROOT_ENV = 'LIVRE_BLANC_ROOT';

let cached: Promise<Synthesis> | undefined;

export function loadSynthesis(): Promise<Synthesis> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Synthesis> {
  const file = process.env[SYNTHESIS_ENV];
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as Synthesis;
  // Imported lazily so that a normal build never loads the pipeline into Astro.
  const { readConsultation } = await import('../pipeline/io/read-consultation.ts');
  const { synthesize } = await import('../pipeline/synthesize.ts');
  const root = process.env[ROOT_ENV] ?? process.cwd();
  return synthesize(await readConsultation(root)).synthesis;
}
