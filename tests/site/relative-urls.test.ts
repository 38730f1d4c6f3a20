/** The site's links made relative to their page, so that it opens from its files (build --hors-ligne). */
import { describe, expect, it } from 'vitest';
import { relativeCss, relativeHtml, relativeUrl } from '../../src/site/offline/relative-urls.ts';

describe('relativeUrl', () => {
  it.each([
    ['index.html', '/', 'index.html'],
    ['index.html', '/regions/', 'regions/index.html'],
    ['regions/index.html', '/', '../index.html'],
    ['regions/index.html', '/regions/', 'index.html'],
    ['regions/bretagne/index.html', '/regions/', '../index.html'],
    ['regions/bretagne/index.html', '/themes/agenda/', '../../themes/agenda/index.html'],
    ['sessions/2026-09-12-rennes/index.html', '/sessions/2026-10-01-brest/#item-3', '../2026-10-01-brest/index.html#item-3'],
    ['index.html', '/verbatims/?tag=needs&amp;theme=agenda', 'verbatims/index.html?tag=needs&amp;theme=agenda'],
    ['themes/index.html', '/_astro/BaseLayout.css', '../_astro/BaseLayout.css'],
    ['telechargements/index.html', '/telechargements/synthese.json', 'synthese.json'],
    ['_astro/site.css', '/favicon.svg', '../favicon.svg'],
  ])('de %s, %s mène à %s', (from, url, expected) => {
    expect(relativeUrl(from, url)).toBe(expected);
  });

  it.each([
    ['recherche/index.html', '/index-recherche/', '../index-recherche/'],
    ['index.html', '/index-recherche/', 'index-recherche/'],
    ['index-recherche/index.html', '/index-recherche/', './'],
  ])('de %s, le dossier %s est %s', (from, url, expected) => {
    expect(relativeUrl(from, url, true)).toBe(expected);
  });
});

describe('relativeHtml', () => {
  it('rend relatifs les liens, sources, actions et index du site, et laisse le reste', () => {
    const page = [
      '<link rel="stylesheet" href="/_astro/a.css">',
      '<a href="/themes/">Thèmes</a> <a href="#contenu">Aller</a> <a href="https://www.service-public.fr/">SP</a>',
      '<a href="//cdn.example.org/x.js">x</a> <a href="mailto:bureau@example.org">écrire</a>',
      '<form action="/recherche/"><script type="module" src="/_astro/s.js"></script></form>',
      '<div data-index="/index-recherche/"></div>',
      '<p>Le chemin /themes/ cité dans le texte reste tel quel.</p>',
    ].join('\n');
    expect(relativeHtml(page, 'regions/index.html')).toBe(
      [
        '<link rel="stylesheet" href="../_astro/a.css">',
        '<a href="../themes/index.html">Thèmes</a> <a href="#contenu">Aller</a> <a href="https://www.service-public.fr/">SP</a>',
        '<a href="//cdn.example.org/x.js">x</a> <a href="mailto:bureau@example.org">écrire</a>',
        '<form action="../recherche/index.html"><script type="module" src="../_astro/s.js"></script></form>',
        '<div data-index="../index-recherche/"></div>',
        '<p>Le chemin /themes/ cité dans le texte reste tel quel.</p>',
      ].join('\n'),
    );
  });
});

describe('relativeCss', () => {
  it('rend relatifs les url(/…) d’une feuille de style, avec ou sans guillemets', () => {
    const css = '.a{background:url(/img/a.svg)} .b{background:url("/img/b.svg")} .c{background:url(data:image/png;base64,AA)}';
    expect(relativeCss(css, '_astro/site.css')).toBe(
      '.a{background:url(../img/a.svg)} .b{background:url("../img/b.svg")} .c{background:url(data:image/png;base64,AA)}',
    );
  });
});
