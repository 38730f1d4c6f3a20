/** A result's link names where the answer comes from, for screen readers: identical answers no longer share a name. */
import { describe, expect, it } from 'vitest';
import { resultPlace, rowPlace } from '../../src/search/result-place.ts';

describe('resultPlace', () => {
  it('gives a survey answer’s number, a workshop note’s session and line', () => {
    expect(resultPlace({ session: 'Questionnaire conseillers et équipes 2026', line: 157, answer: 112, element: '' })).toBe(', réponse n° 112');
    expect(resultPlace({ session: 'Atelier de Rennes, 18 novembre 2026', line: 12, answer: null, element: '' })).toBe(', Atelier de Rennes, 18 novembre 2026, ligne 12');
  });

  it('tells apart the items of one answer, as their pages do', () => {
    expect(resultPlace({ session: 'Questionnaire jeunes 2026', line: 84, answer: 57, element: 'élément 2 sur 3' })).toBe(', réponse n° 57, élément 2 sur 3');
    expect(rowPlace({ session: 'Questionnaire jeunes 2026', line: 84, answer: 57, element: 'élément 2 sur 3' })).toBe(', élément 2 sur 3');
    expect(rowPlace({ session: 'Questionnaire jeunes 2026', line: 84, answer: 58, element: '' })).toBe('');
  });

  it('gives the line alone when the session has no title', () => {
    expect(resultPlace({ session: '', line: 3, answer: null, element: '' })).toBe(', ligne 3');
  });
});
