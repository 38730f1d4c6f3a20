/**
 * Served by a web server (under any path: links are relative), a site built with `--hors-ligne` has
 * everything, and the notice for pages opened from their files would only puzzle readers: this
 * classic script, run in the head before the page shows (so nothing flickers), marks the page served
 * and the stylesheet hides the notice. From a file it marks nothing (or does not run at all), and the
 * notice stays. Being a file of every such site, always at the same place, it also tells the 404
 * page where the site's root is (not-found-root.ts).
 */
export const SERVED_CHECK_FILE = '_astro/livre-blanc-servi.js';

export const SERVED_CHECK = `// build --hors-ligne : servie par un serveur web, la page a tout ; l'avis ne vaut que depuis ses fichiers.
if (location.protocol !== 'file:') document.documentElement.classList.add('servi');
`;
