/**
 * A first name with an age (« Yanis, 19 ans ») or after a word for a young person (« mon fils
 * Yanis ») is masked and warned with its kind and the masked excerpt; a first name alone, a first
 * name that is also a common word without a tight form, an age alone stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, createRedactor } from '../../src/pipeline/anonymise/index.ts';
import { YOUNG_NAME_NEEDS, maskYoungNames } from '../../src/pipeline/anonymise/young-names.ts';
import { FULL_NAME_NEEDS } from '../../src/pipeline/anonymise/full-names.ts';
import { rawItem } from '../support/raw-item.ts';

const nobody = createRedactor([]);

describe('a first name with an age or a word for a young person', () => {
  it.each([
    ['Yanis, 19 ans, a attendu deux semaines son attestation.', '[personne], 19 ans, a attendu deux semaines son attestation.'],
    ['Yanis (19 ans) est venu.', '[personne] (19 ans) est venu.'],
    ['Yanis 19 ans, sans diplôme.', '[personne] 19 ans, sans diplôme.'],
    ['Léa, 17 ans, cherche un stage.', '[personne], 17 ans, cherche un stage.'],
    ['un jeune, Yanis, 19 ans, est reparti', 'un jeune, [personne], 19 ans, est reparti'],
    ['Jean-Baptiste, 18ans', '[personne], 18ans'],
    ['mon fils Yanis n’a rien reçu', 'mon fils [personne] n’a rien reçu'],
    ['la jeune Léa attend', 'la jeune [personne] attend'],
    ['Ma fille Gwenaëlle attend', 'Ma fille [personne] attend'],
    // A first name that is also a common word, in a tight form: a person (see young-names.ts).
    ['Rose, 19 ans, et Pierre (20 ans)', '[personne], 19 ans, et [personne] (20 ans)'],
    ['ma fille Claire', 'ma fille [personne]'],
    // The surname's initial between them goes too, the first name missing from the list or not.
    ['Timéo D., 19 ans, sans diplôme', '[personne], 19 ans, sans diplôme'],
    ['Timéo D. (19 ans)', '[personne] (19 ans)'],
  ])('%s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
  });

  it.each([
    ['Pierre est venu, Marie aussi.'],
    ['à Saint-Pierre, 19 ans après'],
    ['depuis 19 ans, Yanis attend'],
    ['Pierre 19 ans'],
    ['la jeune Mission Locale, le jeune Conseil'],
    ['une jeune Française de 19 ans'],
    ['Yanis, 119 ans'],
    ['Yanis, 19 ansérine'],
    ['à Lyon D., 19 ans'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });

  it('warns at the item’s line with the kind and the masked excerpt, never the name', () => {
    const result = anonymise([rawItem('Yanis, 19 ans, a attendu. Mon fils Mathis aussi.', { source: { file: 'a.md', line: 7, column: 3 } })], [], null);
    expect(result.items[0]?.text).toBe('[personne], 19 ans, a attendu. Mon fils [personne] aussi.');
    expect(result.diagnostics).toHaveLength(1);
    const [warning] = result.diagnostics;
    expect(warning).toMatchObject({ code: 'donnee-personnelle', severity: 'warning', file: 'a.md', line: 7 });
    expect(warning?.message).toContain('prénom suivi d’un âge : « [personne], 19 ans »');
    expect(warning?.message).toContain('prénom d’un jeune ou d’un proche : « Mon fils [personne] »');
    expect(warning?.message).not.toMatch(/Yanis|Mathis/);
  });

  it.each([
    ['sa nièce Léa attend', 'sa nièce [personne] attend'],
    ['mon neveu Yanis', 'mon neveu [personne]'],
    ['ma niece Inès', 'ma niece [personne]'],
    ['mon cousin Mathis et ma cousine Inès', 'mon cousin [personne] et ma cousine [personne]'],
    ['son petit-fils Yanis, sa petite-fille Léa', 'son petit-fils [personne], sa petite-fille [personne]'],
    ['ma petite fille Léa', 'ma petite fille [personne]'],
    // Missing from the list, after a relative without a comma: a first name too.
    ['mon neveu Timéo n’a pas de stage', 'mon neveu [personne] n’a pas de stage'],
    ['mon fils Lyam attend', 'mon fils [personne] attend'],
  ])('masks a relative’s first name: %s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
  });

  it.each([
    // Missing from the list, a common word (as written in the real answers), or after « jeune ».
    ['mon fils, Effectifs très élevés'],
    ['mon fils Impossibilité pour moi'],
    ['ma petite fille Autiste (21 ans maintenant)'],
    ['notre fils Autiste, comme si'],
    ['le jeune Conseil municipal'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });

  it('keeps a public figure’s name', () => {
    const redact = createRedactor([], (name) => name === 'Emmanuel');
    expect(redact('Emmanuel, 40 ans').text).toBe('Emmanuel, 40 ans');
  });

  it('never lets through, by the quick tests, a text a detector would change', () => {
    const piece = fc.constantFrom('Yanis', 'Léa', 'Rose', 'Jean-Pierre', 'mon', 'la', 'fils', 'fille', 'jeune', 'petit-fils', 'neveu', 'nièce', 'cousine', 'Timéo', 'Lyon', '19', '7', 'ans', 'ansé', 'D.', ' ', ',', '(', ')', '\u00a0', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        // Tried only on the texts passing full-names.ts's test (index.ts `within`).
        if (!FULL_NAME_NEEDS.test(text) || !YOUNG_NAME_NEEDS.test(text)) expect(maskYoungNames(text, '[personne]').text).toBe(text);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});

/**
 * A capitalised word missing from the first-names list (Timéo, Lenny, Aylan, Sohan, Lyam are not in it)
 * before an age is a first name when its context says so; never a duration, a place, an institution,
 * a status.
 */
describe('a first name missing from the list, with an age', () => {
  it.each([
    ['Timéo, 19 ans, ne trouve pas de stage.', '[personne], 19 ans, ne trouve pas de stage.'],
    ['Lenny (17 ans) attend.', '[personne] (17 ans) attend.'],
    ['On a reçu Aylan 19 ans sans diplôme.', 'On a reçu [personne] 19 ans sans diplôme.'],
    ['un jeune, Sohan, 22 ans, est reparti', 'un jeune, [personne], 22 ans, est reparti'],
    ['Merci Lyam, 19 ans', 'Merci [personne], 19 ans'],
    ['le dossier de Timéo, 19 ans, est bloqué', 'le dossier de [personne], 19 ans, est bloqué'],
    ['Timéo, 17 ans, et Lenny (16 ans)', '[personne], 17 ans, et [personne] (16 ans)'],
    // A commune that is also a first name is left out of communes.ts: a person first.
    ['Nancy, 19 ans, sans emploi', '[personne], 19 ans, sans emploi'],
  ])('%s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
  });

  it.each([
    // A duration or a founding: « de », « d’ », « après »… after the age, or an age out of 14–99.
    ['Lyon, 19 ans de partenariat'],
    ['la Mission Locale, 25 ans d’existence'],
    ['Depuis 2005, 19 ans que ça dure'],
    ['Timéo, 19 ans après'],
    ['Timéo, 12 ans'],
    ['Timéo, 9 ans'],
    // Words that open a duration (as written in the real answers).
    ['Depuis 19 ans rien ne change'],
    ['Voici 50 ans, il m’avait suffi'],
    ['Durant 19 ans, Environ 30 ans, Soit 25 ans, Total 25 ans'],
    // Places and institutions: a region, a department, after an article or a preposition, inside a name.
    ['Bretagne, 19 ans'],
    ['en Bretagne, 19 ans'],
    ['Paris, 19 ans'],
    ['la Carsat 20 ans avant'],
    ['pour l’académie de Versailles 20 ans puis'],
    ['à Villeurbanne, 19 ans'],
    ['le collège Jean Moulin, 50 ans'],
    // A commune opening the sentence (communes.ts), as a first name would: a town is nobody.
    ['Versailles, 19 ans, sans emploi'],
    ['Villeurbanne, 19 ans, sans diplôme'],
    ['Roubaix (22 ans) et Tourcoing, 24 ans'],
    ['Saint-Denis, 19 ans, au chômage'],
    ['Sainte-Geneviève 20 ans sans emploi'],
    // An institution written with a hyphen, none of its parts a first name.
    ['Pole-Emploi, 25 ans'],
    ['CAF, 25 ans'],
    // A status the writer gives.
    ['Retraité, 69 ans'],
    ['Retraité 69ans'],
    ['Émigré, 45 ans'],
    ['Autiste (21 ans maintenant)'],
    ['Maman, 35 ans, deux enfants'],
    ['Chômeur, 55 ans'],
    ['Lycéen, 17 ans'],
    ['Cotiser 43 ans pour rien'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });

  it('warns with the kind and the masked excerpt', () => {
    const result = anonymise([rawItem('Timéo, 19 ans, ne trouve pas de stage.', { source: { file: 'a.md', line: 4, column: 3 } })], [], null);
    expect(result.diagnostics[0]?.message).toBe('Donnée personnelle masquée avant publication : prénom suivi d’un âge : « [personne], 19 ans ».');
  });
});

/** Schools are named after people: a name right after « lycée » is the school's, after a comma a person's. */
describe('a name after an establishment word', () => {
  it('keeps « au lycée Karim Benali » and masks « au lycée, Karim Benali m’a dit »', () => {
    expect(nobody('au lycée Karim Benali').text).toBe('au lycée Karim Benali');
    expect(nobody('au lycée Victor Hugo de Poitiers').text).toBe('au lycée Victor Hugo de Poitiers');
    expect(nobody('au lycée, Karim Benali m’a dit').text).toBe('au lycée, [personne] m’a dit');
    expect(nobody('Au lycée. Karim Benali est venu.').text).toBe('Au lycée. [personne] est venu.');
  });
});
