/**
 * The statements' content words, read once and shared by strong ideas and emerging terms: each
 * distinct written word is analysed once (folded words, stop word? stem?), and each statement
 * becomes a run of small integers in one pooled array. At a million statements this replaces
 * millions of small arrays and string lookups by a few typed arrays.
 */
import { STOP_WORDS, stemWord, foldWord } from '../themes/stem.ts';
import { WordTable } from '../text/words.ts';
import { WordCodes } from '../text/word-codes.ts';
import type { ScannedTexts } from '../text/scanned-texts.ts';
import { hashString } from './ideas/hash.ts';
import { mapInto } from '../typed-from.ts';

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
  /**
   * The written words met, and for each its folded words' ids (−1: not a content word). Reading more
   * texts with them after the corpus is built adds no word id: an unknown folded word is −1.
   */
  written: WordTable;
  parts: WordCodes;
  /** Per statement, 1 when its text reads the same words once normalised to NFC (see WordTable.latin). */
  latin: Uint8Array;
  /** The statements' written-word ids in `written`, when the corpus was read from a ScannedTexts (null otherwise). */
  scanned: ScannedTexts | null;
}

/** `scanned`, when given, is `texts` already read (the theme stage's reading): its table and word ids are reused. */
export function tokenizeCorpus(texts: readonly string[], scanned?: ScannedTexts): Corpus {
  const wordIds = new Map<string, number>(); // folded word → id, or −1 when not a content word
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const stemOf: number[] = [];
  const lengthOf: number[] = [];
  let open = true;
  const idOf = (word: string): number => {
    let id = wordIds.get(word);
    if (id !== undefined || !open) return id ?? -1;
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
    return id;
  };
  const written = scanned?.table ?? new WordTable();
  const parts = new WordCodes((raw) => foldWord(written.word(raw)).map(idOf));

  const start = new Uint32Array(texts.length + 1);
  const latin = new Uint8Array(texts.length);
  let words = new Uint32Array(Math.max(1024, texts.length * 8));
  let length = 0;
  for (let s = 0; s < texts.length; s++) {
    let content: Int32Array;
    if (scanned) {
      const from = scanned.start[s] as number;
      content = parts.stream(written, (scanned.start[s + 1] as number) - from, true, scanned.ids, from);
      latin[s] = scanned.latin[s] as number;
    } else {
      content = parts.stream(written, written.scan(texts[s] as string), true);
      latin[s] = written.latin ? 1 : 0;
    }
    if (length + content.length > words.length) {
      const bigger = new Uint32Array(Math.max(words.length * 2, length + content.length));
      bigger.set(words);
      words = bigger;
    }
    words.set(content, length);
    length += content.length;
    start[s + 1] = length;
  }
  open = false;
  return {
    start,
    words: words.subarray(0, length),
    stemOf: Uint32Array.from(stemOf),
    lengthOf: Uint16Array.from(lengthOf),
    stems,
    stemHash: mapInto(new Uint32Array(stems.length), stems, hashString),
    wordIds,
    written,
    parts,
    latin,
    scanned: scanned ?? null,
  };
}
