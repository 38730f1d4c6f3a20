import { describe, expect, it, vi } from 'vitest';
import { emergingTerms, TOP_EMERGING } from '../../src/pipeline/analysis/emerging.ts';
import { tokenizeCorpus } from '../../src/pipeline/analysis/corpus.ts';
import { ScannedTexts } from '../../src/pipeline/text/scanned-texts.ts';
import { item } from './fixtures.ts';

describe('emerging terms among `autres`', () => {
  const items = [
    item({ themes: ['autres'], text: 'Le covoiturage pour les jeunes en zone rurale' }),
    item({ themes: ['autres'], text: 'Proposer du covoiturage aux jeunes' }),
    item({ themes: ['autres'], text: 'Covoiturages entre jeunes du même quartier' }),
    item({ themes: ['autres'], text: 'Aider au permis de conduire' }),
    item({ themes: ['autres'], text: 'Le permis de conduire coûte trop cher' }),
    item({ themes: ['autres'], text: 'Une phrase isolée sans suite' }),
    ...Array.from({ length: 30 }, (_, i) =>
      item({ themes: ['agenda'], text: `Les jeunes oublient leurs rendez-vous numéro ${i}` }),
    ),
  ];

  it('brings out the words and pairs that set `autres` apart, in their written form', () => {
    const terms = emergingTerms(items);
    const names = terms.map((t) => t.term);
    // « covoiturage » and « covoiturage jeunes » are in the same three items: the longer phrase is kept.
    expect(names[0]).toBe('covoiturage jeunes');
    expect(names.filter((n) => n.startsWith('covoiturage'))).toHaveLength(1);
    expect(terms[0]?.count).toBe(3);
    expect(names).toContain('permis conduire');
    // « permis » alone is in the same items as « permis conduire »: an echo, not a second suggestion.
    expect(names).not.toContain('permis');
    // « jeunes » is in `autres` items too, but everywhere else as well: not a suggestion.
    expect(names).not.toContain('jeunes');
    // A word seen in one item only is not a suggestion.
    expect(names).not.toContain('isolée');
    expect(terms.length).toBeLessThanOrEqual(TOP_EMERGING);
  });

  it('is deterministic and empty without `autres`', () => {
    expect(emergingTerms([...items].reverse())).toEqual(emergingTerms(items));
    expect(emergingTerms(items.filter((i) => !i.themes.includes('autres')))).toEqual([]);
  });

  it('shows the same written forms when the corpus reuses the shared reading of the texts', () => {
    // The most frequent written form of « covoiturage jeunes » opens its texts (« Covoiturages
    // jeunes… »); one text is decomposed (« e\u0301 », read again in NFC) and one is not Latin.
    const mixed = [
      ...items,
      ...Array.from({ length: 3 }, (_, n) => item({ themes: ['autres'], text: `Covoiturages jeunes, soir ${n}` })),
      item({ themes: ['autres'], text: 'Un permis de conduire payé par la re\u0301gion' }),
      item({ themes: ['autres'], text: 'Permis de conduire, ΑΒΓ' }),
    ];
    const texts = mixed.map((i) => i.text);
    const shared = tokenizeCorpus(texts, new ScannedTexts(texts));
    const rescans = vi.spyOn(shared.written, 'scan');
    const terms = emergingTerms(mixed, shared);
    expect(terms.map((t) => t.term)).toContain('covoiturages jeunes');
    expect(terms).toEqual(emergingTerms(mixed));
    expect(terms).toEqual(emergingTerms(mixed, tokenizeCorpus(texts)));
    // Only the two texts whose NFC reads differently are read again.
    expect(rescans).toHaveBeenCalledTimes(2);
  });

  it('suggests content words and phrases: no number word, adverb, judging adjective or idle verb', () => {
    // The reader review of the demo: « surtout », « changé trois », « important » are not themes.
    const said = [
      'Mon conseiller a changé trois fois.',
      'De la rapidité, surtout le lundi matin.',
      'Le questionnaire est un peu long, mais c’est important',
      'La double saisie vraiment compliquée',
      'Ma conseillère sait déjà tout, elle est disponible',
      'Le tableau de bord, surtout, est important',
    ];
    const texts = said.flatMap((text) => [text, text, text]);
    const terms = emergingTerms([
      ...texts.map((text) => item({ themes: ['autres'], text })),
      ...Array.from({ length: 30 }, (_, i) => item({ themes: ['agenda'], text: `Les jeunes oublient leurs rendez-vous numéro ${i}` })),
    ]).map((t) => t.term);
    for (const word of ['surtout', 'trois', 'important', 'long', 'compliquée', 'vraiment', 'sait', 'disponible']) {
      expect(terms.filter((term) => term.split(' ').includes(word))).toEqual([]);
    }
    expect(terms).toEqual(expect.arrayContaining(['double saisie', 'tableau bord', 'conseiller changé', 'lundi matin']));
    // A left-out word ends a pair: « rapidité, surtout le lundi » makes no « rapidité lundi ».
    expect(terms).not.toContain('rapidité lundi');
  });
});
