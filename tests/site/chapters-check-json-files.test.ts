/**
 * An imported JSON file read alone: what its module exports as Vite writes it, and where a file that is
 * not JSON goes wrong, placed from V8's own JSON.parse message.
 */
import { describe, expect, it } from 'vitest';
import { exportsOf } from '../../src/site/chapters-check/json-exports.ts';
import { invalidJson } from '../../src/site/chapters-check/json-invalid.ts';
import type { JsonImport } from '../../src/site/chapters-check/json-imports.ts';

const imported: JsonImport = { bindings: [], specifier: './chiffres.json', statement: "import chiffres from './chiffres.json'", block: 0, start: 0, end: 38, line: 6, column: 1 };

/** What the diagnostic says of `text`, with JSON.parse's message for it. */
function said(text: string): string {
  let message = '';
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    message = (error as Error).message;
  }
  return invalidJson('content/livre-blanc/c.mdx', imported, text, message).message;
}

describe('what a JSON file’s module exports', () => {
  it('is the whole file as default, and each top-level key that is a name', () => {
    const data = { total: 3, 'sous-total': 2, ateliers: { jeunes: 1 }, default: 'x' };
    expect([...exportsOf(data)]).toEqual([['total', 3], ['ateliers', { jeunes: 1 }], ['default', data]]);
    expect([...exportsOf([1, 2])]).toEqual([['default', [1, 2]]]);
  });
});

describe('a file that is not JSON, placed', () => {
  it.each([
    ['{\n  "a": 1,\n  "b": [1, 2,]\n}', 'ligne 3, colonne 13 : virgule après le dernier élément'],
    ['{\n  "a": 1,\n}', 'ligne 2, colonne 9 : virgule après le dernier élément'],
    ['{\n  "a": \'un\'\n}', 'ligne 2, colonne 8 : caractère inattendu « \' »'],
    ['\uFEFF{ "a": 1', 'ligne 1, colonne 9 : le fichier s’arrête avant la fin du JSON'],
  ])('%j', (text, where) => {
    expect(said(text)).toBe(`« import chiffres from './chiffres.json' » : chiffres.json n’est pas du JSON valide (${where}) ; la construction s’arrêterait là.`);
  });
});
