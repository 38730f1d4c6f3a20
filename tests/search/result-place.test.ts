/** A result's link names where the answer comes from, for screen readers: identical answers no longer share a name. */
import { describe, expect, it } from 'vitest';
import { resultPlace } from '../../src/search/result-place.ts';

describe('resultPlace', () => {
  it('gives a survey answer’s number, a workshop note’s session and line', () => {
    expect(resultPlace('Questionnaire conseillers et équipes 2026 — ligne 157 (réponse n° 112), colonne « Ce qui fonctionne bien »')).toBe(', réponse n° 112');
    expect(resultPlace('Questionnaire conseillers et équipes 2026 — ligne 95 (réponse n° 66), colonne de la question')).toBe(', réponse n° 66');
    expect(resultPlace('Atelier de Rennes — ligne 12')).toBe(', Atelier de Rennes, ligne 12');
    expect(resultPlace('Atelier de Rennes\u00a0— ligne\u00a012 (réponse n°\u202f3)')).toBe(', réponse n° 3');
  });

  it('keeps a source of another shape whole', () => {
    expect(resultPlace('content/ateliers/x.md')).toBe(', content/ateliers/x.md');
    expect(resultPlace('')).toBe('');
  });
});
