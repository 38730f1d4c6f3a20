/** How the methodology and home pages say how tags were decided, with 0, 1 and many items. */
import { describe, expect, it } from 'vitest';
import { explicitTagsPhrase, inferredTagsNotice, inferredTagsPhrase } from '../../src/site/quality.ts';

const spaced = (text: string | null) => text?.replace(/\s/g, ' ') ?? null;

describe('explicitTagsPhrase and inferredTagsPhrase', () => {
  it('say « aucun » for none, never « 0 élément a … par leur source »', () => {
    expect(explicitTagsPhrase(0)).toBe('Aucun élément n’a d’étiquette donnée par sa source');
    expect(inferredTagsPhrase(0)).toBe('Aucun élément n’a d’étiquette déduite du texte');
  });

  it('agree with one item', () => {
    expect(explicitTagsPhrase(1)).toBe('1 élément a une étiquette donnée par sa source');
    expect(inferredTagsPhrase(1)).toBe('1 élément a une étiquette déduite du texte');
  });

  it('agree with many items', () => {
    expect(spaced(explicitTagsPhrase(12_345))).toBe('12 345 éléments ont une étiquette donnée par leur source');
    expect(inferredTagsPhrase(2)).toBe('2 éléments ont une étiquette déduite du texte');
  });
});

describe('inferredTagsNotice', () => {
  it('makes the automatic tagging the subject of « peut se tromper » when every tag is inferred', () => {
    expect(spaced(inferredTagsNotice({ inferred: 109, lowConfidence: 62 }, 109))).toBe(
      'Toutes les étiquettes sont déduites du texte (62 avec une confiance inférieure à 60 %) : l’étiquetage automatique peut se tromper, et chaque verbatim dit si la sienne est déduite.',
    );
  });

  it('counts the inferred tags among the others, one or many', () => {
    expect(spaced(inferredTagsNotice({ inferred: 5, lowConfidence: 0 }, 14))).toBe(
      'L’étiquette de 5 éléments sur 14 est déduite du texte : l’étiquetage automatique peut se tromper, et chaque verbatim dit si la sienne est déduite.',
    );
    expect(spaced(inferredTagsNotice({ inferred: 1, lowConfidence: 1 }, 14))).toBe(
      'L’étiquette d’un élément sur 14 est déduite du texte (1 avec une confiance inférieure à 60 %) : l’étiquetage automatique peut se tromper, et chaque verbatim dit si la sienne est déduite.',
    );
    expect(inferredTagsNotice({ inferred: 1, lowConfidence: 0 }, 1)).toMatch(/^L’étiquette du seul élément est déduite du texte : /);
  });

  it('says nothing when every tag was given by its source', () => {
    expect(inferredTagsNotice({ inferred: 0, lowConfidence: 0 }, 14)).toBeNull();
    expect(inferredTagsNotice({ inferred: 0, lowConfidence: 0 }, 0)).toBeNull();
  });
});
