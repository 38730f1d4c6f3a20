import { describe, expect, it } from 'vitest';
import { splitStatements } from '../../src/pipeline/tag/segment.ts';

const texts = (text: string) => splitStatements(text).map((piece) => piece.text);

describe('splitStatements', () => {
  it('cuts a numbered list before each number, which belongs to neither statement', () => {
    expect(texts('Trois priorités :\n1. la fin de la double saisie\n2. un agenda partagé')).toEqual([
      'Trois priorités :',
      'la fin de la double saisie',
      'un agenda partagé',
    ]);
    expect(texts('1. Santé 2. Éducation 3. Justice')).toEqual(['Santé', 'Éducation', 'Justice']);
    expect(texts('Impossible pour un couple (même territoire). 2. Impossible de faire la demande')).toEqual([
      'Impossible pour un couple (même territoire)',
      'Impossible de faire la demande',
    ]);
  });

  it('keeps a number that ends a sentence (« il y en a 12. »), even in a numbered list', () => {
    expect(texts('Il y en a 12. Les autres non.')).toEqual(['Il y en a 12', 'Les autres non']);
    expect(texts('1. Il y en a 12. Les autres non. 2. Fin')).toEqual(['Il y en a 12', 'Les autres non', 'Fin']);
  });

  it('leaves the comma before a turn out of the statement', () => {
    expect(texts('Internet très bien, mais pas pour tout le monde')).toEqual(['Internet très bien', 'pas pour tout le monde']);
  });

  it('never cuts inside a word: « u e route » in a real Decidim proposal is the writer’s own typing', () => {
    const text = 'Une route sinueuse ne peut pas être empruntée à 80km/h mais u e route droite peut l’être.';
    const pieces = splitStatements(text);
    expect(pieces.map((p) => p.text)).toEqual(['Une route sinueuse ne peut pas être empruntée à 80km/h', 'u e route droite peut l’être']);
    for (const piece of pieces) {
      expect(text[piece.start - 1] ?? ' ').toMatch(/[^\p{L}\p{N}]/u);
      expect(text[piece.end] ?? ' ').toMatch(/[^\p{L}\p{N}]/u);
    }
  });
});
