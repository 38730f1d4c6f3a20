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
import { doubled } from '../text/grow.ts';
import { CLAUSE_WORD, CLAUSE_WORDS } from './clause-words.ts';

export interface Corpus {
  /** Statement s has the word ids `words[start[s] … start[s+1])`, in text order (content words only). */
  start: Uint32Array;
  words: Uint32Array;
  /**
   * Per entry of `words`: 1 when a clause boundary lies between it and the word before — a clause
   * mark (WordTable.breaks) or a clause word that is not a content word (CLAUSE_WORDS: « et »,
   * « qui »). Kept beside `words`, not in it, so that readers of adjacent words that ignore
   * clauses (the strong ideas' shingles) read the same words as before.
   */
  breaks: Uint8Array;
  /** Per word id: its stem id, and its folded length (emerging terms skip two-letter words). */
  stemOf: Uint32Array;
  lengthOf: Uint16Array;
  /** Per stem id: the stem, and its 32-bit hash (independent of the order stems were met in). */
  stems: string[];
  stemHash: Uint32Array;
  /** Folded word → word id, or a negative code for a word that is not a content word (CLAUSE_WORD or −1). */
  wordIds: ReadonlyMap<string, number>;
  /**
   * The written words met, and for each its folded words' ids (negative: not a content word, as in
   * `wordIds`). Reading more texts with them after the corpus is built adds no word id: an unknown
   * folded word is −1.
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
  const wordIds = new Map<string, number>(); // folded word → id, or CLAUSE_WORD / −1 when not a content word
  const stemIds = new Map<string, number>();
  const stems: string[] = [];
  const stemOf: number[] = [];
  const lengthOf: number[] = [];
  let open = true;
  const idOf = (word: string): number => {
    let id = wordIds.get(word);
    if (id !== undefined || !open) return id ?? -1;
    id = CLAUSE_WORDS.has(word) ? CLAUSE_WORD : -1;
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
  let breaks = new Uint8Array(words.length);
  let length = 0;
  if (scanned) parts.update(written);
  for (let s = 0; s < texts.length; s++) {
    let ids: Uint32Array;
    let marks: Uint8Array;
    let from: number;
    let to: number;
    if (scanned) {
      ({ ids, breaks: marks } = scanned);
      from = scanned.start[s] as number;
      to = scanned.start[s + 1] as number;
      latin[s] = scanned.latin[s] as number;
    } else {
      from = 0;
      to = written.scan(texts[s] as string);
      ({ ids, breaks: marks } = written);
      parts.update(written);
      latin[s] = written.latin ? 1 : 0;
    }
    // The content words' ids, each with whether a clause mark or a clause word came since the last one.
    let boundary = 0;
    for (let t = from; t < to; t++) {
      const raw = ids[t] as number;
      boundary |= marks[t] as number;
      const end = parts.endOf(raw);
      for (let k = parts.startOf(raw); k < end; k++) {
        const code = parts.code(k);
        if (code < 0) {
          if (code === CLAUSE_WORD) boundary = 1;
          continue;
        }
        if (length === words.length) {
          words = doubled(words);
          breaks = doubled(breaks);
        }
        words[length] = code;
        breaks[length++] = boundary;
        boundary = 0;
      }
    }
    // The first word of a statement has no word before it: no boundary, whatever marks open the text.
    if (length > (start[s] as number)) breaks[start[s] as number] = 0;
    start[s + 1] = length;
  }
  open = false;
  return {
    start,
    words: words.subarray(0, length),
    breaks: breaks.subarray(0, length),
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
