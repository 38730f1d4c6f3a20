import { describe, expect, it } from 'vitest';
import { exactHeadingTag, headingTag } from '../../src/pipeline/ingest/notes/sections.ts';

describe('section headings → tag', () => {
  it.each([
    ['Ce qui fonctionne', 'working'],
    ['CE QUI FONCTIONNE', 'working'],
    ['Ce qui fonctionne bien :', 'working'],
    ['Points forts', 'working'],
    ['Ce qui marche', 'working'],
    ['Réussites', 'working'],
    ['reussites', 'working'],
    ['Les points forts du SI', 'working'],
    ['Ce qu’on apprécie', 'working'],
    ['1. Ce qui fonctionne', 'working'],
    ['A) Points positifs', 'working'],
    ['Ce qui dysfonctionne', 'broken'],
    ['Difficultés', 'broken'],
    ['DIFFICULTES RENCONTREES', 'broken'],
    ['Irritants', 'broken'],
    ['Ce qui ne fonctionne pas', 'broken'],
    ['Ce qui fonctionne mal', 'broken'],
    ['Ce qui fonctionne moins bien', 'broken'],
    ['Points faibles', 'broken'],
    ['Freins', 'broken'],
    ['II – Ce qui ne marche pas', 'broken'],
    ['Besoins et attentes', 'needs'],
    ['Besoins', 'needs'],
    ['Attentes', 'needs'],
    ['Propositions', 'needs'],
    ['Idées', 'needs'],
    ['Souhaits', 'needs'],
    ['Nos idées pour demain', 'needs'],
    ['Pistes d’amélioration', 'needs'],
    // A sign for « plus » or « moins » after at most one word.
    ['Les +', 'working'],
    ['Les plus', 'working'],
    ['Points +', 'working'],
    ['(+)', 'working'],
    ['Les + :', 'working'],
    ['Les -', 'broken'],
    ['Les moins', 'broken'],
    ['Points −', 'broken'],
    ['Ce qui ne fonctionne', 'broken'],
    ['Ce qui fonctionne - accueil', 'working'],
    // The word that numbers the workshop's steps, then the number and a separator.
    ['Partie 2 : Besoins et attentes', 'needs'],
    ['Temps 2 : Besoins et attentes', 'needs'],
    ['Partie 1 – Ce qui fonctionne', 'working'],
    ['Partie II - Ce qui dysfonctionne', 'broken'],
    ['Étape 3. Propositions', 'needs'],
    ['2e partie : Irritants', 'broken'],
    ['Première partie : Points forts', 'working'],
  ])('%j → %s', (heading, tag) => {
    expect(headingTag(heading)).toBe(tag);
  });

  it.each([
    'État des lieux',
    'Introduction',
    'Atelier de Saintes',
    'Divers',
    'Ce qui fonctionne / ce qui dysfonctionne',
    'Les plus et les moins',
    'Les',
    'Accueil - Ce qui fonctionne',
    'Fonctionnement',
    'Temps de parole',
    'Partie 2',
    'Fonctionnalités du SI',
    '',
  ])('%j is context (no tag)', (heading) => {
    expect(headingTag(heading)).toBeNull();
  });
});

describe('headings in the other number', () => {
  it.each([
    ['Besoin et attente', 'needs'],
    ['Besoins et attente', 'needs'],
    ['Besoin et attente du SI', 'needs'],
    ['Point faibles', 'broken'],
    ['Difficulté rencontrée', 'broken'],
    ['Piste d’améliorations', 'needs'],
    ['Point positif', 'working'],
  ] as const)('%j → %s (not read before)', (heading, tag) => {
    expect(headingTag(heading)).toBe(tag);
  });

  it('reads a singular section name written as a line of text too', () => {
    expect(exactHeadingTag('Besoin et attente :')).toBe('needs');
    expect(exactHeadingTag('Besoin et attente du SI')).toBeNull();
  });

  it('leaves a single word to the suggestions: « Idée » or « Demande » heads a column of items as often', () => {
    expect(headingTag('Idée')).toBeNull();
    expect(headingTag('Demande')).toBeNull();
  });
});

