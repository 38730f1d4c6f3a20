/**
 * Shared fast paths of `synthesize` against the plain way they replace: the packed-key id sort
 * (sort-by-id.ts), the texts read once for the themes and the analysis (scanned-texts.ts), and
 * typed arrays filled by a loop rather than `TypedArray.from(source, map)` (typed-from.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortById } from '../../src/pipeline/sort-by-id.ts';
import { mapInto } from '../../src/pipeline/typed-from.ts';
import { ScannedTexts } from '../../src/pipeline/text/scanned-texts.ts';
import { WordTable } from '../../src/pipeline/text/words.ts';
import { tokenizeCorpus } from '../../src/pipeline/analysis/corpus.ts';
import { compileThemes } from '../../src/pipeline/themes/matcher.ts';
import { assignThemes } from '../../src/pipeline/themes/index.ts';
import type { Theme } from '../../src/pipeline/model.ts';
import type { TaggedItem } from '../../src/pipeline/tag/index.ts';
import { item } from './fixtures.ts';

const plainSort = <T extends { id: string }>(items: T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('sortById', () => {
  // Ids of every kind: base 36 hashes, split answers (`-2`), prefixes of each other, duplicates
  // (stability), longer than the sort key (equal keys), and characters no id has, which share a
  // key digit with their neighbours: control, space, `/`, capitals, `{`, above ASCII.
  const id = fc.oneof(
    fc.stringMatching(/^[0-9a-z]{0,6}(-[0-9])?$/),
    fc.string({ unit: fc.constantFrom('a', 'b', 'z', '~', '\u007f', 'é', '\u00ff', '\uffff', '-', '0', '9', '\u0000', ' ', '/', 'A', '{'), maxLength: 7 }),
  );
  const rows = (min: number, max: number) => fc.array(id, { minLength: min, maxLength: max }).map((ids) => ids.map((value, n) => ({ id: value, n })));

  it('gives the order of a stable comparison sort, below and above the bucketing size', () => {
    const same = (items: Array<{ id: string; n: number }>) => {
      expect(sortById([...items])).toEqual(plainSort(items));
    };
    fc.assert(fc.property(rows(0, 60), same));
    fc.assert(fc.property(rows(1024, 3000), same), { numRuns: 20 });
  });

  it('sorts ids sharing a long prefix (not hashes) as well', () => {
    const items = Array.from({ length: 3000 }, (_, n) => ({ id: `atelier-${(n * 7919) % 1500}`, n }));
    expect(sortById([...items])).toEqual(plainSort(items));
  });

  it('sorts in place and returns the same array', () => {
    const items = Array.from({ length: 2000 }, (_, n) => ({ id: ((n * 7919) % 2000).toString(36) }));
    const result = sortById(items);
    expect(result).toBe(items);
    expect(items.map((i) => i.id)).toEqual(plainSort(items).map((i) => i.id));
  });
});

describe('ScannedTexts', () => {
  const texts = [
    'La double saisie des RDV, encore la double saisie !',
    'Écrans trop lents ; I-Milo plante',
    '',
    'Naïve question: l’agenda partagé (agenda) ?',
    'e\u0301cole et école',
  ];

  it('holds, per text, the word ids its own scan would give, and whether it is Latin', () => {
    const scanned = new ScannedTexts(texts);
    const own = new WordTable();
    expect(scanned.size).toBe(texts.length);
    texts.forEach((text, t) => {
      const count = own.scan(text);
      expect([...scanned.ids.subarray(scanned.start[t], scanned.start[t + 1])]).toEqual([...own.ids.subarray(0, count)]);
      expect(scanned.latin[t]).toBe(own.latin ? 1 : 0);
    });
    expect(scanned.table.word(0)).toBe('la');
  });

  it('sizes its id buffer once from the texts\' length, and still grows past that guess', () => {
    // At a million texts every buffer dropped by a doubling was garbage that set off a full collection.
    const prose = Array.from({ length: 2000 }, (_, n) => `La double saisie des rendez-vous numéro ${n} prend du temps.`);
    const characters = prose.reduce((sum, text) => sum + text.length, 0);
    const scanned = new ScannedTexts(prose);
    expect(scanned.ids.buffer.byteLength).toBe(4 * Math.ceil(characters / 5));
    expect(scanned.ids.length).toBeLessThan(Math.ceil(characters / 5));
    // One-letter words: two characters per word, more ids than the guess.
    const letters = Array.from({ length: 3000 }, () => 'a b c d e f g h i j');
    const grown = new ScannedTexts(letters);
    expect(grown.ids.length).toBe(30_000);
    expect(grown.ids.length).toBeGreaterThan(Math.ceil(letters.join('').length / 5));
    expect([...grown.ids.subarray(grown.start[2999], grown.start[3000])]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('gives the analysis the same corpus as reading the texts again', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', 'saisie ', 'double ', 'de ', 'RDV ', '. ', 'e\u0301', 'Œ') }), { maxLength: 30 }), (list) => {
        const reread = tokenizeCorpus(list);
        const shared = tokenizeCorpus(list, new ScannedTexts(list));
        expect([...shared.start]).toEqual([...reread.start]);
        expect([...shared.words]).toEqual([...reread.words]);
        expect(shared.stems).toEqual(reread.stems);
        expect([...shared.latin]).toEqual([...reread.latin]);
      }),
    );
  });

  it('gives the theme stage the same themes as matching each text', () => {
    const themes: Theme[] = [
      { id: 'saisie', label: 'Saisie', keywords: ['double saisie', 'saisir'] },
      { id: 'agenda', label: 'Agenda', keywords: ['agenda partagé', 'rendez-vous', 'rdv'] },
      { id: 'outils', label: 'Outils', keywords: ['écran', 'i-milo'] },
    ] as Theme[];
    const items = texts.map((text, n): TaggedItem => ({ ...item({ id: `i${n}`, text }), tag: 'needs', tagSource: 'inferred', confidence: 0.5 }));
    const matcher = compileThemes(themes);
    const expected = texts.map((text) => matcher.match(text));
    expect(expected.flat()).toContain('saisie'); // the fixture does match something
    expect(assignThemes(items, themes, new ScannedTexts(texts)).map((i) => i.themes)).toEqual(assignThemes(items, themes).map((i) => i.themes));
    const shared = new ScannedTexts(texts);
    const byWords = compileThemes(themes, shared.table);
    expect(texts.map((_, t) => byWords.matchWords(shared.ids, shared.start[t] as number, shared.start[t + 1] as number, texts[t] as string))).toEqual(expected);
  });
});

describe('mapInto', () => {
  it('fills a typed array as TypedArray.from(source, map) does, with the same conversions', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false }), { maxLength: 50 }), (values) => {
        const map = (value: number, index: number) => value * 3 - index;
        expect(mapInto(new Float64Array(values.length), values, map)).toEqual(Float64Array.from(values, map));
        expect(mapInto(new Uint8Array(values.length), values, map)).toEqual(Uint8Array.from(values, map));
        expect(mapInto(new Int32Array(values.length), values, map)).toEqual(Int32Array.from(values, map));
        const ids = Uint32Array.from(values, (v) => Math.abs(Math.trunc(v)) % 7);
        expect(mapInto(new Uint8Array(ids.length), ids, (id) => (id === 3 ? 1 : 0))).toEqual(Uint8Array.from(ids, (id) => (id === 3 ? 1 : 0)));
      }),
    );
  });
});
