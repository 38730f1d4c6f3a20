/**
 * How the pages open under `astro dev` learn of a new Synthesis: a custom message of Vite's dev
 * server, and a script injected into every page (dev only) that reloads on it.
 */

/** Sent to the pages when a new Synthesis is ready. */
export const SYNTHESIS_EVENT = 'livre-blanc:synthese';

/**
 * Injected into every page under `astro dev` only: reload on a new Synthesis. Except the entry form
 * (/saisie), which does not show the Synthesis: a reload there would drop the announcement of the
 * note just saved, and the focus (the draft itself is kept in the browser).
 */
export const RELOAD_CLIENT = `if (import.meta.hot) import.meta.hot.on(${JSON.stringify(SYNTHESIS_EVENT)}, () => { if (!document.getElementById('saisie')) location.reload(); });`;
