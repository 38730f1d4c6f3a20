/**
 * A name after a form's label (« Prénom : Timéo », « Nom : DUPONT ») is masked whatever it is, the
 * label kept; a structure's name, a missing name, a label in lower case inside a sentence stay.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anonymise, createRedactor } from '../../src/pipeline/anonymise/index.ts';
import { YOUNG_NAME_NEEDS, maskYoungNames } from '../../src/pipeline/anonymise/young-names.ts';
import { FULL_NAME_NEEDS } from '../../src/pipeline/anonymise/full-names.ts';
import { rawItem } from '../support/raw-item.ts';

const nobody = createRedactor([]);

describe('a name after a form’s label', () => {
  it.each([
    ['Prénom : Timéo', 'Prénom : [personne]'],
    ['Nom : Dupont. Prénom : Lyam.', 'Nom : [personne]. Prénom : [personne].'],
    ['NOM : DUPONT Prénom : Timéo', 'NOM : [personne] Prénom : [personne]'],
    ['Nom et prénom : Timéo Dupont', 'Nom et prénom : [personne]'],
    ['Nom de famille : Le Goff', 'Nom de famille : [personne]'],
    ['PRÉNOM: Timéo', 'PRÉNOM: [personne]'],
    ['Nom : Dupont Mission Locale', 'Nom : [personne] Mission Locale'],
  ])('%s', (input, masked) => {
    expect(nobody(input).text).toBe(masked);
  });

  it.each([
    ['Nom : Mission Locale de Saintes'],
    ['Nom : Inconnu'],
    ['Nom : CAF'],
    ['Nom : Le Conseil départemental'],
    ['le nom : Les inégalités'],
    ['prénom : timéo'],
  ])('keeps %s', (input) => {
    expect(nobody(input).text).toBe(input);
  });

  it('warns with the kind and the label, never the name', () => {
    const result = anonymise([rawItem('Nom : DUPONT, prénom : Timéo', { source: { file: 'a.md', line: 4, column: 1 } })], [], null);
    expect(result.items[0]?.text).toBe('Nom : [personne], prénom : Timéo');
    expect(result.diagnostics[0]?.message).toContain('nom après « Nom : » ou « Prénom : » : « Nom : [personne] »');
    expect(result.diagnostics[0]?.message).not.toContain('DUPONT');
  });

  it('never lets through, by the quick tests, a text the detector would change', () => {
    const piece = fc.constantFrom('Nom', 'NOM', 'Prénom', 'prénom', 'Noms', ' de famille', ' et prénom', '/Prénom', ':', ' : ', 'Timéo', 'DUPONT', 'Le', 'Goff', 'Mission', ' ', ',', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (!FULL_NAME_NEEDS.test(text) || !YOUNG_NAME_NEEDS.test(text)) expect(maskYoungNames(text, '[personne]').text).toBe(text);
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});
