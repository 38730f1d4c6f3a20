import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_LETTERS, SOFT_HYPHEN, softHyphens } from '../../src/site/soft-hyphens.ts';

/** Soft hyphens written « · » in the expectations. */
const shown = (text: string) => softHyphens(text).replaceAll(SOFT_HYPHEN, '·');

describe('softHyphens', () => {
  it('breaks long words between syllables, keeping consonant pairs that start a syllable together', () => {
    expect(shown('Interopérabilité')).toBe('In·te·ro·pé·ra·bi·li·té');
    expect(shown('Communication et application')).toBe('Com·mu·ni·ca·tion et ap·pli·ca·tion');
    expect(shown('Dysfonctionne')).toBe('Dys·fonc·tionne');
    expect(shown('Pilotage et statistiques')).toBe('Pi·lo·tage et sta·tis·tiques');
    expect(shown('Offres et relations entreprises')).toBe('Of·fres et re·la·tions en·tre·prises');
    expect(shown('Saisie et ergonomie')).toBe('Sai·sie et er·go·no·mie');
    expect(shown('Qualité des données')).toBe('Qua·li·té des don·nées');
    expect(shown('Agenda')).toBe('Agen·da');
  });

  it('keeps « qu », « gu » and « gn » whole, never cuts between vowels nor before an x', () => {
    expect(shown('Étiquette')).toBe('Éti·quette');
    expect(shown('Martinique')).toBe('Mar·ti·nique');
    expect(shown('Guadeloupe')).toBe('Gua·de·loupe');
    expect(shown('accompagnement')).toBe('ac·com·pa·gne·ment');
    expect(shown('Réunion')).toBe('Réu·nion');
    expect(shown('exemple')).toBe('exem·ple');
    expect(shown('examen')).toBe('exa·men');
    expect(shown('extraction')).toBe('ex·trac·tion');
  });

  it('does not leave a final mute syllable alone, unless it is the only break of the word', () => {
    expect(shown('Auvergne-Rhône-Alpes')).toBe('Au·vergne-Rhône-Alpes');
    expect(shown('Bretagne')).toBe('Bre·tagne');
    expect(shown('Nouvelle-Aquitaine')).toBe('Nou·velle-Aqui·taine');
    expect(shown('Franche')).toBe('Fran·che');
  });

  it('leaves short words, acronyms, file names, numbers and addresses whole', () => {
    expect(shown('Grand Est')).toBe('Grand Est');
    expect(shown('Qualité des données et RGPD')).toBe('Qua·li·té des don·nées et RGPD');
    expect(shown('synthese-etiquettes.csv')).toBe('synthese-etiquettes.csv');
    expect(shown('atelier-occitanie-2026')).toBe('atelier-occitanie-2026');
    expect(shown('https://exemple.fr/documentation')).toBe('https://exemple.fr/documentation');
  });

  it('changes nothing but adding soft hyphens, each with two letters at least on both sides, in words of MIN_LETTERS or more', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéèàôç AEIOU-’'.split('')), maxLength: 40 }), (text) => {
        const result = softHyphens(text);
        expect(result.replaceAll(SOFT_HYPHEN, '')).toBe(text);
        for (const word of result.split(/[^\p{L}\u00ad]+/u)) {
          if (!word.includes(SOFT_HYPHEN)) continue;
          expect(word.replaceAll(SOFT_HYPHEN, '').length).toBeGreaterThanOrEqual(MIN_LETTERS);
          for (const part of word.split(SOFT_HYPHEN)) expect(part.length).toBeGreaterThanOrEqual(2);
        }
      }),
    );
  });
});
