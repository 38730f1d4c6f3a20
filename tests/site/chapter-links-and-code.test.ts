/**
 * Two chapter mistakes that passed `check`: a link whose query the page cannot apply (an unknown theme
 * or region for the explorer or the search, a parameter no page reads), which opened an empty or
 * unfiltered page without a word; and an expression that is valid JavaScript but fails when the page is
 * built (`{frontmatter.date.jour}` without `date:`), which stopped the build on an English stack trace.
 * Input: the chapters of tests/fixtures/chapitres-liens-et-code; output: the diagnostics, each placed.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { checkChapter, checkChapters } from '../../src/site/chapters-check/index.ts';
import { createSite } from '../../src/site/site.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/chapitres-liens-et-code');
const found = await checkChapters(ROOT, fixtureSynthesis);
const of = (name: string) => found.filter((d) => d.file === `content/livre-blanc/${name}`);
const placed = (list: Diagnostic[]) => list.map((d) => [d.code, d.severity, d.line, d.column]);
/** French, and none of V8's English words. */
const french = (d: Diagnostic | undefined) => {
  expect(d?.message).toMatch(/[éèàç’«]/);
  expect(`${d?.message} ${d?.hint}`).not.toMatch(/Cannot read|is not|Unexpected token|undefined \(reading/);
};

describe('the query of a chapter’s link, checked against what the page reads and the consultation knows', () => {
  const links = of('liens.mdx');

  it('places each filter the page does not know and each parameter it ignores, and accepts the right ones (line 12)', () => {
    expect(placed(links)).toEqual([
      ['chapitre-lien-filtre-inconnu', 'warning', 6, 5],
      ['chapitre-lien-filtre-inconnu', 'warning', 6, 76],
      ['chapitre-lien-filtre-inconnu', 'warning', 8, 4],
      ['chapitre-lien-filtre-inconnu', 'warning', 8, 53],
      ['chapitre-lien-filtre-inconnu', 'warning', 8, 106],
      ['chapitre-lien-parametre-ignore', 'warning', 10, 1],
      ['chapitre-lien-parametre-ignore', 'warning', 10, 51],
      ['chapitre-lien-parametre-ignore', 'warning', 10, 51],
      ['chapitre-lien-parametre-ignore', 'warning', 10, 51],
    ]);
    links.forEach(french);
  });

  it('names the wrong value, what the page would show, and the nearest right value', () => {
    const [unknown, typo, number, absent, department] = links;
    expect(unknown?.message).toBe('Le lien vers /verbatims/?theme=ergonomie-inexistant : le thème « ergonomie-inexistant » est inconnu de la consultation ; l’explorateur n’afficherait aucun verbatim.');
    expect(unknown?.hint).toContain('saisie-ergonomie (Saisie et ergonomie)');
    expect(typo?.message).toContain('« saisie-ergonomi »');
    expect(typo?.hint).toBe('Vouliez-vous dire theme=saisie-ergonomie (Saisie et ergonomie) ?');
    // « 99 » is two edits from any region code: the regions are listed, none guessed.
    expect(number?.message).toContain('la région « 99 » est inconnue de la consultation ; la recherche ignorerait ce filtre');
    expect(number?.hint).toBe('Valeurs possibles : 32 (Hauts-de-France), 11 (Île-de-France), 75 (Nouvelle-Aquitaine).');
    expect(absent?.message).toContain('« Bretagne »');
    // A department's number: the filters are by region, the hint gives the department's (Nord, 59 → 32).
    expect(department?.hint).toBe('Vouliez-vous dire region=32 (Hauts-de-France) ?');
  });

  it('says that a page other than the search and the explorer ignores its query, and which parameters those two ignore', () => {
    const [, , , , , themes, words, misspelt, page] = links;
    expect(themes?.message).toContain('la page /themes/ ne lit pas les paramètres de son adresse ; « ?region=11 » n’y change rien');
    expect(themes?.hint).toContain('[texte](/verbatims/?region=11)');
    expect(words?.message).toContain('ne lit pas le paramètre « q »');
    expect(words?.hint).toContain('[texte](/recherche/?q=agenda&regoin=11)');
    expect(misspelt?.hint).toBe('Vouliez-vous dire region= ?');
    expect(page?.message).toContain('page=deux n’est pas un numéro de page');
  });

  it('keeps a theme’s or a region’s page in the explorer’s link it hints, reads regions as the components do, and says whose parameter `page` is', () => {
    const source =
      '---\ntitre: Pages\nordre: 1\n---\n\n[a](/themes/saisie-ergonomie/?region=11) [b](/regions/hauts-de-france/?tag=needs) [c](/recherche/?q=agenda&page=2) [d](/recherche/?region=HDF) [e](/verbatims/?region=NAQ&tag=needs)\n';
    const [theme, region, page, abbreviation, another] = checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/pages.mdx', source);
    expect(theme?.hint).toBe('Pour une liste filtrée, liez l’explorateur de verbatims : [texte](/verbatims/?theme=saisie-ergonomie&region=11) ; sinon retirez « ?region=11 ».');
    expect(region?.hint).toContain('[texte](/verbatims/?region=32&tag=needs)');
    expect(page?.message).toContain('la recherche ne lit pas le paramètre « page »');
    expect(page?.hint).toBe('« page » est un paramètre de l’explorateur de verbatims (/verbatims/), pas de la recherche, qui montre ses résultats à la suite (« Plus de résultats ») : retirez « page=2 ».');
    // The pages read a region by code, name or slug; the components also by the abbreviations of their reference (docs/formats.md): the hint gives the code.
    expect(abbreviation?.hint).toBe('Vouliez-vous dire region=32 (Hauts-de-France) ?');
    expect(another?.hint).toBe('Vouliez-vous dire region=75 (Nouvelle-Aquitaine) ?');
  });

  it('says that a department’s region has no feedback in the consultation, rather than list the regions or guess one a letter away', () => {
    const source = '---\ntitre: Départements\nordre: 1\n---\n\n[a](/recherche/?region=29) [b](/verbatims/?region=Finistère) [c](/verbatims/?region=2A)\n';
    const [number, name, corsica] = checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/departements.mdx', source);
    expect(number?.hint).toBe('« 29 » est le numéro du département Finistère, et les filtres sont par région ; la région de ce département, Bretagne (53), n’a aucun retour dans cette consultation : retirez ce filtre.');
    expect(name?.hint).toBe('« Finistère » est un département (29), et les filtres sont par région ; la région de ce département, Bretagne (53), n’a aucun retour dans cette consultation : retirez ce filtre.');
    expect(corsica?.hint).toContain('la région de ce département, Corse (94), n’a aucun retour dans cette consultation');
  });

  it('checks a chapter alone the same way (astro dev’s check)', () => {
    const source = '---\ntitre: Seul\nordre: 1\n---\n\n[x](/verbatims/?tag=besoins) [y](/verbatims/?tag=needs)\n';
    expect(placed(checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/seul.mdx', source))).toEqual([['chapitre-lien-filtre-inconnu', 'warning', 6, 1]]);
  });
});

describe('an expression that is valid JavaScript but fails when its page is built', () => {
  const code = of('code.mdx');

  it('runs the expressions reading the front matter and JavaScript’s objects: a failure is blocking, an empty value a warning', () => {
    expect(placed(code)).toEqual([
      ['chapitre-expression-en-erreur', 'blocking', 10, 41],
      ['chapitre-expression-vide', 'warning', 12, 7],
      ['chapitre-expression-vide', 'warning', 12, 41],
      ['chapitre-expression-en-erreur', 'blocking', 14, 24],
      ['chapitre-expression-en-erreur', 'blocking', 18, 32],
    ]);
    code.forEach(french);
  });

  it('runs the chapter’s own `export` lines first: a failing one is said at its line, and an expression reading them is run', () => {
    expect(placed(of('exports.mdx'))).toEqual([['chapitre-expression-en-erreur', 'blocking', 7, 1]]);
    expect(of('exports.mdx')[0]?.message).toBe('« export const taux = base.valeurs.taux » : ce code échoue quand la page est construite (on lit « taux » dans une valeur qui vaut undefined) ; la construction s’arrêterait là.');
    expect(of('code.mdx')[4]?.message).toContain('{donnees.detail.total} : ce code échoue');
    // What an import brings is known to the build only: left to it (chapter-render-failure.ts).
    expect(of('importe.mdx')).toEqual([]);
  });

  it('quotes the expression, says why in French, and which front-matter key is missing or misspelt', () => {
    const [date, prenom, titr, json] = code;
    expect(date?.message).toBe('{frontmatter.date.jour} : ce code échoue quand la page est construite (on lit « jour » dans une valeur qui vaut undefined) ; la construction s’arrêterait là.');
    expect(date?.hint).toContain('L’en-tête du chapitre n’a pas de « date: »');
    expect(prenom?.hint).toContain('« auteur » n’a pas de « prenom: »');
    expect(prenom?.hint).toContain('Clés présentes : nom.');
    expect(titr?.hint).toContain('Vouliez-vous dire frontmatter.titre ?');
    expect(json?.message).toContain('limit={JSON.parse("trois")} : ce code échoue');
    expect(json?.message).toContain('le texte donné à JSON.parse n’est pas du JSON');
  });

  it('gives the expressions the front matter as the page has it (a date written as JSON writes it)', () => {
    const source = '---\ntitre: Daté\nordre: 1\npublie: 2026-01-01\n---\n\nPublié en {frontmatter.publie.slice(0, 4)}, le {frontmatter.publie.getDate()}.\n';
    const [date] = checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/date.mdx', source);
    expect(date).toMatchObject({ code: 'chapitre-expression-en-erreur', line: 7, column: 48 });
    expect(date?.message).toContain('« frontmatter.publie.getDate » n’est pas une fonction');
  });

  it('says a failing prop once (not also as a value only the build can check), and no longer calls a key the chapter reads ignored', () => {
    expect(code.filter((d) => d.line === 14)).toHaveLength(1);
    expect(found.some((d) => d.code === 'chapitre-entete-cle-inconnue')).toBe(false);
  });
});

describe('what a chapter reads in its front matter (entete.mdx)', () => {
  const entete = of('entete.mdx');

  it('refuses an `export` line reading the front matter, which MDX defines after it, and says what to write instead', () => {
    const [inExport] = entete;
    expect(inExport).toMatchObject({ code: 'chapitre-expression-en-erreur', severity: 'blocking', line: 13, column: 27 });
    expect(inExport?.message).toContain('« export const titreCourt = frontmatter.titre.slice(0, 15) » : en MDX, l’en-tête du chapitre (frontmatter) n’existe pas encore quand les lignes « export » s’exécutent');
    expect(inExport?.hint).toBe('Écrivez {frontmatter.titre.slice(0, 15)} dans le texte, à la place de {titreCourt} ; ou faites-en une fonction, lue quand la page est construite : « export const titreCourt = () => frontmatter.titre.slice(0, 15) », puis {titreCourt()} dans le texte.');
    // A function reading it (line 14) runs when the page is built: nothing said.
    expect(entete.filter((d) => d.line === 14)).toEqual([]);
  });

  it('reads `?.` and `[\'…\']` as reading a key, warns of machine text, and checks a prop computed from the front matter like a written one', () => {
    expect(placed(entete)).toEqual([
      ['chapitre-expression-en-erreur', 'blocking', 13, 27],
      ['chapitre-expression-vide', 'warning', 16, 30],
      ['chapitre-expression-texte-brut', 'warning', 18, 4],
      ['chapitre-expression-texte-brut', 'warning', 18, 28],
      ['chapitre-expression-en-erreur', 'blocking', 18, 58],
      ['chapitre-valeur-inconnue', 'blocking', 20, 12],
    ]);
    entete.forEach(french);
    const [, sousTitre, date, relecteurs, dateMethod, theme] = entete;
    // `sous-titre` is no JavaScript name: the hint writes what the author can paste.
    expect(sousTitre?.hint).toContain('Vouliez-vous dire frontmatter[\'sous-titre\'] ?');
    expect(date?.message).toBe('{frontmatter.date} s’afficherait « 2026-11-30T00:00:00.000Z » : une date de l’en-tête s’affiche telle que l’ordinateur l’écrit.');
    expect(date?.hint).toContain("{new Date(frontmatter.date).toLocaleDateString('fr-FR', { dateStyle: 'long' })}");
    expect(relecteurs?.message).toContain('« [object Object][object Object] »');
    expect(relecteurs?.hint).toContain("{frontmatter.relecteurs.map((x) => x.nom).join(', ')}");
    expect(dateMethod?.hint).toContain("écrivez {new Date(frontmatter.date).toLocaleDateString('fr-FR')}");
    expect(theme?.message).toBe('<Verbatims> : thème inconnu « saisie-ergonomi » (valeur de theme={frontmatter.theme}).');
    expect(theme?.hint).toBe('Vouliez-vous dire « saisie-ergonomie » ?');
  });

  it('checks a prop computed from a valid front matter without a « valeur calculée » warning', () => {
    const source = '---\ntitre: Focus\nordre: 1\ntheme: saisie-ergonomie\n---\n\n<Verbatims theme={frontmatter.theme} limit={3} />\n';
    expect(checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/focus.mdx', source)).toEqual([]);
  });
});
