/**
 * A chart canvas's leading figure (chart-lead.ts) and the places that tell an item's links apart
 * (item-place.ts): what a screen reader hears instead of a title said twice or 61 identical links.
 */
import { describe, expect, it } from 'vitest';
import { chartLead } from '../../src/site/chart-lead.ts';
import { itemPlace, permalinkPlace } from '../../src/site/item-place.ts';

const spec = (values: number[][], unit: 'items' | 'percent' = 'items') => ({
  categories: values[0]!.map((_, i) => ({ key: `k${i}`, label: ['Saisie et ergonomie', 'Lenteurs', 'Aides', 'Agenda', 'Dossier'][i] ?? `c${i}` })),
  series: values.map((v, i) => ({ key: `s${i}`, label: `S${i}`, values: v })),
  unit,
});

describe('chartLead', () => {
  it('names the longest bar, stacked series added up', () => {
    expect(chartLead(spec([[120, 40], [279, 10]]))).toBe('Saisie et ergonomie en tête : 399 éléments');
    expect(chartLead(spec([[1, 3]]))).toBe('Lenteurs en tête : 3 éléments');
  });

  it('says a tie, a percentage, the noun counted, and nothing for an empty chart', () => {
    expect(chartLead(spec([[5, 5, 2]]))).toBe('Saisie et ergonomie et Lenteurs à égalité en tête : 5 éléments');
    expect(chartLead(spec([[2, 2, 2, 2, 2]]))).toBe('Saisie et ergonomie, Lenteurs, Aides et 2 autres à égalité en tête : 2 éléments');
    expect(chartLead(spec([[0.5, 0.85]], 'percent'))?.replace(/[\u00a0\u202f]/g, ' ')).toBe('Lenteurs en tête : 85 %');
    expect(chartLead({ ...spec([[1, 0]]), valueNoun: ['réponse', 'réponses'] })).toBe('Saisie et ergonomie en tête : 1 réponse');
    expect(chartLead(spec([[0, 0]]))).toBeNull();
  });
});

describe('itemPlace and permalinkPlace', () => {
  const file = 'data/enquetes/questionnaire.csv';
  const items = [
    { id: 'a', source: { file, line: 3, column: 4, row: 2, field: 'Vos attentes' } },
    { id: 'b', source: { file, line: 3, column: 2, row: 2, field: 'Ce qui vous gêne' } },
    { id: 'c', source: { file, line: 9, column: 2, row: 7, field: 'Ce qui vous gêne' } },
    { id: 'd', source: { file: 'notes/atelier.md', line: 12, column: 1 } },
  ];
  const byId = (id: string) => items.find((item) => item.id === id)!;

  it('gives the answer, and which of its items, without the file', () => {
    expect(itemPlace(items, byId('b'))).toBe('réponse n° 2, élément 1 sur 2');
    expect(itemPlace(items, byId('a'))).toBe('réponse n° 2, élément 2 sur 2');
    expect(itemPlace(items, byId('c'))).toBe('réponse n° 7');
    expect(itemPlace(items, byId('d'))).toBe('ligne 12');
  });

  it('names the question a permalink’s answer answers, or the column', () => {
    expect(permalinkPlace(items, byId('c'), { kind: 'question', text: 'Ce qui vous gêne' })).toBe('réponse n° 7, question « Ce qui vous gêne »');
    expect(permalinkPlace(items, byId('c'), null)).toBe('réponse n° 7, colonne « Ce qui vous gêne »');
    expect(permalinkPlace(items, byId('d'), null)).toBe('ligne 12');
    expect(permalinkPlace(items, byId('a'), null)).not.toContain('data/');
  });
});
