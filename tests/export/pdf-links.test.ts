/**
 * The PDF's links to the site (`pdf-links.ts`) and the setting they follow (`adresse_du_site` of
 * consultation.yml): printed from a temporary local server, the white paper must lead to the published
 * site, to its own chapters, or say in words where a page is, never to a dead address.
 */
import { describe, expect, it } from 'vitest';
import { printedLink, sitePageName } from '../../src/export/pdf-links.ts';
import { cssString } from '../../src/export/pdf.ts';
import { readSettings } from '../../src/pipeline/settings.ts';

const chapters = new Set(['introduction', 'parole-des-jeunes']);
const settings = (content: string) => readSettings({ file: 'content/consultation.yml', content }, '2026-12-07');

describe('links of the printed white paper', () => {
  it('leads a chapter’s link to another chapter to that chapter in the document', () => {
    expect(printedLink('/livre-blanc/parole-des-jeunes/', chapters, null)).toEqual({ href: '#parole-des-jeunes' });
    expect(printedLink('/livre-blanc/parole-des-jeunes/#les-rendez-vous', chapters, 'https://lb.fr')).toEqual({ href: '#parole-des-jeunes' });
  });

  it('with the site’s address, leads every other link there, query and anchor kept', () => {
    expect(printedLink('/verbatims/?theme=agenda&tag=broken', chapters, 'https://lb.fr')).toEqual({ href: 'https://lb.fr/verbatims/?theme=agenda&tag=broken' });
    // A theme's page is named by its link's text: its address is not printed after it.
    expect(printedLink('/themes/agenda/', chapters, 'https://lb.fr/consultation')).toEqual({ href: 'https://lb.fr/consultation/themes/agenda/', named: true });
    // A chapter that is not on the printed page is a page of the site like any other.
    expect(printedLink('/livre-blanc/ancien/', chapters, 'https://lb.fr')).toEqual({ href: 'https://lb.fr/livre-blanc/ancien/', named: true });
  });

  it('without it, is no link, and names the site’s page unless its text already does', () => {
    expect(printedLink('/verbatims/?theme=agenda', chapters, null, 'Voir les 240 verbatims dans l’explorateur')).toEqual({ href: null, note: 'sur le site, page Verbatims' });
    expect(printedLink('/telechargements/', chapters, null, 'téléchargeables')).toEqual({ href: null, note: 'sur le site, page Téléchargements' });
    expect(printedLink('/idees-fortes/', chapters, null, 'Idées fortes')).toEqual({ href: null, note: 'sur le site' });
    expect(printedLink('/methodologie/', chapters, null, 'Méthodologie et qualité des données')).toEqual({ href: null, note: 'sur le site' });
    // A theme's or a region's page: its link's text is its name.
    expect(printedLink('/themes/agenda/', chapters, null, 'Agenda et rendez-vous')).toEqual({ href: null, note: null });
  });

  it('names the site’s pages as its menu does', () => {
    expect(sitePageName('/verbatims/')).toBe('Verbatims');
    expect(sitePageName('/idees-fortes/')).toBe('Idées fortes');
    expect(sitePageName('/regions/bretagne/')).toBe('Régions');
    expect(sitePageName('/')).toBe('Accueil');
  });

  it('writes the running header as a CSS string, quotes and backslashes escaped', () => {
    expect(cssString('Livre blanc — « le futur SI » d’information')).toBe('"Livre blanc — « le futur SI » d’information"');
    expect(cssString('Un "titre"\\ sur\ndeux lignes')).toBe('"Un \\"titre\\"\\\\ sur deux lignes"');
  });
});

describe('adresse_du_site of consultation.yml', () => {
  it('is read without its final slash; absent, there is none', () => {
    expect(settings('titre: Essai\nadresse_du_site: https://livre-blanc.exemple.fr/\n').siteAddress).toBe('https://livre-blanc.exemple.fr');
    expect(settings('titre: Essai\nadresse_du_site: https://exemple.fr/consultation/2026\n').siteAddress).toBe('https://exemple.fr/consultation/2026');
    expect(settings('titre: Essai\n').siteAddress).toBeNull();
    expect(readSettings(null).siteAddress).toBeNull();
  });

  it('mistyped, is ignored and said at its line, and the title is kept', () => {
    const read = settings('titre: Essai\ncontact_accessibilite: a11y@exemple.fr\nadresse_du_site: livre-blanc.fr\n');
    expect(read.title).toBe('Essai');
    expect(read.siteAddress).toBeNull();
    expect(read.diagnostics.filter((d) => d.code === 'adresse-du-site-invalide')).toMatchObject([{ severity: 'warning', line: 3 }]);
  });
});
