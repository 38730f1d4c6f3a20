import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/pipeline/model.ts';
import { MAX_ITEM_CHARACTERS, MIN_SURVEY_DUPLICATE_CHARACTERS, validateItems } from '../../src/pipeline/validate.ts';
import { rawItem } from '../support/raw-item.ts';

function item(id: string, text: string, overrides: Partial<RawItem> = {}, source: Partial<RawItem['source']> = {}): RawItem {
  return rawItem(text, { id, source: { file: 'content/ateliers/bretagne/a.md', line: Number(id), column: 1, ...source }, ...overrides });
}

describe('validateItems', () => {
  it('rejects texts empty after trimming, one diagnostic each, and keeps the order of the rest', () => {
    const items = [item('1', 'Un.'), item('2', '   \n\t'), item('3', 'Trois.'), item('4', '')];
    const result = validateItems(items);
    expect(result.items.map((i) => i.id)).toEqual(['1', '3']);
    expect(result.rejected.map((i) => i.id)).toEqual(['2', '4']);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['texte-vide', 2],
      ['texte-vide', 4],
    ]);
    expect(result.items.length + result.rejected.length).toBe(items.length);
  });

  it(`warns about texts over ${MAX_ITEM_CHARACTERS} characters and keeps them`, () => {
    const result = validateItems([item('1', 'a'.repeat(MAX_ITEM_CHARACTERS)), item('2', 'b'.repeat(MAX_ITEM_CHARACTERS + 1))]);
    expect(result.items).toHaveLength(2);
    expect(result.diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([['texte-trop-long', 'warning', 2]]);
  });

  it('warns about exact duplicates within a session, at the repeat, and keeps both', () => {
    const result = validateItems([
      item('1', 'Même texte.'),
      item('2', 'Même texte.', { sessionId: 'autre-atelier' }, { file: 'content/ateliers/bretagne/b.md' }),
      item('3', '  Même texte. '),
      item('4', 'même texte.'),
    ]);
    expect(result.items).toHaveLength(4);
    expect(result.diagnostics.map((d) => [d.code, d.file, d.line])).toEqual([['doublon', 'content/ateliers/bretagne/a.md', 3]]);
    expect(result.diagnostics[0]?.message).toContain('ligne 1');
  });

  it('does not call identical short survey answers duplicates, only identical long ones', () => {
    const survey = (id: string, text: string) => item(id, text, { sessionId: 'enquete' }, { file: 'data/enquetes/e.csv', row: Number(id), field: 'Avis' });
    const long = 'x'.repeat(MIN_SURVEY_DUPLICATE_CHARACTERS);
    const result = validateItems([survey('1', 'RAS'), survey('2', 'RAS'), survey('3', long), survey('4', long)]);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['doublon', 4]]);
    expect(result.diagnostics[0]?.message).toContain('celui de la ligne 3 (réponse n° 3), colonne « Avis »');
  });

  // ~0.5 s on an idle 2-core machine; an all-pairs check (2·10¹⁰ comparisons) would not end within the test's timeout.
  it('finds the duplicates among 200,000 items without comparing every pair', { timeout: 60_000 }, () => {
    const items = Array.from({ length: 200_000 }, (_, i) => item(String(i + 1), `Texte numéro ${i % 150_000}`));
    const result = validateItems(items);
    expect(result.diagnostics).toHaveLength(50_000);
  });

  it('finds duplicates among texts alike at both ends, without comparing every pair', { timeout: 60_000 }, () => {
    // Same length, same first and last 32 characters: only the middle tells them apart.
    const alike = (n: number) => `${'début commun '.repeat(3)}${String(n).padStart(6, '0')}${' fin commune'.repeat(3)}`;
    const items = Array.from({ length: 60_000 }, (_, i) => item(String(i + 1), alike(i % 40_000)));
    const result = validateItems(items);
    expect(result.diagnostics).toHaveLength(20_000);
    expect(result.diagnostics[0]).toMatchObject({ code: 'doublon', line: 40_001 });
    expect(result.diagnostics[0]?.message).toContain('ligne 1 ');
  });
});
