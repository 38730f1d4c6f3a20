/**
 * Answers that open with a non-answer and go on with a real one (after-non-answer.ts), the words the
 * lexicon did not read (« simplement », « bien été conseillé », « ignoble », « aucun pb ») and the
 * non-answers typed as heard (« non concerner », « ne se prononce pas »): kept when they answer, set
 * aside, as non-answers and not as answers without a judgement, when they do not.
 */
import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/pipeline/model.ts';
import { tagItems, tagText } from '../../src/pipeline/tag/index.ts';
import { surveyAnswer } from '../support/raw-item.ts';

const MIXED = 'Si vous avez été amené à préparer votre retraite, pouvez-vous indiquer les éléments de satisfaction et/ou les difficultés rencontrées ?';
const WISHED = 'Quels nouveaux services ou quelles démarches souhaitez-vous voir développées sur Internet en priorité ?';
const EVOLVE = 'Quels sont les services publics qui doivent le plus évoluer selon vous ?';

const answer = (text: string, question: string): RawItem => surveyAnswer(text, question);

describe('a non-answer followed by an answer', () => {
  it('keeps the answer after « RAS, », « Non concerné : », « Je ne sais pas, », tagged from what follows', () => {
    expect(tagText('RAS, tout s’est fait très simplement avec la caisse', MIXED)).toMatchObject({ none: false, tags: ['working'] });
    expect(tagText('Non, RAS, le site est très bien fait', MIXED)).toMatchObject({ none: false, tags: ['working'] });
    expect(tagText('Non concerné : mais les délais de la CAF sont inadmissibles', MIXED)).toMatchObject({ none: false, tags: ['broken'] });
    expect(tagText('Je ne sais pas, peut-être en regroupant les services au lieu de les supprimer.', WISHED)).toMatchObject({ none: false, tags: ['needs'] });
  });

  it('publishes the whole text as written, the non-answer included', () => {
    const text = 'Sans objet : l’accueil de la mairie est ignoble';
    const { items, rejected } = tagItems([answer(text, MIXED)]);
    expect(rejected).toEqual([]);
    expect(items.map((item) => [item.text, item.tag])).toEqual([[text, 'broken']]);
  });

  it('sets aside the reason one is not concerned, a rest joined without punctuation and a one-word rest', () => {
    for (const text of [
      'Non concerné car je n’ai pas d’enfants',
      'Non concerné : je suis retraité',
      'Sans objet, il y a trop longtemps',
      'Je ne sais pas, je ne suis pas qualifié pour répondre à cette question.',
      'Non concerné, frontalier.',
      'RAS car je travaillais pour une grande entreprise qui avait des experts',
    ]) {
      expect(tagText(text, MIXED).none, text).toBe(true);
    }
  });
});

describe('words the lexicon reads now', () => {
  it('reads « très simplement », « bien été conseillé », « ignoble » and « pb »', () => {
    expect(tagText('Tout s’est fait très simplement', MIXED).tags).toEqual(['working']);
    expect(tagText('J’ai bien été conseillé par la CARSAT', MIXED).tags).toEqual(['working']);
    expect(tagText('Tout se passe par internet : ignoble.', MIXED).tags).toEqual(['broken']);
    for (const text of ['aucun pb', 'Pas de pbs', 'Je suis retraité et je n’ai rencontré aucun pb']) expect(tagText(text, MIXED).tags, text).toEqual(['working']);
    expect(tagText('Encore un pb de connexion sur le site', MIXED).tags).toEqual(['broken']);
  });

  it('leaves « simplement » meaning « merely » unread', () => {
    expect(tagText('Il faut simplement un guichet unique', EVOLVE).tags).toEqual(['needs']);
    expect(tagText('Il suffit simplement de remplir le formulaire', MIXED).tags).not.toContain('working');
  });
});

describe('non-answers typed as heard', () => {
  it('sets aside « Non concerner », « ne se prononce pas » as non-answers under every question', () => {
    for (const text of ['Non concerner', 'pas concerner', 'ne se prononce pas', 'Ne se prononce pas.', 'non concerné(e), ne se prononce pas']) {
      for (const question of [MIXED, WISHED, EVOLVE]) {
        const read = tagText(text, question);
        expect(read.none, `${text} / ${question}`).toBe(true);
        expect(read.unjudged, `${text} / ${question}`).toBeUndefined();
      }
    }
    const [warning] = tagItems(['Non concerner', 'ne se prononce pas'].map((text) => answer(text, MIXED))).diagnostics;
    expect(warning?.message).toContain('non-réponses écartées');
  });

  it('reads someone else who « ne se prononce pas » as a complaint', () => {
    expect(tagText('La mairie ne se prononce pas sur mon dossier depuis six mois', MIXED)).toMatchObject({ none: false, tags: ['broken'] });
    expect(tagText('Je ne me prononce pas', MIXED).none).toBe(true);
  });
});
