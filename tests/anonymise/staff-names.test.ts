/**
 * A first name of the list told with its structure (« Sonia de la ML ») or its function (« Sonia, ma
 * conseillère ») is an adviser's: masked, the structure and the function kept. A capital missing from
 * the list, a place, a service stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, createRedactor } from '../../src/pipeline/anonymise/index.ts';
import { YOUNG_NAME_NEEDS, maskYoungNames } from '../../src/pipeline/anonymise/young-names.ts';
import { FULL_NAME_NEEDS } from '../../src/pipeline/anonymise/full-names.ts';
import { rawItem } from '../support/raw-item.ts';

const nobody = createRedactor([]);

describe('a first name with its structure or its function', () => {
  it.each([
    ['merci à Sonia de la ML de Saintes pour son aide', 'merci à [personne] de la ML de Saintes pour son aide'],
    ['Karim du Pôle emploi m’a appelé', '[personne] du Pôle emploi m’a appelé'],
    ['Sonia de France Travail et Karim du CCAS', '[personne] de France Travail et [personne] du CCAS'],
    ['vu Marie de l’ASE', 'vu [personne] de l’ASE'],
    ['Sonia de la Mission Locale', '[personne] de la Mission Locale'],
    ['Sonia, ma conseillère, m’a rappelée', '[personne], ma conseillère, m’a rappelée'],
    ['grâce à Sonia, conseillère à la Mission Locale', 'grâce à [personne], conseillère à la Mission Locale'],
    ['avec Sonia ma conseillère', 'avec [personne] ma conseillère'],
    ['Karim (mon référent) est parti', '[personne] (mon référent) est parti'],
    // A first name that is also a common word, with its structure: someone.
    ['Rose de la CAF', '[personne] de la CAF'],
  ])('%s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
  });

  it.each([
    ['l’Accueil de la CAF, la Maison de l’emploi, Saint-Pierre de la Réunion'],
    ['Demain, ma conseillère viendra. Nantes, ma conseillère aussi.'],
    // Missing from the list: a place, a service or a first name, nothing tells.
    ['Timéo de la ML'],
    // A first name alone, or without its structure.
    ['merci à Sonia'],
    ['Sonia la conseillère'],
    ['Sonia de la ville'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });

  it('warns with the kind and the masked excerpt, never a name', () => {
    const result = anonymise([rawItem('Merci à Sonia de la ML, à Karim du CCAS.', { source: { file: 'a.md', line: 2, column: 1 } })], [], null);
    expect(result.items[0]?.text).toBe('Merci à [personne] de la ML, à [personne] du CCAS.');
    const message = result.diagnostics[0]?.message ?? '';
    expect(message).toContain('prénom d’un conseiller ou d’un référent : « Merci à [personne] de la ML, »');
    expect(message).not.toMatch(/Sonia|Karim/);
  });

  it('never lets through, by the quick tests, a text the detector would change', () => {
    const piece = fc.constantFrom('Sonia', 'Timéo', 'Rose', 'de', 'du', 'la', 'l’', 'des', 'ML', 'CAF', 'Pôle emploi', 'Mission Locale', ',', '(', 'ma', 'mon', 'conseillère', 'référent', ' ', '  ', '.', 'à');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const text = pieces.join('');
        if (!FULL_NAME_NEEDS.test(text) || !YOUNG_NAME_NEEDS.test(text)) expect(maskYoungNames(text, '[personne]').text).toBe(text);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
