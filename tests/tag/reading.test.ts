/**
 * The fast paths of the tagger read exactly what the plain definitions say: tokens of a statement
 * read in place, word classes looked up in one table, phrases matched with or without their plural,
 * repeated answers read once per question.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../src/pipeline/model.ts';
import { foldText } from '../../src/pipeline/text/fold.ts';
import { tagItems, tagText } from '../../src/pipeline/tag/index.ts';
import { BOUNDARY, tokenize } from '../../src/pipeline/tag/tokens.ts';
import { splitStatements } from '../../src/pipeline/tag/segment.ts';
import { WordTable } from '../../src/pipeline/tag/word-table.ts';
import { BOUNDARY_WORD, wordClass, wordsOf } from '../../src/pipeline/tag/words.ts';
import { cueAt, readStatement } from '../../src/pipeline/tag/statement.ts';

/** Characters the tokenizer treats differently: capitals, accents (composed or not), ligatures, apostrophes, clause marks. */
const tricky = [...'aZé É\u0301\u0300œŒçÀ\'’`´,;:.!?…-–— «»"“”()/=+*\n\tßſİ\u00a0😀'];
const trickyText = fc.array(fc.constantFrom(...tricky, 'mais ', 'sauf qu’', ' - ', 'l’', 'R.A.S.', 'Très', 'etc. '), { maxLength: 30 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('folds as foldText does, word by word, and expands elisions', () => {
    expect(tokenize("L'Œuvre d’ÉTAT n'est pas très simple")).toEqual(['le', 'oeuvre', 'de', 'etat', 'ne', 'est', 'pas', 'tres', 'simple']);
    const decomposed = 'tre\u0300s de\u0301çu';
    expect(tokenize(decomposed)).toEqual(foldText(decomposed).split(' '));
  });

  it('puts a boundary between clauses, never two in a row nor at either end', () => {
    expect(tokenize('(lent), « trop » - cher')).toEqual(['lent', BOUNDARY, 'trop', BOUNDARY, 'cher']);
    expect(tokenize('casse-tête')).toEqual(['casse', 'tete']);
  });

  it('reads characters [from, to) of a text exactly as the text cut out', () => {
    fc.assert(
      fc.property(trickyText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1);
        const to = from + (b % (text.length - from + 1));
        expect(tokenize(text, from, to)).toEqual(tokenize(text.slice(from, to)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives each statement the tokens of its own text', () => {
    fc.assert(
      fc.property(trickyText, (text) => {
        for (const piece of splitStatements(text)) expect(tokenize(text, piece.start, piece.end)).toEqual(tokenize(piece.text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('WordTable', () => {
  it('finds every word set, and no other, across growth', () => {
    const table = new WordTable<number>();
    const words = Array.from({ length: 3000 }, (_, i) => `mot${i}`);
    words.forEach((word, i) => table.set(word, i));
    table.set('mot7', -7); // a later value replaces the first
    expect(table.size).toBe(3000);
    expect(words.every((word, i) => table.get(word) === (i === 7 ? -7 : i))).toBe(true);
    expect(table.get('mot3000')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
    expect([...table.entries()]).toHaveLength(3000);
  });
});

describe('word classes', () => {
  it('marks the words of each list with its own bit, boundaries included', () => {
    const bit = wordClass(['zzessai', 'zzautre']);
    const { classes } = wordsOf(['zzessai', 'de', BOUNDARY, 'zzinconnu']);
    expect(classes[0]! & bit).toBe(bit);
    expect(classes[1]! & bit).toBe(0);
    expect(classes[2]! & BOUNDARY_WORD).toBe(BOUNDARY_WORD);
    expect(classes[3]).toBe(0);
  });

  it('matches a lexicon phrase with or without its plural, as the lexicon is written', () => {
    const read = (text: string, at = 1) => cueAt(readStatement(tokenize(text), null), at);
    expect(read('un problème')).toMatchObject({ kind: 'complaint' });
    expect(read('des problèmes')).toEqual(read('un problème'));
    expect(read('un de moins en moins', 1)).toMatchObject({ kind: 'complaint', length: 4 });
    expect(read('un de moins')).toBeNull();
  });
});

describe('repeated answers', () => {
  let counter = 0;
  const item = (text: string, question: string | null): RawItem => ({
    id: `r${++counter}`,
    sessionId: 's1',
    text,
    declaredTag: 'auto',
    explicitThemes: [],
    weight: 1,
    region: null,
    department: null,
    profile: null,
    format: 'enquete',
    question,
    source: { file: 'data/enquetes/a.csv', line: counter, column: 2 },
  });

  it('are read under their own question', () => {
    const improved = 'Quels services ont évolué de manière positive ?';
    const { items, rejected } = tagItems([item('Aucun', improved), item('Aucun', 'Commentaire libre'), item('Aucun', improved)]);
    expect(items.map((i) => i.tag)).toEqual(['broken', 'broken']);
    expect(rejected).toHaveLength(1);
  });

  it('give each item what reading it alone gives', () => {
    const texts = ['RAS', 'Trop lent', 'Trop lent', 'Il faudrait un agenda', 'RAS', 'Trop lent. Mais rapide'];
    const { items } = tagItems(texts.map((text) => item(text, 'Ce qui ne va pas')));
    const alone = texts.flatMap((text) => tagText(text, 'Ce qui ne va pas').segments.map((s) => [s.text, s.primary]));
    expect(items.map((i) => [i.text, i.tag])).toEqual(alone);
  });
});
