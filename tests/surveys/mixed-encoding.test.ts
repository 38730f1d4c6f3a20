/**
 * Files whose lines are not all in one encoding: a UTF-8 header over Windows-1252 rows (or the
 * reverse) is read line by line, and always reported at the first line of the rarer encoding.
 */
import { describe, expect, it } from 'vitest';
import { codes, only, parse, utf8, windows1252 } from './helpers.ts';

const HEADER = 'Région;Vous êtes;Ce qui fonctionne;Commentaire libre\n';
const ROWS = [
  'Bretagne;Conseillère;La recherche d’un jeune est rapide;Très bien, ça marche\n',
  'Normandie;Directrice;Les statistiques mensuelles;Des lenteurs le lundi matin\n',
  'Île-de-France;Chargée d’accueil;L’agenda partagé;Un œuf à 1 €\n',
  'Occitanie;Conseiller;Les requêtes;Évolutions attendues\n',
].join('');

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

function expectReadWhole(result: ReturnType<typeof parse>): void {
  expect(result.items.map((i) => i.source.field)).toContain('Commentaire libre');
  expect(result.items.map((i) => i.text)).toContain('Un œuf à 1 €');
  expect(result.items.map((i) => i.text)).toContain('La recherche d’un jeune est rapide');
  expect(new Set(result.items.map((i) => i.region))).toEqual(new Set(['53', '28', '11', '76']));
  expect(result.items[0]?.profile).toBe('conseiller');
  expect(JSON.stringify(result.items)).not.toMatch(/\ufffd|Ã©|Ã¨/);
}

describe('mixed encodings', () => {
  it('reads a UTF-8 header over Windows-1252 rows, and says so at the header', () => {
    const result = parse(concat(utf8(HEADER), windows1252(ROWS)));
    expectReadWhole(result);
    const d = only(result.diagnostics, 'encodage-mixte');
    expect([d.line, d.severity]).toEqual([1, 'warning']);
    expect(d.message).toBe(
      'Ce fichier mêle deux encodages : UTF-8 à la ligne 1, windows-1252 aux lignes 2, 4, 5. Chaque ligne est lue dans son propre encodage.',
    );
    expect(d.hint).toContain('CSV UTF-8');
    expect(codes(result.diagnostics)).toEqual(['encodage-mixte@1']);
  });

  it('reads a Windows-1252 header over UTF-8 rows (the reverse)', () => {
    const result = parse(concat(windows1252(HEADER), utf8(ROWS)));
    expectReadWhole(result);
    expect(codes(result.diagnostics)).toEqual(['encodage-mixte@1']);
  });

  it('reads one Windows-1252 row pasted into a UTF-8 file, and points at it', () => {
    const [first, second, third, fourth] = ROWS.split(/(?<=\n)/);
    const result = parse(concat(utf8(HEADER + first + second), windows1252(third ?? ''), utf8(fourth ?? '')));
    expectReadWhole(result);
    expect(codes(result.diagnostics)).toEqual(['encodage-mixte@4']);
    expect(only(result.diagnostics, 'encodage-mixte').message).toContain('windows-1252 à la ligne 4');
  });

  it('takes a BOM for a UTF-8 first line, over Windows-1252 rows', () => {
    const result = parse(concat(utf8(HEADER, true), windows1252(ROWS)));
    expectReadWhole(result);
    expect(codes(result.diagnostics)).toEqual(['encodage-mixte@1']);
  });

  it('reads a mixed file line by line when utf-8 is declared, with a warning, not an error', () => {
    const result = parse(concat(utf8(HEADER), windows1252(ROWS)), 'encodage: utf-8\n');
    expectReadWhole(result);
    expect(codes(result.diagnostics)).toEqual(['encodage-mixte@1']);
  });

  it('reads as declared a mixed file forced to windows-1252, and names its UTF-8 lines', () => {
    const result = parse(concat(utf8(HEADER), windows1252(ROWS)), 'encodage: windows-1252\n');
    const d = only(result.diagnostics, 'encodage-mixte');
    expect([d.line, d.severity]).toEqual([1, 'warning']);
    expect(d.message).toContain('écrit en UTF-8 à la ligne 1');
    expect(d.hint).toContain('encodage: auto');
  });

  it('keeps a multi-line cell whose lines differ in encoding in one item', () => {
    const bytes = concat(utf8('Région;Commentaire\nBretagne;"Première ligne élevée\n'), windows1252('deuxième ligne à côté"\n'));
    const result = parse(bytes);
    expect(result.items.map((i) => i.text)).toEqual(['Première ligne élevée\ndeuxième ligne à côté']);
    expect(codes(result.diagnostics)).toEqual(['encodage-mixte@3']);
  });
});
