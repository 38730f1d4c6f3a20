import { describe, expect, it } from 'vitest';
import { excerpt, highlight } from '../../src/search/highlight.ts';
import { indexTerm } from '../../src/search/french.ts';

const matcher = (terms: string[]) => {
  const set = new Set(terms);
  return (word: string) => set.has(indexTerm(word));
};

describe('highlighting', () => {
  it('marks every form of a matched term, accents and case included', () => {
    const segments = highlight("Les Données et les donnees d'accueil.", matcher(['donne']));
    expect(segments).toEqual([
      { text: 'Les ', mark: false },
      { text: 'Données', mark: true },
      { text: ' et les ', mark: false },
      { text: 'donnees', mark: true },
      { text: " d'accueil.", mark: false },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe("Les Données et les donnees d'accueil.");
  });

  it('keeps markup-looking text as text (the client builds text nodes from segments)', () => {
    const text = '<img src=x onerror=alert(1)> saisie';
    const segments = highlight(text, matcher(['sais']));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['saisie']);
  });

  it('cuts long texts around the first match, at spaces', () => {
    const long = `${'début '.repeat(80)}la saisie des entretiens ${'fin '.repeat(80)}`;
    const cut = excerpt(long, matcher(['sais']), 120);
    expect(cut.length).toBeLessThanOrEqual(124);
    expect(cut).toContain('saisie');
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut.endsWith(' …')).toBe(true);
    expect(excerpt('court', matcher([]), 120)).toBe('court');
  });
});
