/**
 * Whether the pages are being served by `astro dev`: the dev watch (dev-watch-integration.ts) marks it
 * when Astro's command is `dev`. Not `import.meta.env.DEV`, which a build also has when NODE_ENV is
 * `development` or `test` (vitest): the built site would then get the dev policy and the dev button.
 * On `globalThis` for the same reason as generation.ts (Astro's modules and Vite's runner).
 */
const DEV_SERVER = Symbol.for('livre-blanc.serveur-dev');

type Scope = { [DEV_SERVER]?: true };

export function markDevServer(): void {
  (globalThis as Scope)[DEV_SERVER] = true;
}

export function isDevServer(): boolean {
  return (globalThis as Scope)[DEV_SERVER] === true;
}
