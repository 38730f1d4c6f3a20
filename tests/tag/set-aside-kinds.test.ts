/**
 * What the non-answer warning says: its examples are the answers set aside most often, and the short
 * answers to a mixed question that name without a judgement are counted and worded apart from « RAS ».
 * Also the answers a pointer or someone else's ignorance used to set aside (meaning.ts).
 */
import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/pipeline/model.ts';
import { tagItems, tagText } from '../../src/pipeline/tag/index.ts';
import { frequentTexts } from '../../src/pipeline/tag/frequent-texts.ts';
import { surveyAnswer } from '../support/raw-item.ts';

const MIXED = 'Si vous avez été amené à préparer votre retraite, pouvez-vous indiquer les éléments de satisfaction et/ou les difficultés rencontrées ?';
let line = 1;
function answer(text: string, question = MIXED): RawItem {
  line++;
  return surveyAnswer(text, question, { id: `r${line}`, source: { file: 'data/enquetes/retraite.csv', line, column: 2, row: line - 1, field: 'commentaire' } });
}

describe('the non-answer warning', () => {
  it('quotes the answers set aside most often, with their counts, not the first ones in the file', () => {
    const texts = ['Je ne sais pas', 'Sans objet', ...Array(5).fill('Non concerné'), 'non concerné.', ...Array(3).fill('RAS'), 'Ras !'];
    const [warning] = tagItems(texts.map((t) => answer(t, 'Vos remarques'))).diagnostics;
    expect(warning?.message).toBe('12 non-réponses écartées dans « Vos remarques » (RAS, sans objet, non concerné…) : « Non concerné » (6 fois), « RAS » (4 fois), « Je ne sais pas ».');
  });

  it('says apart, with its own count, the answers to a mixed question that name without a judgement read', () => {
    const { rejected, unjudged, diagnostics } = tagItems(['RAS', 'Non concerné', 'La caisse de retraite', 'La caisse de retraite', 'RAS'].map((t) => answer(t)));
    // Set aside for a reason of their own, that the bilan counts apart.
    expect(rejected.map((item) => item.text)).toEqual(['RAS', 'Non concerné', 'RAS']);
    expect(unjudged.map((item) => item.text)).toEqual(['La caisse de retraite', 'La caisse de retraite']);
    expect(diagnostics.map((d) => [d.code, d.message.split(' : ')[0]])).toEqual([
      ['non-reponses-ecartees', `3 non-réponses écartées dans « ${MIXED.slice(0, 59)}… » (RAS, sans objet, non concerné…)`],
      ['sans-jugement-lisible', `2 réponses écartées dans « ${MIXED.slice(0, 59)}… » faute d’avis lu (elles nomment sans dire ce qui va ou ne va pas)`],
    ]);
    expect(diagnostics[1]?.message).toContain('« La caisse de retraite » (2 fois)');
    expect(diagnostics[1]?.hint).toContain('tag: broken');
    expect(tagText('La caisse de retraite', MIXED)).toMatchObject({ none: true, unjudged: true });
    expect(tagText('RAS', MIXED).unjudged).toBeUndefined();
  });

  it('folds case, spaces and closing punctuation when counting, and keeps ties in order of appearance', () => {
    expect(frequentTexts(['Néant', 'RAS', 'ras.', ' RAS ! ', 'néant', 'NC'], 2)).toEqual([
      { text: 'RAS', count: 3 },
      { text: 'Néant', count: 2 },
    ]);
  });
});

describe('answers that hold a non-answer phrase and still answer', () => {
  it('keeps an answer written before a pointer to an earlier one', () => {
    for (const text of ['Guichet unique de liaison (voir ci-dessus)', 'Caisse d’allocations : délais énormes (voir plus haut)']) {
      expect(tagText(text, 'Comment l’État peut-il mieux répondre ?').none).toBe(false);
    }
    // A pointer alone, or with words that only point, still answers nothing.
    for (const text of ['Voir ci-dessus', 'J’ai déjà répondu plus haut.', 'Même réponse qu’à la question précédente.']) {
      expect(tagText(text, 'Comment l’État peut-il mieux répondre ?').none).toBe(true);
    }
  });

  it('reads « X ne connais pas … » as a complaint about X, « je ne connais pas » as a non-answer', () => {
    const read = tagText('Pole emploi ne connais pas les entreprises du territoire', MIXED);
    expect(read.none).toBe(false);
    expect(read.tags).toContain('broken');
    for (const text of ['Je ne connais pas le sujet', 'ne sais pas', 'Retraité, ne sais pas', 'Personnellement ne sais pas']) expect(tagText(text, MIXED).none).toBe(true);
  });
});
