/**
 * The 404 page of a site built with `--hors-ligne`. A web server shows it at the missing address,
 * at any depth (`/livre-blanc/regions/inconnue/`), while its links, made relative to its own file at
 * the site's root (`_astro/…css`, `regions/index.html`), would resolve against that address: no
 * stylesheet, no script, no working link. Where the site's root is cannot be known when building
 * (the same folder is served at any path), nor read from the address alone (`/livre-blanc/inconnue/`
 * may be a missing chapter of a site at `/`, or a missing section of a site at `/livre-blanc/`).
 *
 * So a small script, inline because nothing else can load before the root is known, asks each
 * folder of the address, shallowest first, for the site's served-check script, and the first that
 * has it is the root: a `<base>` then makes every relative link of the page start there. It runs
 * before the stylesheet's link is read, and waits for the answers (a synchronous request, one or
 * two on a site at the root or one level down), so the page shows styled at once. It is allowed by
 * its SHA-256 in this page's Content-Security-Policy, which keeps refusing every other inline script.
 * Opened from its file, the page is at the root already: the script does nothing.
 */
import { createHash } from 'node:crypto';
import { SERVED_CHECK, SERVED_CHECK_FILE } from './served-check.ts';

/** The page that servers show for a missing address, at the site's root (Astro's `src/pages/404.astro`). */
export const NOT_FOUND_PAGE = '404.html';

/**
 * Folders of the address tried as the root, at most: each is a request that holds the page, and a
 * site is not published this deep; a longer address (a broken link, a probe) keeps the page unstyled.
 */
const MAX_ROOT_DEPTH = 8;

export const FIND_ROOT_SCRIPT = `// build --hors-ligne : la page 404 est montrée à l'adresse manquante ; ses liens partent de la racine du site.
(function () {
  if (location.protocol === 'file:') return;
  var marker = ${JSON.stringify(SERVED_CHECK_FILE)};
  var signature = ${JSON.stringify(SERVED_CHECK)};
  var folders = location.pathname.split('/').slice(1, -1);
  for (var depth = 0; depth <= Math.min(folders.length, ${MAX_ROOT_DEPTH}); depth++) {
    var root = '/' + folders.slice(0, depth).map(function (folder) { return folder + '/'; }).join('');
    var request = new XMLHttpRequest();
    try {
      request.open('GET', root + marker, false);
      request.send();
    } catch (error) {
      return;
    }
    if (request.status === 200 && request.responseText.indexOf(signature) === 0) {
      var base = document.createElement('base');
      base.href = root;
      document.head.appendChild(base);
      document.addEventListener('DOMContentLoaded', function () {
        var page = location.href.split('#')[0];
        document.querySelectorAll('a[href^="#"]').forEach(function (link) { link.href = page + link.getAttribute('href'); });
      });
      return;
    }
  }
})();
`;

/** The policy's meta as BaseLayout writes it, up to the sources of `script-src`. */
const POLICY_SCRIPTS = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self')([^"]*"\s*\/?>)/;

/**
 * The 404 page (its links already relative to the site's root) with the script that finds the root,
 * first after the policy, and the policy allowing that script alone. Throws if the page has no policy
 * to extend: a 404 page that silently lost its styles and links is what this module prevents.
 */
export function notFoundPageFindingItsRoot(html: string): string {
  if (!POLICY_SCRIPTS.test(html)) throw new Error(`${NOT_FOUND_PAGE} : Content-Security-Policy introuvable, la page ne saurait trouver la racine du site.`);
  const hash = createHash('sha256').update(FIND_ROOT_SCRIPT).digest('base64');
  // A function as replacement: no `$` sequence the script may ever hold is expanded.
  return html.replace(POLICY_SCRIPTS, (_match, policy: string, rest: string) => `${policy} 'sha256-${hash}'${rest}<script>${FIND_ROOT_SCRIPT}</script>`);
}
