/**
 * Which state of the consultation's files the site shows. A build never changes it: the Synthesis
 * is computed once. Under `astro dev`, the watch (dev-watch-integration.ts) moves it on when a note,
 * a survey or a settings file changes: the memoised Synthesis, site and search index are let go at
 * once, and made anew when next asked for.
 *
 * Kept on `globalThis`: the integration runs in Astro's own modules, the pages in Vite's module
 * runner, which loads this module a second time (same process, same global object).
 */
const GENERATION = Symbol.for('livre-blanc.generation');
const FORGETTERS = Symbol.for('livre-blanc.generation.oublis');

type Scope = { [GENERATION]?: number; [FORGETTERS]?: Set<() => void> };

function forgetters(): Set<() => void> {
  const scope = globalThis as Scope;
  scope[FORGETTERS] ??= new Set();
  return scope[FORGETTERS];
}

/** The current generation: 0 until the first change. */
export function currentGeneration(): number {
  return (globalThis as Scope)[GENERATION] ?? 0;
}

/**
 * Marks the consultation's files as changed; returns the new generation. The values memoised for
 * the previous one are let go at once: at 130,000 answers the previous Synthesis, site and search
 * index would otherwise stay in memory while the next Synthesis is computed.
 */
export function nextGeneration(): number {
  const scope = globalThis as Scope;
  scope[GENERATION] = currentGeneration() + 1;
  forgetters().forEach((forget) => forget());
  return scope[GENERATION];
}

/** `make()` once per generation: the same value until the files change. */
export function memoisedPerGeneration<T>(make: () => T): () => T {
  let made: { value: T; generation: number } | undefined;
  forgetters().add(() => (made = undefined));
  return () => {
    const generation = currentGeneration();
    if (made?.generation !== generation) made = { value: make(), generation };
    return made.value;
  };
}
