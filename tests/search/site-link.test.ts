/** Permalinks from the search index, led to from the page that shows them: at the root, or under a sub-path. */
import { describe, expect, it } from 'vitest';
import { siteLinker } from '../../src/search/site-link.ts';

describe('siteLinker', () => {
  it('laisse tels quels les liens d’un site servi à la racine (index absolu)', () => {
    const linkTo = siteLinker('/index-recherche/', 'https://exemple.fr/recherche/?q=agenda');
    expect(linkTo('/sessions/2026-09-12-rennes/#item-3')).toBe('/sessions/2026-09-12-rennes/#item-3');
    expect(linkTo('/sessions/enquete/2/?tag=needs#e-7')).toBe('/sessions/enquete/2/?tag=needs#e-7');
  });

  it('place les liens sous le sous-chemin d’un site aux liens relatifs (build --hors-ligne)', () => {
    const search = siteLinker('../index-recherche/', 'https://intranet.exemple.fr/livre-blanc/recherche/index.html?q=agenda');
    expect(search('/sessions/2026-09-12-rennes/#item-3')).toBe('/livre-blanc/sessions/2026-09-12-rennes/#item-3');
    const home = siteLinker('index-recherche/', 'https://intranet.exemple.fr/livre-blanc/index.html');
    expect(home('/sessions/a/')).toBe('/livre-blanc/sessions/a/');
    const atRoot = siteLinker('../index-recherche/', 'https://exemple.fr/verbatims/index.html');
    expect(atRoot('/sessions/a/#x')).toBe('/sessions/a/#x');
  });
});
