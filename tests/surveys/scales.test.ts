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

  it('reads a declared 0–10 scale, every value shown in order, and reports values outside it', () => {
    const csv = 'Commentaire;Note\na;0\nb;10\nc;7 - bien\nd;11\ne;oui\n';
    const result = parse(csv, 'colonnes:\n  textes: [Commentaire]\n  echelles:\n    - { colonne: Note, min: 0, max: 10 }\n');
    const counts = result.scales[0]?.counts ?? {};
    expect(Object.keys(counts)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect([counts['0'], counts['7'], counts['10']]).toEqual([1, 1, 1]);
    const d = only(result.diagnostics, 'valeur-hors-echelle');
    expect(d.message).toContain('2 réponses');
    expect(d.message).toContain('hors de l’échelle 0 à 10');
    expect(d.hint).toContain('de 0 à 10');
  });

  it('accepts the map form and a bound alone (max only: from 1)', () => {
    const csv = 'Commentaire;Note sur 8;Satisfaction\na;0;1\nb;8;10\n';
    const result = parse(csv, 'colonnes:\n  textes: [Commentaire]\n  echelles:\n    Note sur 8: { min: 0, max: 8 }\n    Satisfaction: { max: 10 }\n');
    expect(result.diagnostics).toEqual([]);
    expect(result.scales.map((s) => [s.question, Object.keys(s.counts).length])).toEqual([['Note sur 8', 9], ['Satisfaction', 10]]);
    // An empty entry of the map is the usual 1–5 or oui/non.
    const plain = parse('Commentaire;Note\na;4\n', 'colonnes:\n  textes: [Commentaire]\n  echelles:\n    Note:\n');
    expect(plain.scales[0]?.counts).toEqual({ '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 });
  });

  it('proposes the range of a 1–5 scale answered 0 to 8', () => {
    const result = parse('Commentaire;Note\na;0\nb;8\nc;3\n', 'colonnes:\n  textes: [Commentaire]\n  echelles: [Note]\n');
    const d = only(result.diagnostics, 'valeur-hors-echelle');
    expect(d.message).toContain('hors de l’échelle 1 à 5');
    expect(d.hint).toContain('echelles: [{ colonne: "Note", min: 0, max: 8 }]');
  });

  it('blocks on a range that cannot be, at its line', () => {
    const yml = (entry: string) => `colonnes:\n  textes: [Commentaire]\n  echelles:\n    - ${entry}\n`;
    const reversed = parse('Commentaire;Note\na;1\n', yml('{ colonne: Note, min: 5, max: 5 }'));
    expect(codes(reversed.diagnostics)).toEqual(['parametre-enquete-invalide@4']);
    expect(reversed.diagnostics[0]?.message).toContain('plus grand que min');
    const wide = parse('Commentaire;Note\na;1\n', yml('{ colonne: Note, min: 0, max: 100 }'));
    expect(wide.diagnostics[0]?.message).toContain('au plus 21 valeurs');
    const decimal = parse('Commentaire;Note\na;1\n', yml('{ colonne: Note, max: 7.5 }'));
    expect(codes(decimal.diagnostics)).toEqual(['parametre-enquete-invalide@4']);
    expect(decimal.diagnostics[0]?.hint).toContain('nombres entiers');
    const typo = parse('Commentaire;Note\na;1\n', yml('{ colonne: Note, maximum: 10 }'));
    expect(codes(typo.diagnostics)).toEqual(['cle-inconnue@4']);
    expect(typo.diagnostics[0]?.hint).toContain('colonne, min, max');
    const inMap = parse('Commentaire;Note\na;1\n', 'colonnes:\n  textes: [Commentaire]\n  echelles:\n    Note:\n      min: -1\n');
    expect(codes(inMap.diagnostics)).toEqual(['parametre-enquete-invalide@5']);
  });
});
