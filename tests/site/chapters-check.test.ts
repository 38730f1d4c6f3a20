import { describe, expect, it } from 'vitest';
import { createSite } from '../../src/site/site.ts';
import { checkChapter } from '../../src/site/chapters-check/index.ts';
import { checkComponent } from '../../src/site/component-check.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const site = createSite(fixtureSynthesis);
const FILE = 'content/livre-blanc/chapitre.mdx';
const chapter = (body: string) => `---\ntitre: Un chapitre\nordre: 1\n---\n\n${body}\n`;
const check = (body: string) => checkChapter(site, FILE, chapter(body));
/** Diagnostics as `line:column code message | hint`, for readable expectations. */
const lines = (body: string) => check(body).map((d) => `${d.line}:${d.column} ${d.code} ${d.message} | ${d.hint ?? ''}`);

describe('chapters check: values, with their place and a suggestion', () => {
  it('refuses an unknown theme at the prop, suggesting the nearest theme', () => {
    const [d] = check('Texte.\n\n<Verbatims theme="saisie" tag="broken"/>');
    expect(d).toMatchObject({ code: 'chapitre-valeur-inconnue', severity: 'blocking', file: FILE, line: 8, column: 12 });
    expect(d?.message).toContain('thème inconnu « saisie »');
    expect(d?.hint).toBe('Vouliez-vous dire « saisie-ergonomie » ?');
  });

  it('lists every problem of a chapter, not only the first', () => {
    const found = lines('<Figure stat="items" tags="needs"/> et <Verbatims limit="trois"/>\n\n<Figure stat="items" profile="jeunes"/>');
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^6:22 chapitre-propriete-inconnue .*« tags ».*\| Vouliez-vous dire tag \?$/);
    expect(found[1]).toMatch(/^6:51 chapitre-valeur-invalide .*limit="trois" n’est pas un nombre entier/);
    expect(found[2]).toMatch(/^8:22 chapitre-valeur-inconnue .*profil inconnu « jeunes »/);
  });

  it('reads regions like the notes do (names, aliases, codes) and suggests the nearest', () => {
    expect(check('<Figure stat="items" region="ile de france"/> <Figure stat="items" region="IDF"/> <Figure stat="items" region="75"/>')).toEqual([]);
    const [typo] = check('<Figure stat="items" region="Bretagnne"/>');
    expect(typo?.message).toContain('région inconnue « Bretagnne »');
    expect(typo?.hint).toBe('Vouliez-vous dire « Bretagne » ?');
    const [absent] = check('<Figure stat="items" region="PACA"/>');
    expect(absent?.message).toContain("absente de la consultation");
    expect(absent?.hint).toContain('Île-de-France');
  });

  it('refuses unknown stats, chart kinds, rank orders and components, with a suggestion', () => {
    expect(lines('<Figure stat="item"/>')[0]).toMatch(/stat="item" inconnu\. \| Vouliez-vous dire « items »/);
    expect(lines('<Chart kind="theme"/>')[0]).toMatch(/Vouliez-vous dire « themes »/);
    expect(lines('<Rank by="idea"/>')[0]).toMatch(/Vouliez-vous dire « ideas »/);
    expect(lines('<Figur stat="items"/>')[0]).toMatch(/^6:1 chapitre-composant-inconnu .*\| Vouliez-vous dire <Figure> \?$/);
    expect(lines('<Figure tag="needs"/>')[0]).toMatch(/chapitre-propriete-manquante <Figure> : la propriété stat manque/);
  });

  it('refuses a rank beyond the list and a show the order cannot print', () => {
    expect(lines('<Rank by="ideas" rank={2}/>')[0]).toMatch(/chapitre-rang-introuvable .*rang introuvable.* \| La sélection en compte 1/);
    expect(lines('<Rank by="themes" show="consensus"/>')[0]).toMatch(/show="consensus" n’est pas possible avec by="themes"/);
    expect(lines('<Rank by="themes" rank={0}/>')[0]).toMatch(/rank=\{0\} n’est pas un nombre entier positif/);
  });

  it('accepts the components as the demo chapters write them', () => {
    expect(check('<Figure stat="items" tag="needs"/> <Chart kind="themes" tag="needs" limit={3}/> <Rank by="themes" tag="broken" show="items"/>\n\n<Verbatims theme="saisie-ergonomie" limit={2} title="Paroles"/>\n\n<RegionMap/> <StrongIdeas limit={5}/> <br/>')).toEqual([]);
  });
});

describe('chapters check: filters a component would ignore are refused', () => {
  it.each([
    ['<Figure stat="convergence" region="11"/>', 'le filtre region n’a pas de sens pour stat="convergence"'],
    ['<Figure stat="themes" tag="needs"/>', 'le filtre tag n’a pas de sens pour stat="themes"'],
    ['<Figure stat="participants" tag="needs"/>', 'le filtre tag n’a pas de sens pour stat="participants"'],
    ['<Figure stat="ideas" profile="conseiller"/>', 'le filtre profile n’a pas de sens pour stat="ideas"'],
    ['<Rank by="convergence" region="11"/>', 'le filtre region n’a pas de sens pour by="convergence"'],
    ['<Chart kind="scales" tag="needs"/>', 'le filtre tag n’a pas de sens pour kind="scales"'],
    ['<Chart kind="tags" limit={3}/>', 'limit n’a pas d’effet pour kind="tags"'],
    ['<RegionMap region="11"/>', 'le filtre region n’a pas de sens pour <RegionMap>'],
  ])('%s', (body, message) => {
    const found = check(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'chapitre-filtre-sans-effet', severity: 'blocking' });
    expect(found[0]?.message).toContain(message);
  });
});

describe('chapters check: the chapter itself', () => {
  it('places a syntax error of the MDX', () => {
    const [d] = check('Un texte.\n\n<Figure stat="items"\n\nsuite');
    expect(d).toMatchObject({ code: 'chapitre-illisible', severity: 'blocking', file: FILE });
    expect(d?.line).toBeGreaterThanOrEqual(6);
  });

  it('says the front matter’s problems with an MDX syntax error, not after it is fixed', () => {
    const found = checkChapter(site, FILE, '---\ntitre: T\nordre: deux\n---\n\nUn texte.\n\n<Figure stat="items"\n\nsuite\n');
    expect(found.map((d) => d.code)).toEqual(['chapitre-entete', 'chapitre-illisible']);
    expect(found[0]?.line).toBe(3);
  });

  it('requires the front matter Astro requires, in French', () => {
    const found = checkChapter(site, FILE, '---\ntitre: ""\nordre: deux\n---\n\nTexte.\n');
    expect(found.map((d) => [d.code, d.line])).toEqual([['chapitre-entete', 2], ['chapitre-entete', 3]]);
  });

  it('warns that a computed value is only checked by the build', () => {
    const found = checkChapter(site, FILE, '---\ntitre: T\nordre: 1\n---\n\nexport const statName = "items";\nexport const n = 3;\n\n<Figure stat={statName}/> <Chart kind={"the" + "mes"} limit={n}/>\n');
    expect(found.map((d) => [d.code, d.severity])).toEqual([
      ['chapitre-valeur-calculee', 'warning'],
      ['chapitre-valeur-calculee', 'warning'],
      ['chapitre-valeur-calculee', 'warning'],
    ]);
  });

  it('refuses a computed value naming what the chapter does not define (the build would stop on it)', () => {
    const found = check('<Figure stat={statName}/> <Chart kind={"the" + "mes"} limit={n}/>');
    expect(found.map((d) => [d.code, d.severity, d.column])).toEqual([
      ['chapitre-nom-inconnu', 'blocking', 9],
      ['chapitre-valeur-calculee', 'warning', 34],
      ['chapitre-nom-inconnu', 'blocking', 55],
    ]);
  });
});

describe('the components check their props the same way (last safety net)', () => {
  it('returns the same problems for props given at runtime', () => {
    expect(checkComponent(site, 'Verbatims', { limit: 'trois' })[0]?.message).toContain("n’est pas un nombre entier");
    expect(checkComponent(site, 'Verbatims', { limit: 3, tag: 'needs' })).toEqual([]);
    expect(checkComponent(site, 'Figure', { stat: 'items', themes: 'saisie-ergonomie' })[0]?.hint).toBe('Vouliez-vous dire theme ?');
  });
});
