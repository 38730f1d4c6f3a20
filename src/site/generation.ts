/**
 * Which state of the consultation's files the site shows. A build never changes it: the Synthesis
 * is computed once. Under `astro dev`, the watch (dev-watch-integration.ts) moves it on when a note,
 * a survey or a settings file changes, and the memoised Synthesis, site and search index are then
 * computed anew on the next page shown.
 *
 * Kept on `globalThis`: the integration runs in Astro's own modules, the pages in Vite's module
 * runner, which loads this module a second time (same process, same global object).
 */
const GENERATION = Symbol.for('livre-blanc.generation');

type Scope = { [GENERATION]?: number };

/** The current generation: 0 until the first change. */
export function currentGeneration(): number {
  return (globalThis as Scope)[GENERATION] ?? 0;
}

/** Marks the consultation's files as changed; returns the new generation. */
export function nextGeneration(): number {
  const scope = globalThis as Scope;
  scope[GENERATION] = currentGeneration() + 1;
  return scope[GENERATION];
}

/** `make()` once per generation: the same value until the files change. */
export function memoisedPerGeneration<T>(make: () => T): () => T {
  let made: { value: T; generation: number } | undefined;
  return () => {
    const generation = currentGeneration();
    if (made?.generation !== generation) made = { value: make(), generation };
    return made.value;
  };
}
