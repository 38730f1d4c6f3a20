/**
 * « Prénom Nom » nobody declared, in normal case and without a civility: masked in sentences,
 * kept where a person's name names a place, a school, a thing (« rue Jean Jaurès », « au Jean
 * Moulin »), and where the capitalised word is no surname.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_NAME_NEEDS, maskFullNames } from '../../src/pipeline/anonymise/full-names.ts';
import { maskGivenNames } from '../../src/pipeline/anonymise/given-names.ts';
import { createRedactor } from '../../src/pipeline/anonymise/index.ts';

const nobody = createRedactor([]);

describe('« Prénom Nom » in a sentence', () => {
  it.each([
    ['Remarques de Marie Curie', 'Remarques de [personne]'],
    ['j’en ai parlé avec Karim Benali hier', 'j’en ai parlé avec [personne] hier'],
    ['Merci Marie Curie.', 'Merci [personne].'],
    ['au lycée avec Karim Benali, puis au collège', 'au lycée avec [personne], puis au collège'],
    ['(Karim Benali, conseiller)', '([personne], conseiller)'],
    ['Jean de La Fontaine le disait', '[personne] le disait'],
    ['Marine Le Pen et Charles de Gaulle', '[personne] et [personne]'],
    ['Valéry Giscard d’Estaing était là', '[personne] était là'],
    ['Marie Claire Dupont est venue', '[personne] est venue'],
    ['Anne-Sophie Dupont-Aignan a répondu', '[personne] a répondu'],
    ['le Président Emmanuel Macron a dit', 'le Président [personne] a dit'],
    ['comme Gwenaëlle Ménard, Karima Şahin', 'comme [personne], [personne]'],
    // After an elision: « d’ », « l’ », « qu’ » are words of their own, not the name's start.
    ['la promesse d’Emmanuel Macron', 'la promesse d’[personne]'],
    ["la campagne d'Emmanuel Macron", "la campagne d'[personne]"],
    ['c’est qu’Olivier Martin est parti', 'c’est qu’[personne] est parti'],
    // A Mission Locale is named after its territory, never after a person: the name is the adviser’s.
    ['à la Mission Locale Karim Benali m’a aidé', 'à la Mission Locale [personne] m’a aidé'],
    ['Mission locale Karim Benali', 'Mission locale [personne]'],
    ['la Mission Locale de Lyon Karim Benali', 'la Mission Locale de Lyon [personne]'],
    ['Mission Locale Sud Essonne Karim Benali', 'Mission Locale Sud Essonne [personne]'],
    ['Maison France Services Karim Benali', 'Maison France Services [personne]'],
  ])('%s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
    expect(nobody(input).found).toEqual(['nom de personne']);
  });

  it.each([
    ['rue Jean Jaurès, place Jean Jaurès, boulevard Victor Hugo'],
    ['le lycée Victor Hugo et le collège Jean Moulin'],
    ['avenue Charles de Gaulle, à la gare Saint-Charles'],
    ['l’association Jean Moulin, la mission Jean Moulin, la Maison de la Culture Jean Moulin'],
    ['la Mission Locale, la Mission Locale de Lyon, la Mission Locale du Pays de Brest, Pôle emploi, France Travail, Maison France Services de Vitré'],
    ['l’hôpital Édouard Herriot, le centre hospitalier Édouard Herriot, l’hôpital européen Georges Pompidou'],
    ['le groupe scolaire Jules Ferry, au lycée professionnel Jean Moulin, l’école de musique Jean Wiener'],
    ['(École Pierre Lemaître à Vitré)'],
    ['Lycée Camille Sée, Médiathèque François Mitterrand, Stade Pierre Mauroy'],
    ['la loi Jules Ferry, le prix Albert Londres, l’aéroport Charles de Gaulle'],
    ['Saint Louis, Saint Jean Baptiste, Sainte Marie Madeleine'],
    ['Jean Paul II, Louis XIV'],
    ['la Marine Nationale, la Marine de Rennes'],
    ['au Jean Moulin, un Francis Lefebvre à jour, les Gaston Lagaffe'],
    ['rendez-vous avec Jean Mardi prochain'],
    ['Marie Et Pierre, Claire La'],
    ['Pierre est venu, Marie aussi. Les Français, La Poste, Pôle Emploi'],
    ['Rencontre avec Julie\nPrésentation du projet'],
    ['à l’Hôpital Jean Moulin, d’O’Neill Jean, aujourd’Hui Marie'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });

  it('takes along the surname a declared first name left', () => {
    const redact = createRedactor([{ name: 'Sophie', replacement: '[personne]' }]);
    expect(redact('Sophie Durand est passée').text).toBe('[personne] est passée');
    expect(redact('Sophie est passée rue Victor Hugo').text).toBe('[personne] est passée rue Victor Hugo');
  });
});

describe('the quick test before « Prénom Nom » and « Prénom NOM »', () => {
  it('never lets through a text either detector would change', () => {
    const piece = fc.constantFrom(
      'Marie', 'Curie', 'Jean-Pierre', 'MARTIN', 'Karim', 'B.', 'de', 'La', 'la', 'Fontaine', 'd’Estaing', 'Le', 'Pen', 'van', 'der',
      'Berg', 'rue', 'Michał', 'Şahin', '[personne]', 'Dupont-Aignan', 'II', ' ', '  ', '\u00a0', '\n', ',', '.', '(', '’', 'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        if (FULL_NAME_NEEDS.test(text)) return;
        expect(maskFullNames(text, '[personne]').text).toBe(text);
        expect(maskGivenNames(text, '[personne]').text).toBe(text);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
