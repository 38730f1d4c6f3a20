/**
 * Loads the Synthesis the site is built from, once per build (memoised).
 * `livre-blanc build` runs the pipeline outside Astro, in the same process, and hands the Synthesis
 * over in memory: the key named by `LIVRE_BLANC_SYNTHESIS` finds it in a registry on `globalThis`
 * (Vite bundles this module anew for the pages, so a module variable would not be shared). At a
 * million items this spares writing, reading and holding a second copy (~1.5 GB and ~15 s).
 * Without the variable (e.g. `astro dev`), the pipeline runs here on the consultation root
 * (`LIVRE_BLANC_ROOT` or the current directory), or its cached result is reused (`run-pipeline.ts`).
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';

export const SYNTHESIS_ENV = 'LIVRE_BLANC_SYNTHESIS';
export const ROOT_ENV = 'LIVRE_BLANC_ROOT';

const REGISTRY = Symbol.for('livre-blanc.syntheses');
type Registry = Map<string, Synthesis>;

function registry(): Registry {
  const scope = globalThis as { [REGISTRY]?: Registry };
  scope[REGISTRY] ??= new Map();
  return scope[REGISTRY];
}

let handOvers = 0;

/** Makes a Synthesis available to the build about to run; returns the key to put in `LIVRE_BLANC_SYNTHESIS`. */
export function handOverSynthesis(synthesis: Synthesis): string {
  const key = `synthese-${process.pid}-${++handOvers}`;
  registry().set(key, synthesis);
  return key;
}

/** Forgets a handed-over Synthesis once its build is over. */
export function withdrawSynthesis(key: string): void {
  registry().delete(key);
}

let cached: Promise<Synthesis> | undefined;

export function loadSynthesis(): Promise<Synthesis> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Synthesis> {
  const key = process.env[SYNTHESIS_ENV];
  if (key) {
    const synthesis = registry().get(key);
    if (!synthesis) throw new Error(`La synthèse « ${key} » n'a pas été transmise à ce processus : lancez la construction par « livre-blanc build ».`);
    return synthesis;
  }
  // Imported lazily so that a normal build never loads the pipeline into Astro. Through the
  // command's own runner: `astro dev` on an unchanged consultation reuses the cached Synthesis.
  const { runPipeline } = await import('../cli/run-pipeline.ts');
  return (await runPipeline(process.env[ROOT_ENV] ?? process.cwd())).synthesis;
}
