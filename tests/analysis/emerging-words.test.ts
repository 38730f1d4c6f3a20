import { describe, expect, it } from 'vitest';
import { canNameTheme } from '../../src/pipeline/analysis/emerging-words.ts';

describe('words that can name an emerging theme', () => {
  it('leaves out number words and numbers with an ordinal or a unit', () => {
    for (const word of ['deux', 'trois', 'vingt', 'cent', 'premiere', 'troisieme', 'vingtiemes', 'dizaine', '3e', '2eme', '15h', '30km']) {
      expect(canNameTheme(word), word).toBe(false);
    }
    // « 5g » (the network) and words that only start like a number word stay.
    for (const word of ['5g', 'troisiemement', 'centre', 'septembre']) expect(canNameTheme(word), word).toBe(true);
  });

  it('leaves out adverbs, listed or by a -ment ending nouns do not share', () => {
    for (const word of ['surtout', 'beaucoup', 'plutot', 'assez', 'vraiment', 'heureusement', 'effectivement', 'uniquement', 'entierement', 'completement', 'totalement', 'actuellement', 'seulement', 'facilement', 'notamment', 'evidemment', 'quotidiennement']) {
      expect(canNameTheme(word), word).toBe(false);
    }
    for (const word of ['paiement', 'logement', 'changement', 'accompagnement', 'renouvellement', 'nivellement', 'signalement', 'deroulement', 'reglement', 'etablissement', 'environnement', 'evenement', 'document', 'departement']) {
      expect(canNameTheme(word), word).toBe(true);
    }
  });

  it('leaves out generic judging adjectives, from the tagger’s lexicons and beyond, but not describing ones', () => {
    for (const word of ['important', 'bon', 'bonne', 'mauvais', 'simple', 'complique', 'compliquee', 'difficile', 'facile', 'necessaire', 'possible', 'meilleur', 'meilleures', 'long', 'longue', 'disponibles', 'efficace']) {
      expect(canNameTheme(word), word).toBe(false);
    }
    // Weakly judging in the lexicon, they also classify: « formation professionnelle », « contact humain ».
    for (const word of ['professionnelle', 'humain', 'gratuits', 'saisie', 'double', 'tableau', 'bord', 'rendez']) expect(canNameTheme(word), word).toBe(true);
  });

  it('leaves out verbs that name no activity, not nouns sharing a form with a verb', () => {
    for (const word of ['sait', 'dit', 'habite', 'parle', 'aimerait', 'veulent']) expect(canNameTheme(word), word).toBe(false);
    for (const word of ['permis', 'mise', 'donnees', 'saisir', 'remplir', 'payer', 'attendre']) expect(canNameTheme(word), word).toBe(true);
  });
});
