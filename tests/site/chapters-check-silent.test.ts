/**
 * Chapter mistakes that used to pass `check` and then stop the build on an English error (a word in
 * braces, a missing image) or spoil the site without a word (a broken link, a lower-case component, a
 * prop given twice, an ignored front-matter key, a filter selecting nothing): each is now said at its
 * line, in French, with how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { createSite } from '../../src/site/site.ts';
import { checkChapter, checkChapters } from '../../src/site/chapters-check/index.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const site = createSite(fixtureSynthesis);
const FILE = 'content/livre-blanc/chapitre.mdx';
const chapter = (body: string, head = 'titre: Un chapitre\nordre: 1') => `---\n${head}\n---\n\n${body}\n`;
const check = (body: string) => checkChapter(site, FILE, chapter(body));
const codes = (found: Diagnostic[]) => found.map((d) => [d.code, d.severity, d.line, d.column]);
/** French: typographic apostrophe or accented words, and none of the English error words. */
const french = (d: Diagnostic | undefined) => {
  expect(d?.message).toMatch(/[éèàç’«]/);
  expect(d?.message).not.toMatch(/is not defined|not found|Cannot|Error/);
};

describe('braces: MDX runs them as code', () => {
  it('refuses a word in braces in the text, blocking, at its place, hinting « \\{ »', () => {
    const found = check('Moins de 5 % disent {beaucoup}.');
    expect(codes(found)).toEqual([['chapitre-nom-inconnu', 'blocking', 6, 21]]);
    french(found[0]);
    expect(found[0]?.message).toContain('« beaucoup »');
    expect(found[0]?.hint).toContain('\\{beaucoup\\}');
  });

  it('refuses a word as a prop value, once (not also as a value computed later)', () => {
    const found = check('<Verbatims limit={trois}/>');
    expect(codes(found)).toEqual([['chapitre-nom-inconnu', 'blocking', 6, 12]]);
    expect(found[0]?.message).toContain('limit={trois}');
    expect(found[0]?.hint).toContain('limit={3}');
  });

  it('accepts literals, comments, JavaScript’s own names and what the chapter imports or declares', () => {
    // A list shown as it is would be glued (« 24 »): chapitre-expression-texte-brut, tested in chapter-json-data.test.ts.
    expect(check('{3} {"texte"} {[1, "a"].length} {/* une note */} {} {Math.round(2.4)} {frontmatter.titre} {[1, 2].map((n) => n * 2).join(\', \')}')).toEqual([]);
    expect(checkChapter(site, FILE, '---\ntitre: T\nordre: 1\n---\n\nimport { total } from "./total.js";\nexport const part = 3;\n\n{total} et {part}\n')).toEqual([]);
  });

  it('names only the unknown names of a longer expression, not properties or keys', () => {
    const found = check('{ {cle: valeur}.cle + Math.max(a.b, 1) }');
    expect(found[0]?.message).toContain('les noms « valeur », « a »');
    expect(found[0]?.message).not.toContain('« cle »');
  });
});

describe('images', () => {
  it('warns of an absolute image the site does not serve, and accepts one of public/', () => {
    const found = check('![Carte des ateliers](/images/carte.png)\n\n![Logo](/favicon.svg)');
    expect(codes(found)).toEqual([['chapitre-image-absente', 'warning', 6, 1]]);
    french(found[0]);
    expect(found[0]?.hint).toContain('./carte.png');
  });

  it('warns of an image without alternative text (RGAA)', () => {
    const found = check('![](/favicon.svg)');
    expect(codes(found)).toEqual([['chapitre-image-sans-texte', 'warning', 6, 1]]);
    expect(found[0]?.message).toContain('RGAA');
  });

  it('warns of an image written in HTML with a relative address (Astro does not publish it) or without alt', () => {
    const found = check('<img src="./carte.png" alt="Carte"/>\n\n<img src="/favicon.svg"/> <img src="/favicon.svg" alt=""/>');
    expect(codes(found)).toEqual([
      ['chapitre-image-absente', 'warning', 6, 1],
      ['chapitre-image-sans-texte', 'warning', 8, 1],
    ]);
    expect(found[0]?.hint).toBe('Écrivez-la en Markdown : ![Carte](./carte.png).');
  });
});

describe('links', () => {
  it('checks the links written in HTML too', () => {
    expect(codes(check('<a href="/themes/saisie-ergonomi/">saisie</a>'))).toEqual([['chapitre-lien-casse', 'warning', 6, 1]]);
  });

  it('warns of a link to a page the site does not have, with the nearest address', () => {
    const found = check('Voir [le thème](/themes/saisie-ergonomi/) et [la liste](/themes/inexistant/).');
    expect(codes(found)).toEqual([
      ['chapitre-lien-casse', 'warning', 6, 6],
      ['chapitre-lien-casse', 'warning', 6, 46],
    ]);
    french(found[0]);
    expect(found[0]?.hint).toBe('Vouliez-vous dire /themes/saisie-ergonomie/ ?');
    expect(found[1]?.hint).toContain('/themes/lenteurs-disponibilite/');
  });

  it('accepts the site’s pages, regions, sessions, downloads and outside links', () => {
    expect(check('[a](/) [b](/verbatims/?theme=saisie-ergonomie) [c](/regions/ile-de-france/) [d](/sessions/atelier-na-saintes/#e-1) [e](/telechargements/livre-blanc.pdf) [f](https://example.org) [g](#plus-bas) [h](/methodologie)')).toEqual([]);
  });

  it('gives a chapter’s address for a link to its .mdx file', () => {
    const found = check('[intro](./chapitre.mdx)');
    expect(codes(found)).toEqual([['chapitre-lien-casse', 'warning', 6, 1]]);
    expect(found[0]?.hint).toContain('/livre-blanc/chapitre/');
  });
});

describe('markup', () => {
  it('warns of a component written in lower case, but not of HTML', () => {
    const found = check('<chart kind="themes"/>\n\n<figure stat="items"/>\n\n<figure><img src="/favicon.svg" alt="Logo"/></figure> <br/>');
    expect(codes(found)).toEqual([
      ['chapitre-balise-minuscule', 'warning', 6, 1],
      ['chapitre-balise-minuscule', 'warning', 8, 1],
    ]);
    expect(found[0]?.hint).toContain('Vouliez-vous écrire <Chart> ?');
  });

  it('warns of a prop given twice, at the second, quoting the value kept', () => {
    const found = check('<Figure stat="items" tag="needs" tag="broken"/>');
    expect(codes(found)).toEqual([['chapitre-propriete-en-double', 'warning', 6, 34]]);
    expect(found[0]?.message).toContain('tag="broken"');
  });

  it('places props by their attribute, not by the same word inside another value', () => {
    const found = check('<Chart kind="themes" title="Par tag et par theme" tag="need"/>');
    expect(found[0]).toMatchObject({ code: 'chapitre-valeur-inconnue', line: 6, column: 51 });
  });
});

describe('front matter', () => {
  it('warns of a key Astro ignores, with the nearest known key', () => {
    const found = checkChapter(site, FILE, chapter('Texte.', 'titre: T\nordre: 1\nrésumé: Court\ntitle: T'));
    expect(codes(found)).toEqual([
      ['chapitre-entete-cle-inconnue', 'warning', 4, 1],
      ['chapitre-entete-cle-inconnue', 'warning', 5, 1],
    ]);
    expect(found.map((d) => d.hint)).toEqual([expect.stringContaining('Vouliez-vous dire resume ?'), expect.stringContaining('Vouliez-vous dire titre ?')]);
  });
});

describe('filters that select nothing', () => {
  it('warns that the figure will read 0 or the list be empty', () => {
    const found = check('<Figure stat="items" theme="communication-jeunes" region="11"/>\n\n<Verbatims region="11" format="distanciel"/>');
    expect(codes(found)).toEqual([
      ['chapitre-filtre-vide', 'warning', 6, 1],
      ['chapitre-filtre-vide', 'warning', 8, 1],
    ]);
    expect(found[0]?.message).toContain('theme="communication-jeunes", region="11" ; la figure affichera 0');
    expect(found[1]?.message).toContain('la liste de verbatims sera vide');
  });

  it('says nothing when the selection has items', () => {
    expect(check('<Figure stat="items" theme="communication-jeunes" region="75"/> <Figure stat="items"/>')).toEqual([]);
  });
});

describe('wording', () => {
  it('says « positif » for a negative limit, quoting it as written', () => {
    expect(check('<Verbatims limit={-1}/>')[0]?.message).toContain('limit={-1} n’est pas un nombre entier positif ou nul');
  });

  it('quotes the rank the author wrote, and does not invent one', () => {
    expect(check('<Rank by="themes" rank={9}/>')[0]?.message).toContain('rang introuvable (rank={9})');
    const [empty] = check('<Rank by="themes" region="11" format="distanciel"/>');
    expect(empty).toMatchObject({ code: 'chapitre-rang-introuvable', severity: 'blocking' });
    expect(empty?.message).not.toContain('rank=');
    expect(empty?.message).toContain('la sélection ne contient rien à classer');
    expect(empty?.hint).toContain('élargissez le filtre');
  });
});

describe('the consultation’s chapters together', () => {
  const root = tempDirs('livre-blanc-chapitres-')();
  const dir = path.join(root, 'content/livre-blanc');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'photo.jpeg'), '');
  writeFileSync(path.join(dir, 'un.mdx'), chapter('![Photo](./photo.jpg) ![Photo](./photo.jpeg)\n\n[suite](/livre-blanc/deux/) [ancien](/livre-blanc/trois/)'));
  writeFileSync(path.join(dir, 'deux.mdx'), chapter('Texte.', 'titre: Deux\nordre: 1'));

  it('refuses a relative image missing beside the chapter, checks links against every chapter, and warns of a shared order', async () => {
    const found = await checkChapters(root, fixtureSynthesis);
    expect(found.map((d) => [d.file, d.code, d.severity, d.line])).toEqual([
      ['content/livre-blanc/un.mdx', 'chapitre-image-introuvable', 'blocking', 6],
      ['content/livre-blanc/un.mdx', 'chapitre-lien-casse', 'warning', 8],
      ['content/livre-blanc/un.mdx', 'chapitre-ordre-en-double', 'warning', 3],
    ]);
    expect(found[0]?.hint).toBe('Vouliez-vous dire ./photo.jpeg ?');
    expect(found[1]?.hint).toContain('/livre-blanc/deux/');
    expect(found[2]?.message).toContain('content/livre-blanc/deux.mdx et content/livre-blanc/un.mdx');
  });
});
