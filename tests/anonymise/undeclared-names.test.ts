/**
 * Names nobody declared: after a civility, « Prénom NOM » / « Prénom N. », and the names of a
 * survey's name columns; declared names matched without their accents. Each shape, and the
 * near-misses that must stay (institutions, functions, streets, first names alone).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CIVILITY_NEEDS, maskCivilityNames } from '../../src/pipeline/anonymise/civility.ts';
import { GIVEN_NAME_NEEDS, maskGivenNames } from '../../src/pipeline/anonymise/given-names.ts';
import { anonymise, createRedactor } from '../../src/pipeline/anonymise/index.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import { isNameHeader } from '../../src/pipeline/ingest/surveys/name-columns.ts';
import { parse } from '../surveys/helpers.ts';
import { rawItem } from '../support/raw-item.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const nobody = createRedactor([]);

describe('names after a civility', () => {
  it.each([
    ["Mme Dupont m'a reçue.", "Mme [personne] m'a reçue."],
    ['M. Yannick Le Goff est passé.', 'M. [personne] est passé.'],
    ["l'aide de Mme Bouyer assistante sociale du CCAS des Ulis", "l'aide de Mme [personne] assistante sociale du CCAS des Ulis"],
    ['Mr Martinez et son équipe', 'Mr [personne] et son équipe'],
    ['Monsieur DELEVOYE finalement', 'Monsieur [personne] finalement'],
    ['Madame Verdier Molinié a dit', 'Madame [personne] a dit'],
    ['Monsieur E. Macron notre président', 'Monsieur [personne] notre président'],
    ['M. de Villepin et Mme van Damme', 'M. [personne] et Mme [personne]'],
    ['Valéry Giscard, M. Giscard d’Estaing', '[personne], M. [personne]'],
    ['par Mme Beurrier, Mme Matray et Mr Danulezzi (par mail)', 'par Mme [personne], Mme [personne] et Mr [personne] (par mail)'],
    ['M. et Mme Dupont', 'M. et Mme [personne]'],
    ['le docteur Martin, le Dr Petit, le Pr Rhomer', 'le docteur [personne], le Dr [personne], le Pr [personne]'],
    ['chez Me Dubois, notaire', 'chez Me [personne], notaire'],
    ['Madame la Directrice Durand', 'Madame la Directrice [personne]'],
    ['Monsieur le Maire Dupont', 'Monsieur le Maire [personne]'],
    ["M. l'Adjoint Lefèvre", "M. l'Adjoint [personne]"],
    ['Ce qui fonctionne avec Mme Dupont', 'Ce qui fonctionne avec Mme [personne]'],
  ])('%s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
    expect(nobody(input).found).toEqual(['nom de personne']);
  });

  it.each([
    ['M. le Maire nous a reçus.'],
    ['Madame la Ministre, Mme la Directrice'],
    ['Monsieur le Président de la République'],
    ['MONSIEUR LE MAIRE'],
    ['Le Premier Ministre, M. le Premier Ministre'],
    ["le docteur m'a dit d'attendre"],
    ['un professeur des écoles, un professeur d’EPS, le maître d’ouvrage'],
    ['Mme de la CAF, M. de la Mission Locale'],
    ['Me demander un rendez-vous. Me Concernant'],
    ['Monsieur Tout-le-monde'],
    ['Madame, Monsieur,'],
    ['3 M. Euros'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });
});

describe('« Prénom NOM » and « Prénom N. »', () => {
  it.each([
    ["j'ai vu Jean-Pierre MARTIN hier", "j'ai vu [personne] hier"],
    ['Karim B. est venu', '[personne] est venu'],
    ['Yannick LE GOFF, Gwenaëlle MÉNARD', '[personne], [personne]'],
    ['Marie DUPONT CAF', '[personne] CAF'],
  ])('%s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
  });

  it.each([
    ['Pierre est venu, Marie aussi.'],
    ['à Saint-Pierre, rue Jean Jaurès, lycée Victor Hugo'],
    ['Louis XIV, Henri IV'],
    ['France TRAVAIL, Pôle Emploi, Mission Locale, CAF, Conseil Départemental'],
    ['Marie ET Pierre, Claude RSA'],
    ['Marie EST VENUE TOUTE SEULE'],
    ['une procédure claire, un petit bois'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });
});

describe('declared names, accents and case aside', () => {
  const redact = createRedactor([{ name: 'Gwenaëlle Ménard', replacement: '[personne]' }, { name: 'Yannick', replacement: '[personne]' }]);

  it.each([
    ['Gwenaelle Menard est venue', '[personne] est venue'],
    ['Gwenaelle est venue', '[personne] est venue'],
    ['GWENAELLE MENARD, MENARD, Ménard', '[personne], [personne], [personne]'],
    ['M. Yannick Le Goff', 'M. [personne]'],
    ['[personne] MARTIN', '[personne]'],
  ])('%s', (input, masked) => {
    expect(redact(input).text).toBe(masked);
  });

  it('keeps a pseudonym after a civility', () => {
    const pseudonym = createRedactor([{ name: 'Kevin Durand', replacement: 'Jeune A' }]);
    expect(pseudonym('M. Kevin Durand est venu').text).toBe('M. Jeune A est venu');
  });
});

describe('the quick tests before the detectors', () => {
  it('never let through a text that a detector would change', () => {
    const piece = fc.constantFrom(
      'M.', 'Mr', 'Mme', 'Mlle', 'Dr', 'Pr', 'Me', 'monsieur', 'Madame', 'MONSIEUR', 'docteur', 'Maître', 'professeur', 'le', 'la', 'Maire',
      'de', 'Dupont', 'LE', 'GOFF', 'Le', 'Goff', 'Karim', 'B.', 'Jean-Pierre', 'MARTIN', 'Michał', 'ŞAHIN', '[personne]', 'CAF', 'chez',
      ' ', '  ', '\u00a0', '\n', ',', '.', '(', '’', 'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        if (!CIVILITY_NEEDS.test(text)) expect(maskCivilityNames(text, '[personne]').text).toBe(text);
        if (!GIVEN_NAME_NEEDS.test(text)) expect(maskGivenNames(text, '[personne]').text).toBe(text);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});

describe('survey name columns', () => {
  it.each([['Nom'], ['Prénom'], ['Nom et prénom'], ['Nom complet'], ['Identité'], ['Votre nom'], ['NOM Prénom'], ['Nom de famille']])(
    'recognises « %s »',
    (header) => expect(isNameHeader(header)).toBe(true),
  );
  it.each([['Commentaire'], ['Nom de votre structure'], ['Remarques de Marie Curie'], ['Prénoms des enfants accueillis et leurs besoins']])(
    'not « %s »',
    (header) => expect(isNameHeader(header)).toBe(false),
  );

  it('masks the names of the file’s name columns in its answers, whole or with the first name and surname columns together', () => {
    const survey = parse('Prénom;Nom;Commentaire\nPaulette;Ménard;Paulette Ménard trouve que c’est lent\nJean;Valjean;Comme MÉNARD Paulette, trop lent\n');
    expect(survey.participantNames).toEqual(expect.arrayContaining(['Paulette Ménard', 'Jean Valjean']));
    const { items } = anonymise(survey.items.map((item) => rawItem(item.text)), [], null, survey.participantNames);
    expect(items.map((i) => i.text)).toEqual(['[personne] trouve que c’est lent', 'Comme [personne], trop lent']);
  });

  const temp = tempDirs('undeclared-names-');
  it('masks undeclared names in a published CSV header and a note heading', async () => {
    const root = temp();
    mkdirSync(path.join(root, 'data', 'enquetes'), { recursive: true });
    writeFileSync(path.join(root, 'data', 'enquetes', 'avis.csv'), 'Nom;Remarques de Mme Curie\nPaulette Ménard;Paulette Ménard trouve que c’est lent\n');
    writeFileSync(path.join(root, 'data', 'enquetes', 'avis.yml'), 'colonnes:\n  textes:\n    - { colonne: "Remarques de Mme Curie", tag: auto }\n');
    const { synthesis } = synthesize(await readConsultation(root));
    const published = JSON.stringify(synthesis);
    expect(published).not.toMatch(/Curie|Paulette|Ménard/);
    expect(published).toContain('Remarques de Mme [personne]');
  });
});
