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
    expect(warning?.message).toContain('prénom d’un jeune : « Mon fils [personne] »');
    expect(warning?.message).not.toMatch(/Yanis|Mathis/);
  });

  it('keeps a public figure’s name', () => {
    const redact = createRedactor([], (name) => name === 'Emmanuel');
    expect(redact('Emmanuel, 40 ans').text).toBe('Emmanuel, 40 ans');
  });

  it('never lets through, by the quick tests, a text a detector would change', () => {
    const piece = fc.constantFrom('Yanis', 'Léa', 'Rose', 'Jean-Pierre', 'mon', 'la', 'fils', 'fille', 'jeune', 'petit-fils', '19', '7', 'ans', 'ansé', ' ', ',', '(', ')', '\u00a0', 'é');
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
