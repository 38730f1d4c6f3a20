/**
 * What « Copier la citation » copies from a search result or an explorer row, and its name: the pages' words
 * (src/site/citation.ts, item-place.ts `itemPlace`) from a document's display data. The e2e test
 * (tests/e2e/search-citation.test.ts) compares them with a session page's in the browser.
 */
import { describe, expect, it } from 'vitest';
import { docCitation, docPlace, wholeCitation } from '../../src/search/citation-button.ts';
import { elementPlace } from '../../src/search/doc-source.ts';

const answer = {
  text: 'Les délais,\nsurtout',
  source: 'Questionnaire jeunes 2026 · réponse n° 2 · Jeunes · Bretagne',
  survey: true,
  question: { label: 'Question', text: 'Ce qui vous gêne au quotidien' },
  place: { session: 'Questionnaire jeunes 2026', line: 3, answer: 2, element: elementPlace(2, 3) },
};

describe('a document’s citation', () => {
  it('quotes a survey answer’s whole text with the question it answers, then the link', () => {
    expect(docCitation(answer, 'https://exemple.fr/sessions/s/#e-1')).toBe(
      '“Les délais, surtout” — Questionnaire jeunes 2026 · réponse n° 2 · Jeunes · Bretagne (question : « Ce qui vous gêne au quotidien »), https://exemple.fr/sessions/s/#e-1',
    );
  });

  it('says no question for a note’s item, whose heading is not one (as its pages)', () => {
    const note = { ...answer, source: 'Atelier de Rennes, 1er octobre 2026 · ligne 12', survey: false, question: { label: 'Rubrique', text: 'Agenda' } };
    expect(docCitation(note, 'https://exemple.fr/sessions/r/#e-2')).toBe('“Les délais, surtout” — Atelier de Rennes, 1er octobre 2026 · ligne 12, https://exemple.fr/sessions/r/#e-2');
  });

  it('names its button by the answer or line and, among several items, its rank, as the pages do', () => {
    expect(docPlace(answer)).toBe('réponse n° 2, élément 2 sur 3');
    expect(docPlace({ place: { session: 'Atelier de Rennes', line: 12, answer: null, element: elementPlace(1, 1) } })).toBe('ligne 12');
  });
});

describe('the citation of a text shown cut (longer than the index displays)', () => {
  const cut = { ...answer, doc: 7, text: 'Les délais, surtout […]', cut: true };
  const link = 'https://exemple.fr/sessions/s/#e-1';

  it('quotes its whole text, fetched for it', async () => {
    const asked: number[] = [];
    const citation = await wholeCitation(cut, link, async (doc) => (asked.push(doc), 'Les délais, surtout ceux des rendez-vous'));
    expect(asked).toEqual([7]);
    expect(citation).toBe(docCitation({ ...answer, text: 'Les délais, surtout ceux des rendez-vous' }, link));
  });

  it('quotes the cut text, its cut marked « […] », when the whole one cannot be had', async () => {
    expect(await wholeCitation(cut, link, () => Promise.reject(new Error('hors ligne')))).toBe(docCitation(cut, link));
    expect(await wholeCitation(cut, link, async () => undefined)).toContain('“Les délais, surtout […]”');
  });

  it('quotes a whole text as shown, fetching nothing', async () => {
    const whole = { ...cut, cut: false };
    expect(await wholeCitation(whole, link, () => Promise.reject(new Error('jamais demandé')))).toBe(docCitation(whole, link));
  });
});
