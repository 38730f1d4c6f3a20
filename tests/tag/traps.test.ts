import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../src/pipeline/tag/index.ts';
import { formatTags } from '../../src/pipeline/tag/labels.ts';

interface TrapCase {
  group: string;
  text: string;
  context?: string;
  expected: string;
  segments?: number;
}

const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/tag/traps.json'), 'utf8')) as {
  cases: TrapCase[];
};

describe('French traps (tests/fixtures/tag/traps.json)', () => {
  it('holds at least 100 cases over every kind of trap', () => {
    expect(fixture.cases.length).toBeGreaterThanOrEqual(100);
    const groups = new Set(fixture.cases.map((c) => c.group));
    for (const group of ['négation', 'proposition', 'contraste', 'non-réponse', 'contexte', 'comparatif', 'ironie', 'concession', 'portée']) expect(groups).toContain(group);
  });

  it.each(fixture.cases.map((c) => [`${c.group} : « ${c.text} »${c.context ? ` sous « ${c.context} »` : ''}`, c] as const))(
    '%s',
    (_, c) => {
      const result = tagText(c.text, c.context ?? null);
      expect(formatTags(result.tags, result.none)).toBe(c.expected);
      if (c.segments !== undefined) expect(result.segments).toHaveLength(c.segments);
      expect(result.confidence).toBeGreaterThan(0);
      expect(result.confidence).toBeLessThanOrEqual(1);
    },
  );
});

describe('tagText', () => {
  it('returns tags in the order working, broken, needs and each statement with its own tags', () => {
    const result = tagText("Il faudrait un seul écran. La saisie est lente. L'accueil est efficace.");
    expect(result.tags).toEqual(['working', 'broken', 'needs']);
    expect(result.segments.map((s) => s.tags)).toEqual([['needs'], ['broken'], ['working']]);
    expect(result.segments.map((s) => s.text)).toEqual(['Il faudrait un seul écran', 'La saisie est lente', "L'accueil est efficace"]);
  });

  it('merges adjacent statements with the same tags into one segment', () => {
    const result = tagText("La saisie est lente. L'export plante. Les statistiques sont fausses et incompréhensibles.");
    expect(result.tags).toEqual(['broken']);
    expect(result.segments).toHaveLength(1);
  });

  it('gives a high confidence to clear evidence and a low one to a guess from the question alone', () => {
    const clear = tagText("L'outil est rapide, efficace et très simple.");
    const guessed = tagText('Hôpital de proximité', 'Quels services vous manquent ?');
    const blind = tagText('Le module agenda');
    expect(clear.confidence).toBeGreaterThanOrEqual(0.8);
    expect(guessed.confidence).toBeLessThan(0.5);
    expect(blind.tags).toEqual(['needs']);
    expect(blind.confidence).toBe(0.2);
  });

  it('lets explicit text evidence override the question', () => {
    expect(tagText('La carte grise en ligne est une catastrophe', 'Quels services se sont améliorés ?').tags).toEqual(['broken']);
    expect(tagText('La poste fonctionne très bien', 'Quels services vous manquent ?').tags).toEqual(['working']);
  });

  it('is deterministic: the same result after other texts and questions were tagged', () => {
    const text = 'Pas de souci pour la recherche ; en revanche il faudrait un agenda partagé.';
    const first = tagText(text, 'Commentaire libre');
    tagText('Rien ne marche, il faudrait tout refaire.', 'Quels services vous manquent ?');
    tagText('La poste fonctionne très bien', 'Qu’est-ce qui fonctionne ?');
    expect(tagText(text, 'Commentaire libre')).toEqual(first);
    expect(first.tags).toEqual(['working', 'needs']);
  });
});
