/**
 * What a reviewer's chapters passed `check` with and only the build stopped on: an expression or an
 * `export` line reading a key its imported JSON file lacks (`import chiffres from './chiffres.json'`,
 * then `{chiffres.enquetes.total}`), a JSON file that is not JSON. Also a department written as a
 * component's region (`region="59"`, `region="Loiret"`), and a list of texts shown as it is
 * (`{frontmatter.animateurs}` → « CamilleSacha »). Then: named and namespace imports (`import { total }`,
 * `import * as chiffres`) left unread, a missing JSON file or key said by no one before the build, and a
 * list of numbers (`{[15, 4]}` → « 154 »).
 * Input: the chapters of tests/fixtures/chapitres-donnees-json; output: the diagnostics, each placed.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/pipeline/model.ts';
import { checkChapter, checkChapters } from '../../src/site/chapters-check/index.ts';
import { createSite } from '../../src/site/site.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/chapitres-donnees-json');
const found = await checkChapters(ROOT, fixtureSynthesis);
const of = (name: string) => found.filter((d) => d.file === `content/livre-blanc/${name}`);
const placed = (list: Diagnostic[]) => list.map((d) => [d.code, d.severity, d.line, d.column]);

describe('a chapter’s imported JSON file, read by the check like the front matter', () => {
  it('blocks an expression reading a key the file lacks, at its line, with the keys it has; warns of a misspelt one and of a list shown as it is', () => {
    const [missing, misspelt, list] = of('donnees.mdx');
    expect(placed(of('donnees.mdx'))).toEqual([
      ['chapitre-expression-en-erreur', 'blocking', 10, 22],
      ['chapitre-expression-vide', 'warning', 12, 28],
      ['chapitre-expression-texte-brut', 'warning', 14, 11],
    ]);
    expect(missing?.message).toBe('{chiffres.enquetes.total} : ce code échoue quand la page est construite (on lit « total » dans une valeur qui vaut undefined) ; la construction s’arrêterait là.');
    expect(missing?.hint).toBe('chiffres.json n’a pas de clé « enquetes » (ou elle est vide) : ajoutez-la, ou corrigez le nom. Clés présentes : ateliers, regions.');
    expect(misspelt?.hint).toContain('Vouliez-vous dire chiffres.ateliers.jeunes ?');
    expect(list?.message).toContain('« BretagneOccitanie »');
    expect(list?.hint).toContain("{chiffres.regions.join(', ')}");
  });

  it('blocks an `export` line reading a missing key, at that line, and reads a JSON file elsewhere in the content folder', () => {
    const [line, other] = of('export.mdx');
    expect(placed(of('export.mdx'))).toEqual([
      ['chapitre-expression-en-erreur', 'blocking', 9, 1],
      ['chapitre-expression-vide', 'warning', 11, 37],
    ]);
    expect(line?.message).toContain('« export const enquetes = chiffres.enquetes.total »');
    expect(line?.hint).toContain('chiffres.json n’a pas de clé « enquetes »');
    expect(other?.hint).toContain('Dans communs.json, « enquetes » n’a pas de clé « totale »');
    expect(other?.hint).toContain('Vouliez-vous dire communs.enquetes.total ?');
  });

  it('says a file that is not JSON at the import’s line, with the place of the mistake in the file', () => {
    expect(placed(of('casse.mdx'))).toEqual([['chapitre-json-invalide', 'blocking', 8, 1]]);
    const [invalid] = of('casse.mdx');
    expect(invalid?.message).toContain('casse.json n’est pas du JSON valide (ligne 3, colonne 14 : virgule après le dernier élément)');
    expect(`${invalid?.message} ${invalid?.hint}`).not.toMatch(/Expected|Unexpected|position/);
  });

  it('reads no file outside the content folder, and leaves what reads a module to the build', () => {
    expect(of('ailleurs.mdx')).toEqual([]);
  });

  it('reads no file for a chapter checked alone (without its folder)', () => {
    const source = '---\ntitre: T\nordre: 1\n---\n\nimport chiffres from "./chiffres.json"\n\n{chiffres.enquetes.total}\n';
    expect(checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/seul.mdx', source)).toEqual([]);
  });
});

describe('a chapter’s named or namespace JSON import, read as Vite exports it', () => {
  it('evaluates what reads `import { ateliers, regions as liste }` and `import * as communs`, and the `export` lines using them, with hints inside the file', () => {
    const [misspelt, absent, missing, list, numbers, exported] = of('nommes.mdx');
    expect(placed(of('nommes.mdx'))).toEqual([
      ['chapitre-expression-vide', 'warning', 11, 35],
      ['chapitre-expression-vide', 'warning', 11, 81],
      ['chapitre-expression-en-erreur', 'blocking', 13, 10],
      ['chapitre-expression-texte-brut', 'warning', 13, 47],
      ['chapitre-expression-texte-brut', 'warning', 13, 77],
      ['chapitre-expression-en-erreur', 'blocking', 13, 111],
    ]);
    expect(misspelt?.hint).toBe('Dans chiffres.json, « ateliers » n’a pas de clé « jeune » (ou elle est vide) : ajoutez-la, ou corrigez le nom. Vouliez-vous dire ateliers.jeunes ?');
    expect(absent?.hint).toContain('Vouliez-vous dire communs.enquetes.total ?');
    expect(missing?.hint).toBe('Dans chiffres.json, « ateliers » n’a pas de clé « details » (ou elle est vide) : ajoutez-la, ou corrigez le nom. Clés présentes : total, jeunes.');
    expect(list?.message).toContain('{liste} s’afficherait « BretagneOccitanie »');
    expect(numbers?.message).toContain('« 154 »');
    // `part` was computed from the named import by its `export` line: a number, with no `valeur`.
    expect(exported?.message).toContain('{part.valeur.arrondie}');
  });

  it('blocks a named import of a key the file lacks (the build stops on MISSING_EXPORT), with the nearest key, and reads the import’s other names', () => {
    expect(placed(of('cle.mdx'))).toEqual([
      ['chapitre-json-cle-absente', 'blocking', 6, 1],
      ['chapitre-expression-vide', 'warning', 8, 30],
    ]);
    const [key] = of('cle.mdx');
    expect(key?.message).toBe('« import { ateliers, regons } from \'./chiffres.json\' » : chiffres.json n’a pas de clé « regons » au premier niveau ; la construction s’arrêterait là.');
    expect(key?.hint).toBe('Vouliez-vous dire { regions } ?');
  });
});

describe('a JSON file the chapter imports that is missing', () => {
  it('blocks at the import’s line, with the nearest JSON file of the content folder, as the import writes it', () => {
    const [beside, elsewhere, none] = of('introuvable.mdx');
    expect(placed(of('introuvable.mdx'))).toEqual([
      ['chapitre-json-introuvable', 'blocking', 6, 1],
      ['chapitre-json-introuvable', 'blocking', 7, 1],
      ['chapitre-json-introuvable', 'blocking', 8, 1],
    ]);
    expect(beside?.message).toBe('« import chiffres from \'./chifres.json\' » : le fichier ./chifres.json est introuvable ; la construction s’arrêterait là.');
    expect(beside?.hint).toBe('Vouliez-vous dire \'./chiffres.json\' ? Le chemin se lit depuis le dossier du chapitre.');
    expect(elsewhere?.hint).toContain('Vouliez-vous dire \'../partage/communs.json\' ?');
    expect(none?.hint).toBe('Placez xyz.json dans le dossier du chapitre et écrivez \'./xyz.json\', ou corrigez le chemin (il se lit depuis le dossier du chapitre).');
  });
});

describe('a list of numbers shown as it is', () => {
  it('warns that `{[15, 4]}` shows « 154 », and hints join or a component; a single number is no list', () => {
    const source = '---\ntitre: T\nordre: 1\n---\n\nChiffres : {[15, 4]} et {[15]}.\n';
    const found = checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/seul.mdx', source);
    expect(placed(found)).toEqual([['chapitre-expression-texte-brut', 'warning', 6, 12]]);
    expect(found[0]?.message).toBe('{[15, 4]} s’afficherait « 154 » : les nombres d’une liste s’affichent collés, sans séparateur.');
    expect(found[0]?.hint).toBe("Écrivez {[15, 4].join(', ')} (« 15, 4 »), ou chaque nombre à sa place dans la phrase ; un chiffre de la consultation s’écrit avec le composant qui le calcule (<Figure stat=\"items\" …/>).");
  });

  it('is said on a busy machine too: an expression past the short time limit is run again with a longer one; a loop that never ends is left to the build', () => {
    // 400 ms of work stands for a plain expression slowed by a busy machine (200 ms, wall-clock, is the first limit).
    const slow = '(() => { const end = Date.now() + 400; while (Date.now() < end); return [15, 4]; })()';
    const source = `---\ntitre: T\nordre: 1\n---\n\n{${slow}} et {(() => { while (true); })()}\n`;
    const found = checkChapter(createSite(fixtureSynthesis), 'content/livre-blanc/seul.mdx', source);
    expect(placed(found)).toEqual([['chapitre-expression-texte-brut', 'warning', 6, 1]]);
    expect(found[0]?.message).toContain('« 154 »');
  });
});

describe('a department as a component’s region, and a list of texts', () => {
  const [number, name, list] = of('regions.mdx');

  it('hints the department’s region, as for a link, or says it is absent from the consultation', () => {
    expect(placed([number, name].filter((d) => d !== undefined))).toEqual([
      ['chapitre-valeur-inconnue', 'blocking', 9, 22],
      ['chapitre-valeur-inconnue', 'blocking', 9, 80],
    ]);
    expect(number?.hint).toBe('Vouliez-vous dire region="32" (Hauts-de-France) ? « 59 » est le numéro du département Nord, et les filtres sont par région.');
    expect(name?.hint).toBe(
      '« Loiret » est un département (45), de la région Centre-Val de Loire, absente de la consultation. Régions de la consultation : Hauts-de-France (32), Île-de-France (11), Nouvelle-Aquitaine (75).',
    );
  });

  it('warns that a list of texts of the front matter would show glued, and hints join', () => {
    expect(list && placed([list])).toEqual([['chapitre-expression-texte-brut', 'warning', 11, 11]]);
    expect(list?.message).toBe('{frontmatter.animateurs} s’afficherait « CamilleSacha » : les textes d’une liste s’affichent collés, sans séparateur.');
    expect(list?.hint).toBe("Écrivez {frontmatter.animateurs.join(', ')} (« Camille, Sacha »), ou le texte voulu sans accolades.");
  });
});
