/**
 * The scripts injected into every page under `astro dev` only: how the pages open learn of a new
 * Synthesis, and of the chapters' problems (messages.ts).
 */
import { fileURLToPath } from 'node:url';
import { SYNTHESIS_EVENT } from './messages.ts';

export { SYNTHESIS_EVENT };

/**
 * Reload on a new Synthesis. Except the entry form (/saisie), which does not show the Synthesis: a
 * reload there would drop the announcement of the note just saved, and the focus (the draft itself
 * is kept in the browser).
 */
export const RELOAD_CLIENT = `if (import.meta.hot) import.meta.hot.on(${JSON.stringify(SYNTHESIS_EVENT)}, () => { if (!document.getElementById('saisie')) location.reload(); });`;

/** A module of this folder by its path on disk: Vite serves it whatever the project's root. */
export function devModule(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

/** The chapters' problems over the page (chapters-client.ts). */
export const CHAPTERS_CLIENT = `import ${JSON.stringify(devModule('chapters-client.ts'))};`;
