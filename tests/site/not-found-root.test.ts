/** The 404 page of a `--hors-ligne` site finds the site's root wherever a server shows it (not-found-root.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIND_ROOT_SCRIPT, notFoundPageFindingItsRoot } from '../../src/site/offline/not-found-root.ts';
import { SERVED_CHECK, SERVED_CHECK_FILE } from '../../src/site/offline/served-check.ts';

const PAGE = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'"><link rel="stylesheet" href="_astro/site.css"></head><body><a class="skip-link" href="#contenu">Aller au contenu</a></body></html>`;

/** Runs the script at `pathname` on a server holding the site under `root`; returns the requests and the base set. */
function runAt(pathname: string, root: string | null, protocol = 'http:'): { requested: string[]; base: string | null } {
  const requested: string[] = [];
  let base: string | null = null;
  class FakeRequest {
    status = 0;
    responseText = '';
    private url = '';
    open(_method: string, url: string): void {
      this.url = url;
    }
    send(): void {
      requested.push(this.url);
      const found = root !== null && this.url === `${root}${SERVED_CHECK_FILE}`;
      this.status = found ? 200 : 404;
      this.responseText = found ? SERVED_CHECK : '<!DOCTYPE html><title>Page introuvable</title>';
    }
  }
  const fakeDocument = {
    createElement: () => ({ href: '' }),
    head: { appendChild: (element: { href: string }) => void (base = element.href) },
    addEventListener: () => undefined,
  };
  new Function('location', 'XMLHttpRequest', 'document', FIND_ROOT_SCRIPT)({ protocol, pathname }, FakeRequest, fakeDocument);
  return { requested, base };
}

describe('notFoundPageFindingItsRoot', () => {
  it('place le script juste après la politique, qui l’autorise par son empreinte et lui seul', () => {
    const page = notFoundPageFindingItsRoot(PAGE);
    const hash = createHash('sha256').update(FIND_ROOT_SCRIPT).digest('base64');
    expect(page).toContain(`script-src 'self' 'sha256-${hash}'; style-src 'self'"><script>${FIND_ROOT_SCRIPT}</script><link rel="stylesheet"`);
    expect(page).not.toContain('unsafe-inline');
  });

  it('refuse une page sans politique plutôt que de publier une page 404 sans mise en page', () => {
    expect(() => notFoundPageFindingItsRoot('<html><head></head></html>')).toThrow(/Content-Security-Policy/);
  });
});

describe('le script qui trouve la racine du site', () => {
  it.each([
    ['/inconnue/', '/', '/'],
    ['/regions/inconnue/page/', '/', '/'],
    ['/sous-chemin/inconnue/', '/sous-chemin/', '/sous-chemin/'],
    ['/sous-chemin/regions/inconnue/page', '/sous-chemin/', '/sous-chemin/'],
    // A sub-path named like one of the site's sections: only asking the server tells them apart.
    ['/livre-blanc/livre-blanc/inconnue/', '/livre-blanc/', '/livre-blanc/'],
    ['/livre-blanc/inconnue/', '/', '/'],
  ])('à %s, sur un site servi sous %s, pose la base %s', (pathname, root, expected) => {
    expect(runAt(pathname, root).base).toBe(expected);
  });

  it('demande du dossier le moins profond au plus profond, et s’arrête à la racine trouvée', () => {
    expect(runAt('/a/b/c/d/', '/a/b/').requested).toEqual([`/${SERVED_CHECK_FILE}`, `/a/${SERVED_CHECK_FILE}`, `/a/b/${SERVED_CHECK_FILE}`]);
  });

  it('ne pose aucune base quand aucun dossier n’a le site, et ne remonte pas au-delà de 8 dossiers', () => {
    const { requested, base } = runAt(`/${'x/'.repeat(20)}`, null);
    expect(base).toBeNull();
    expect(requested).toHaveLength(9);
  });

  it('ne fait rien dans une page ouverte depuis son fichier, déjà à la racine', () => {
    expect(runAt('/tmp/site/404.html', '/tmp/site/', 'file:')).toEqual({ requested: [], base: null });
  });
});
