/**
 * The filters while the texts holding some of the words are listed (no result): named « textes », as the
 * status and the list's heading name them, not results.
 */
import { describe, expect, it } from 'vitest';
import { PARTIAL_FILTERS_TITLE, PARTIAL_NOUN } from '../../src/search/partial-text.ts';
import { jumpLabel } from '../../src/search/reveal.ts';

describe('the filters over texts with some of the words', () => {
  it('« Voir les N textes » below them on a phone', () => {
    expect(jumpLabel(28, PARTIAL_NOUN)).toBe('Voir les 28 textes');
    expect(jumpLabel(1648, PARTIAL_NOUN)).toBe('Voir les 1\u202f648 textes');
    expect(jumpLabel(1, PARTIAL_NOUN)).toBe('Voir le texte');
    expect(jumpLabel(0, PARTIAL_NOUN)).toBe('Voir la liste\u00a0: aucun texte');
  });

  it('their heading names no result', () => {
    expect(PARTIAL_FILTERS_TITLE).not.toMatch(/résultat/);
    expect(PARTIAL_FILTERS_TITLE).toMatch(/textes/);
  });
});
