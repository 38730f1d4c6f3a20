import { describe, expect, it } from 'vitest';
import { codes, only, parse } from './helpers.ts';

describe('scales', () => {
  it('counts Likert answers per value (all five shown) and blanks', () => {
    const result = parse('Commentaire;Satisfaction (1 à 5)\na;5\nb;4\nc;\nd;5\ne;1\n');
    expect(result.scales).toHaveLength(1);
    expect(result.scales[0]).toMatchObject({ question: 'Satisfaction (1 à 5)', counts: { '1': 1, '2': 0, '3': 0, '4': 1, '5': 2 }, blank: 1 });
    expect(Object.keys(result.scales[0]?.counts ?? {})).toEqual(['1', '2', '3', '4', '5']);
  });

  it('counts oui/non with case and accents forgiven, and detects them without sidecar', () => {
    const result = parse('Commentaire;Utilisez-vous l’agenda ?\na;Oui\nb;NON\nc;oui\n');
    expect(result.scales[0]?.counts).toEqual({ non: 1, oui: 2 });
    expect(result.items.map((i) => i.text)).toEqual(['a', 'b', 'c']);
  });

  it('does not take a text column whose answers start with oui for a scale', () => {
    const result = parse('Commentaire;Avez-vous des remarques ?\na;Oui, plus de formation\nb;Non\n');
    expect(result.scales).toEqual([]);
    expect(result.items.map((i) => i.text)).toEqual(['a', 'Oui, plus de formation', 'b', 'Non']);
  });

  it('accepts labelled values in a declared scale and reports values out of the scale once per column', () => {
    const csv = 'Commentaire;Satisfaction\na;4 - Plutôt satisfait\nb;7\nc;très bien\nd;2\ne;8\n';
    const result = parse(csv, 'colonnes:\n  textes: [Commentaire]\n  echelles: [Satisfaction]\n');
    expect(result.scales[0]?.counts).toEqual({ '1': 0, '2': 1, '3': 0, '4': 1, '5': 0 });
    expect(codes(result.diagnostics)).toEqual(['valeur-hors-echelle@3']);
    const d = only(result.diagnostics, 'valeur-hors-echelle');
    expect(d.message).toContain('3 réponses');
    expect(d.column).toBe(2);
  });

  it('leaves identifier columns alone even when their values look like 1 to 5', () => {
    const result = parse('id;Commentaire\n1;a\n2;b\n3;c\n');
    expect(result.scales).toEqual([]);
  });
});
