/**
 * What the readers know of a word, looked up once per token: the word lists it belongs to
 * (negators, stop words, clause words, frame openers…, as bits) and the lexicon phrases it starts.
 * On hundreds of thousands of answers, one look-up per list and per lexicon for every token was
 * most of the tagging time; here a statement's tokens cost one look-up each.
 *
 * Each module declares the lists it tests token by token when it loads (`const NEGATOR =
 * wordClass(NEGATORS.keys())`) and tests `classes[i] & NEGATOR`. The table is built on the
 * first look-up from lists that never change afterwards: its size is the lexicon's, whatever the
 * number of answers.
 */
import { cueIndex, followingTokens, type PhraseNode } from './cues.ts';
import { BOUNDARY } from './tokens.ts';
import { WordTable } from './word-table.ts';

export interface Word {
  /** Bit set of the classes (word lists) the word belongs to. */
  classes: number;
  /** The lexicon phrases it starts, read anywhere in a statement, or only at its start (null: none). */
  anywhere: PhraseNode | null;
  atStart: PhraseNode | null;
}

type Words = Iterable<string> | (() => Iterable<string>);

const lists: Words[] = [];
let table: WordTable<Word> | null = null;
/** Shared by every word in no list and no phrase; never written. */
const UNKNOWN: Word = { classes: 0, anywhere: null, atStart: null };

/** A new class made of `words` (or of the words a function gives on first look-up): the bit that marks them. */
export function wordClass(words: Words): number {
  if (lists.length >= 31) throw new Error('Trop de classes de mots : 31 au plus.');
  lists.push(words);
  table = null; // a class declared after a look-up (never, in practice) rebuilds the table
  return 1 << (lists.length - 1);
}

/** The clause boundary token: a bit test is cheaper than comparing strings, token after token. */
export const BOUNDARY_WORD = wordClass([BOUNDARY]);

/** Words that go on some phrase of the lexicon: a phrase cannot continue with any other. */
export const CUE_FOLLOWER = wordClass(() => followingTokens(cueIndex().anywhere, cueIndex().atStart));

/** What is known of a statement's tokens, and their classes side by side (read by every pass). */
export interface TokenWords {
  entries: Word[];
  classes: number[];
}

/** What is known of each token (a shared empty entry for a word in no list and no phrase). */
export function wordsOf(tokens: readonly string[]): TokenWords {
  table ??= build();
  const entries = new Array<Word>(tokens.length);
  const classes = new Array<number>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const word = table.get(tokens[i] as string) ?? UNKNOWN;
    entries[i] = word;
    classes[i] = word.classes;
  }
  return { entries, classes };
}

function build(): WordTable<Word> {
  const words = new WordTable<Word>();
  const entry = (token: string): Word => {
    let word = words.get(token);
    if (word === undefined) {
      word = { classes: 0, anywhere: null, atStart: null };
      words.set(token, word);
    }
    return word;
  };
  lists.forEach((list, index) => {
    for (const token of typeof list === 'function' ? list() : list) entry(token).classes |= 1 << index;
  });
  const { anywhere, atStart } = cueIndex();
  for (const [token, node] of anywhere) entry(token).anywhere = node;
  for (const [token, node] of atStart) entry(token).atStart = node;
  return words;
}
