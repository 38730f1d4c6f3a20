import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { WORD_SEPARATOR, WordTable } from '../../src/pipeline/text/words.ts';
import { WordCodes } from '../../src/pipeline/text/word-codes.ts';
import { foldWord } from '../../src/pipeline/text/fold-word.ts';
import { foldText } from '../../src/pipeline/text/fold.ts';

/** The reading the table replaces, word for word. */
const splitWords = (text: string) => text.toLowerCase().split(WORD_SEPARATOR).filter((w) => w !== '');
const scanned = (table: WordTable, text: string) => Array.from(table.ids.subarray(0, table.scan(text)), (id) => table.word(id));

// Letters, accents (composed and not), ligatures, typographic quotes, and the characters whose lower
// case is unusual: İ (two characters), Σ (final sigma), ẞ, the Kelvin and Ångström signs, an emoji.
const tricky = fc.constantFrom(
  ...'aZé É e\u0301 œŒæ ß ẞ İ Σ ΣΑ \u212a \u212b ø ł ǅ ŉ 4 2G ’ \' - , … « » \u00a0 \u2019 😀 x'.split(' '),
  ' ',
  '',
);
const text = fc.array(tricky, { maxLength: 20 }).map((parts) => parts.join(''));

describe('WordTable', () => {
  it('reads the words of text.toLowerCase().split(WORD_SEPARATOR), and gives a word the same id each time', () => {
    const table = new WordTable();
    fc.assert(
      fc.property(text, (t) => {
        expect(scanned(table, t)).toEqual(splitWords(t));
        const ids = Array.from(table.ids.subarray(0, table.scan(`${t} ${t}`)));
        expect(ids.slice(ids.length / 2)).toEqual(ids.slice(0, ids.length / 2));
      }),
    );
  });

  it('agrees with lower-casing on every UTF-16 code unit, alone and inside a word', () => {
    const table = new WordTable();
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      for (const t of [char, `a${char}b`, `É${char}${char}`]) if (scanned(table, t).join(' ') !== splitWords(t).join(' ')) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('numbers words in order of first appearance, and long words whole', () => {
    const table = new WordTable();
    const long = 'a'.repeat(10_000);
    expect(Array.from(table.ids.subarray(0, table.scan(`b A b ${long} a`)))).toEqual([0, 1, 0, 2, 1]);
    expect(table.word(2)).toBe(long);
    expect(table.size).toBe(3);
  });

  it('says when the NFC form of a text would read the same words', () => {
    const table = new WordTable();
    fc.assert(
      fc.property(text, (t) => {
        table.scan(t);
        if (table.latin) expect(scanned(table, t.normalize('NFC'))).toEqual(splitWords(t));
      }),
    );
    table.scan('école');
    expect(table.latin).toBe(true);
    table.scan('e\u0301cole');
    expect(table.latin).toBe(false);
  });

  it('rests on facts of Unicode: below U+0300 text is NFC, and the few characters lower-cased below it fold the same', () => {
    // Pairs suffice: NFC only acts across characters through combining marks, all at U+0300 or above.
    const low = Array.from({ length: 0x300 }, (_, c) => String.fromCharCode(c));
    const changed: string[] = [];
    for (const a of low) for (const b of low) if ((a + b).normalize('NFC') !== a + b) changed.push(a + b);
    expect(changed).toEqual([]);
    const lowered: string[] = [];
    for (let c = 0x300; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      if (c < 0xd800 || c > 0xdfff) if ([...char.toLowerCase()].every((l) => l.charCodeAt(0) < 0x300)) lowered.push(char);
    }
    expect(lowered.length).toBeLessThan(40); // Kelvin and Ångström signs, ẞ, a few Latin Extended capitals
    const apart = (s: string) => [...s].map((char) => char.normalize('NFC')).join('');
    const broken: string[] = [];
    for (const c of lowered) {
      if (c.normalize('NFC').toLowerCase() !== c.toLowerCase()) broken.push(c);
      for (const x of [...low, ...lowered]) for (const pair of [x + c, c + x]) if (pair.normalize('NFC') !== apart(pair)) broken.push(pair);
    }
    expect(broken).toEqual([]);
  });
});

describe('foldWord', () => {
  const reference = (word: string) => foldText(word).split(/[\s']+/).filter((w) => w !== '');
  it('folds a written word as foldText does, character by character', () => {
    const letters: string[] = [];
    for (let c = 0; c < 0x250; c++) {
      const char = String.fromCharCode(c);
      if (!WORD_SEPARATOR.test(char)) letters.push(char);
    }
    const wrong: string[] = [];
    for (const a of letters) {
      if (foldWord(a).join(' ') !== reference(a).join(' ')) wrong.push(a);
      for (const b of letters) {
        const word = `x${a}${b}y`;
        if ((a >= '\x80' || b >= '\x80') && foldWord(word).join(' ') !== reference(word).join(' ')) wrong.push(word);
      }
    }
    expect(wrong).toEqual([]);
    expect(foldWord('œuvre')).toEqual(['oeuvre']);
    expect(foldWord('søren')).toEqual(['s', 'ren']);
  });
});

describe('WordCodes', () => {
  it('computes the codes of each distinct word once, and streams a text as its words’ codes', () => {
    const table = new WordTable();
    const seen: string[] = [];
    const codes = new WordCodes((id) => {
      seen.push(table.word(id));
      return table.word(id) === 'le' ? [] : [table.word(id).length, -1];
    });
    expect(Array.from(codes.stream(table, table.scan('Le chat, le chien')))).toEqual([4, -1, 5, -1]);
    expect(Array.from(codes.stream(table, table.scan('chien chat')))).toEqual([5, -1, 4, -1]);
    expect(seen).toEqual(['le', 'chat', 'chien']);
    const codesOf = (word: number) => Array.from({ length: codes.endOf(word) - codes.startOf(word) }, (_, k) => codes.code(codes.startOf(word) + k));
    expect(codesOf(2)).toEqual([5, -1]);
    expect(codesOf(0)).toEqual([]);
  });
});
