/**
 * The written words of a list of texts, read once into one WordTable and kept as runs of word ids.
 * The theme stage and the analysis corpus read the same statements, in the same (id) order: each
 * used to scan them into its own table, the costliest loop of both stages. Word ids are given in
 * order of first appearance, so the analysis sees exactly the ids its own scan would have made.
 */
import { WordTable } from './words.ts';
import { doubled } from './grow.ts';

export class ScannedTexts {
  readonly table = new WordTable();
  /** Text t has the word ids `ids[start[t] … start[t+1])` (read by offsets: a view per text would be garbage). */
  readonly start: Uint32Array;
  readonly ids: Uint32Array;
  /** Per word, as `ids`: 1 when a clause mark stands between it and the word before (WordTable.breaks). */
  readonly breaks: Uint8Array;
  /** Per text, 1 when it reads the same words once normalised to NFC (see WordTable.latin). */
  readonly latin: Uint8Array;

  constructor(texts: readonly string[]) {
    this.start = new Uint32Array(texts.length + 1);
    this.latin = new Uint8Array(texts.length);
    // Sized once from the texts' length: French prose has one word per ~6 characters (5 leaves room).
    // Each buffer dropped by a doubling is garbage V8 counts against its collection limit: at a
    // million texts, guessing 16 words per text and doubling allocated 192 MB for 68 MB of ids.
    let characters = 0;
    for (let t = 0; t < texts.length; t++) characters += (texts[t] as string).length;
    let ids = new Uint32Array(Math.max(1024, Math.ceil(characters / 5)));
    let breaks = new Uint8Array(ids.length);
    let length = 0;
    for (let t = 0; t < texts.length; t++) {
      const count = this.table.scan(texts[t] as string);
      while (length + count > ids.length) {
        ids = doubled(ids);
        breaks = doubled(breaks);
      }
      const read = this.table.ids;
      const marks = this.table.breaks;
      for (let k = 0; k < count; k++) {
        ids[length + k] = read[k] as number;
        breaks[length + k] = marks[k] as number;
      }
      length += count;
      this.start[t + 1] = length;
      this.latin[t] = this.table.latin ? 1 : 0;
    }
    this.ids = ids.subarray(0, length);
    this.breaks = breaks.subarray(0, length);
  }

  /** Number of texts. */
  get size(): number {
    return this.latin.length;
  }
}
