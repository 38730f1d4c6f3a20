/**
 * Splits the sorted vocabulary into shards of about `budget` bytes of JSON, each a contiguous range
 * of terms. A query then downloads only the shards whose range holds its terms (or, for a prefix,
 * overlaps it). A term whose postings exceed the budget gets a shard of its own.
 */
import type { EndingShard, Shard, WordShard } from '../format.ts';
import type { TermPostings } from './postings.ts';
import type { WrittenWord } from './forms.ts';
import { foldWritten } from '../french.ts';
import { reversed } from '../suggest.ts';

export interface ShardSet {
  /** Lower bound of each shard (`''` for the first): the shortest prefix above the previous shard's last term. */
  bounds: string[];
  shards: Shard[];
}

/**
 * `joined`: the compounds read whole when written apart (`joinableTerms`), marked in their shard
 * (`Shard.joined`); `verbal`: those whose spaced form is a verb phrase (`readPairs`, `Shard.verbal`).
 */
export function splitShards(
  postings: readonly TermPostings[],
  budget: number,
  joined: ReadonlySet<string> = new Set(),
  verbal: ReadonlySet<string> = new Set(),
): ShardSet {
  const bounds: string[] = [];
  const shards: Shard[] = [];
  let current: Shard | undefined;
  let size = 0;
  let previous = '';
  postings.forEach((entry, index) => {
    const encoded = encodePostings(entry);
    const cost = entry.term.length + JSON.stringify(encoded).length + 12;
    if (!current || (size > 0 && size + cost > budget)) {
      bounds.push(current ? separator(previous, entry.term) : '');
      current = { base: index, terms: [], idf: [], postings: [] };
      shards.push(current);
      size = 0;
    }
    if (joined.has(entry.term)) (current.joined ??= []).push(current.terms.length);
    if (verbal.has(entry.term)) (current.verbal ??= []).push(current.terms.length);
    current.terms.push(entry.term);
    current.idf.push(entry.idf);
    current.postings.push(encoded);
    size += cost;
    previous = entry.term;
  });
  if (shards.length === 0) {
    bounds.push('');
    shards.push({ base: 0, terms: [], idf: [], postings: [] });
  }
  return { bounds, shards };
}

export interface EndingShardSet {
  /** Lower bound of each ending shard over reversed terms (`''` for the first). */
  bounds: string[];
  shards: EndingShard[];
}

/**
 * The vocabulary again, sorted by ending and without postings, in shards of about `budget` bytes of
 * JSON: a word misspelled in its first letters keeps its ending, so its shard here holds the right term.
 * Each term is given by its few most usual words (`usualForms`), from which the reader's browser stems it
 * again: a suggestion is spelled from them at no other download, for little more than the terms.
 */
export function splitEndingShards(
  postings: readonly TermPostings[],
  forms: ReadonlyMap<string, readonly string[]>,
  budget: number,
): EndingShardSet {
  const sorted = postings.map((entry) => ({
    key: reversed(entry.term),
    words: (forms.get(entry.term) ?? [entry.term]).join(' '),
    docs: entry.docs.length,
  }));
  sorted.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const bounds: string[] = [''];
  const shards: EndingShard[] = [{ words: [], docs: [] }];
  let size = 0;
  let previous = '';
  for (const { key, words, docs } of sorted) {
    const cost = words.length + String(docs).length + 4;
    let current = shards[shards.length - 1] as EndingShard;
    if (size > 0 && size + cost > budget) {
      bounds.push(separator(previous, key));
      current = { words: [], docs: [] };
      shards.push(current);
      size = 0;
    }
    current.words.push(words);
    current.docs.push(docs);
    size += cost;
    previous = key;
  }
  return { bounds, shards };
}

export interface WordShardSet {
  /** Lower bound of each word shard over folded words (`''` for the first). */
  bounds: string[];
  shards: WordShard[];
}

/**
 * The words as written, sorted by their folded spelling, in shards of about `budget` bytes of JSON: a
 * word typed in part reads the shard(s) of its range, and the terms of the words found there. A term is
 * written as the length of the word's beginning it is, most often (see `WordShard.terms`).
 */
export function splitWordShards(written: readonly WrittenWord[], budget: number): WordShardSet {
  const sorted = written.map((entry) => ({ ...entry, key: foldWritten(entry.word) }));
  sorted.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const bounds: string[] = [''];
  const shards: WordShard[] = [{ words: [], terms: [], docs: [] }];
  let size = 0;
  let previous = '';
  for (const { key, word, term, docs } of sorted) {
    const code = key.startsWith(term) ? term.length : term;
    const cost = word.length + String(code).length + String(docs).length + 6;
    let current = shards[shards.length - 1] as WordShard;
    // Two spellings folded alike (« médecin », « medecin ») stay in one shard: bounds are folded words.
    if (size > 0 && size + cost > budget && key !== previous) {
      bounds.push(separator(previous, key));
      current = { words: [], terms: [], docs: [] };
      shards.push(current);
      size = 0;
    }
    current.words.push(word);
    current.terms.push(code);
    current.docs.push(docs);
    size += cost;
    previous = key;
  }
  return { bounds, shards };
}

/** `[gap, tf, gap, tf…]` (see `Shard.postings`). */
export function encodePostings(entry: TermPostings): number[] {
  const out: number[] = [];
  let last = 0;
  entry.docs.forEach((doc, i) => {
    out.push(doc - last, entry.tfs[i] ?? 1);
    last = doc;
  });
  return out;
}

/** Shortest prefix `p` of `next` with `previous < p` (both sorted, `previous < next`). */
export function separator(previous: string, next: string): string {
  for (let length = 1; length <= next.length; length++) {
    const prefix = next.slice(0, length);
    if (prefix > previous) return prefix;
  }
  return next;
}
