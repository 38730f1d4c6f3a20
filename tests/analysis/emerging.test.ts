import { describe, expect, it, vi } from 'vitest';
import { emergingTerms, TOP_EMERGING } from '../../src/pipeline/analysis/emerging.ts';
import { withoutEchoes, type Scored } from '../../src/pipeline/analysis/emerging-rank.ts';
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

  const background = Array.from({ length: 30 }, (_, i) => item({ themes: ['agenda'], text: `Les jeunes oublient leurs rendez-vous numéro ${i}` }));
  const emerging = (said: readonly string[], times = 3) =>
    emergingTerms([...said.flatMap((text) => Array.from({ length: times }, () => item({ themes: ['autres'], text }))), ...background]);

  it('makes no pair across a clause: punctuation, a conjunction, a relative or a preposition of time', () => {
    // The reader review of the demo: « régulier motive », « numéro perd », « contact mois » joined two phrases.
    const said = [
      'Le suivi régulier, ça me motive.',
      'Les élèves changent de téléphone et on perd le contact',
      'Des alertes sur les élèves sans suivi depuis un mois',
      'Un tuteur qui explique la démarche',
      'Le permis de conduire (trop cher) pour la mobilité',
    ];
    const terms = emerging(said).map((t) => t.term);
    for (const pair of ['régulier motive', 'téléphone perd', 'suivi mois', 'tuteur explique', 'conduire cher', 'cher mobilité']) {
      expect(terms).not.toContain(pair);
    }
    // Pairs within a clause, across prepositions and articles, stay.
    expect(terms).toEqual(expect.arrayContaining(['suivi régulier', 'perd contact', 'changent téléphone', 'permis conduire', 'alertes élèves']));
  });

  it('shows a lone word mostly said in one pair as that pair, and keeps a word said in many', () => {
    const terms = emerging([
      // « nationale » is in « éducation nationale » in 4 of its 5 items (80 %): the pair stands in for it.
      'Éducation nationale en difficulté',
      'Éducation nationale sans moyens',
      'Éducation nationale à réformer',
      'Éducation nationale trop lointaine',
      'Loterie nationale',
      // « transport » is in « transport scolaire » in 2 of its 4 items, « transport rural » in 2: it stays.
      'Transport scolaire insuffisant',
      'Transport scolaire coûteux',
      'Transport rural absent',
      'Transport rural rare',
    ]);
    const names = terms.map((t) => t.term);
    expect(names).not.toContain('nationale');
    expect(names).toContain('éducation nationale');
    expect(names).toContain('transport');
    // Shown best score first, whatever was pulled in.
    const scores = terms.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('pulls in the pair standing in for a lone word even when it ranks below those shown', () => {
    const scored = (term: number, stems: number[], count: number, score: number): Scored => ({
      term,
      stems,
      count,
      score,
      text: stems.map((stem) => `s${String(stem).padStart(2, '0')}`).join(' '),
    });
    const words = Array.from({ length: TOP_EMERGING + 5 }, (_, n) => scored(n, [n], 10, 50 - n));
    const pair = scored(100, [3, 99], 8, 1); // holds 8 of the 10 items of word 3, ranked last
    const standIn = (word: Scored) => (word.stems[0] === 3 ? pair : null);
    const kept = withoutEchoes([...words, pair], standIn);
    expect(kept.map((k) => k.term)).not.toContain(3);
    expect(kept.map((k) => k.term)).toContain(100);
    expect(kept).toHaveLength(TOP_EMERGING);
    expect(kept.at(-1)).toBe(pair);
    // Without a stand-in, the word is shown and its pair, ranked too low, is not.
    expect(withoutEchoes([...words, pair]).map((k) => k.term)).toEqual(words.slice(0, TOP_EMERGING).map((w) => w.term));
  });
});
