/**
 * The statements' content words, read once and shared by strong ideas and emerging terms: each
 * distinct folded word is analysed once (stop word? stem?), and each statement becomes a run of
 * small integers in one pooled array. At a million statements this replaces millions of small
 * arrays and string lookups by a few typed arrays.
 */
import { foldedWords, STOP_WORDS, stemWord } from '../themes/stem.ts';
import { hashString } from './ideas/hash.ts';

export interface Corpus {
  /** Statement s has the word ids `words[start[s] … start[s+1])`, in text order (content words only). */
  start: Uint32Array;
  words: Uint32Array;
  /** Per word id: its stem id, and its folded length (emerging terms skip two-letter words). */
  stemOf: Uint32Array;
  lengthOf: Uint16Array;
  /** Per stem id: the stem, and its 32-bit hash (independent of the order stems were met in). */
  stems: string[];
  stemHash: Uint32Array;
  /** Folded word → word id, or −1 for a word that is not a content word. */
  wordIds: ReadonlyMap<string, number>;
}

export function tokenizeCorpus(texts: readonly string[]): Corpus {
  const wordIds = new Map<string, number>(); // folded word → id, or −1 when not a content word
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const stemOf: number[] = [];
  const lengthOf: number[] = [];
  const start = new Uint32Array(texts.length + 1);
  let words = new Uint32Array(Math.max(1024, texts.length * 8));
  let length = 0;
  texts.forEach((text, s) => {
    for (const word of foldedWords(text)) {
      let id = wordIds.get(word);
      if (id === undefined) {
        id = -1;
        if (word.length >= 2 && !STOP_WORDS.has(word) && !/^\d+$/.test(word)) {
          const stem = stemWord(word);
          let stemId = stemIds.get(stem);
          if (stemId === undefined) {
            stemIds.set(stem, (stemId = stems.length));
            stems.push(stem);
          }
          id = stemOf.length;
          stemOf.push(stemId);
          lengthOf.push(Math.min(word.length, 0xffff));
        }
        wordIds.set(word, id);
      }
      if (id < 0) continue;
      if (length === words.length) {
        const bigger = new Uint32Array(words.length * 2);
        bigger.set(words);
        words = bigger;
      }
      words[length++] = id;
    }
    start[s + 1] = length;
  });
  return {
    start,
    words: words.subarray(0, length),
    stemOf: Uint32Array.from(stemOf),
    lengthOf: Uint16Array.from(lengthOf),
    stems,
    stemHash: Uint32Array.from(stems, hashString),
    wordIds,
  };
}
