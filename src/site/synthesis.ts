/**
 * Loads the Synthesis the site is built from, once per build (memoised; under `astro dev`, once per
 * state of the consultation's files, see generation.ts).
 * `livre-blanc build` runs the pipeline outside Astro, in the same process, and hands the Synthesis
 * over in memory: the key named by `LIVRE_BLANC_SYNTHESIS` finds it in a registry on `globalThis`
 * (Vite bundles this module anew for the pages, so a module variable would not be shared). At a
 * million items this spares writing, reading and holding a second copy (~1.5 GB and ~15 s).
 * Under `astro dev`, the dev watch (dev-watch-integration.ts) provides it: it starts a new Synthesis
 * as soon as the consultation's files change, and reloads the pages when it is ready.
 * Otherwise (e.g. `astro build` run by hand), the pipeline runs here on the consultation root
 * (`LIVRE_BLANC_ROOT` or the current directory), or its cached result is reused (`run-pipeline.ts`).
 */
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { memoisedPerGeneration } from './generation.ts';

export const SYNTHESIS_ENV = 'LIVRE_BLANC_SYNTHESIS';
export const ROOT_ENV = 'LIVRE_BLANC_ROOT';

const REGISTRY = Symbol.for('livre-blanc.syntheses');
type Registry = Map<string, Synthesis>;

function registry(): Registry {
  const scope = globalThis as { [REGISTRY]?: Registry };
  scope[REGISTRY] ??= new Map();
  return scope[REGISTRY];
}

const DEV_SOURCE = Symbol.for('livre-blanc.synthese-dev');
type DevSource = () => Promise<Synthesis>;

/** Under `astro dev`: where the pages get the Synthesis of the consultation's files as they are now. */
export function provideDevSynthesis(source: DevSource): void {
  (globalThis as { [DEV_SOURCE]?: DevSource })[DEV_SOURCE] = source;
}

/** What a build would refuse, in French, or null when nothing blocks. */
export function blockingNotice(synthesis: Synthesis): string | null {
  const blocking = synthesis.diagnostics.filter((d) => d.severity === 'blocking').length;
  if (blocking === 0) return null;
  return `La consultation a ${blocking === 1 ? 'une erreur bloquante' : `${blocking} erreurs bloquantes`} : « livre-blanc build » refusera de publier. Détail : npx livre-blanc check`;
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

/** The Synthesis of the build, or under `astro dev` of the consultation's files as they are now (generation.ts). */
export const loadSynthesis: () => Promise<Synthesis> = memoisedPerGeneration(load);

async function load(): Promise<Synthesis> {
  const key = process.env[SYNTHESIS_ENV];
  if (key) {
    const synthesis = registry().get(key);
    if (!synthesis) throw new Error(`La synthèse « ${key} » n’a pas été transmise à ce processus : lancez la construction par « livre-blanc build ».`);
    return synthesis;
  }
  const devSource = (globalThis as { [DEV_SOURCE]?: DevSource })[DEV_SOURCE];
  if (devSource) return devSource();
  // Imported lazily so that a normal build never loads the pipeline into Astro. Through the
  // command's own runner: an unchanged consultation reuses the cached Synthesis.
  const { runPipeline } = await import('../cli/run-pipeline.ts');
  const { synthesis } = await runPipeline(process.env[ROOT_ENV] ?? process.cwd());
  // The pages show anyway: the terminal says what a build would refuse.
  const notice = blockingNotice(synthesis);
  if (notice) console.warn(notice);
  return synthesis;
}
