/**
 * The word shards (`w-<n>.json`: the words as the texts write them, each with its term) as the engine reads them:
 * each fetched once, its words folded and its terms spelled out once. A word typed in part finds there the terms of
 * the words it begins; a word that matched nothing, the words sorted beside it (suggest.ts).
 */
import { foldWritten } from './french.ts';
import { wordShardFile, type WordShard } from './format.ts';
import type { Candidate } from './suggest.ts';
import { lowerBound } from './sorted.ts';

/** A word shard with each word folded and its term spelled out. */
export interface LoadedWords {
  folded: string[];
  candidates: Candidate[];
}

export class WordShards {
  readonly #file: (name: string) => Promise<unknown>;
  readonly #words = new WeakMap<object, LoadedWords>();

  /** `file`: the store's cached download of an index file. */
  constructor(file: (name: string) => Promise<unknown>) {
    this.#file = file;
  }

  async load(index: number): Promise<LoadedWords> {
    const shard = (await this.#file(wordShardFile(index))) as WordShard;
    let loaded = this.#words.get(shard);
    if (!loaded) {
      const folded = shard.words.map(foldWritten);
      const candidates = shard.words.map((word, i): Candidate => {
        const code = shard.terms[i] ?? '';
        return { word, term: typeof code === 'number' ? (folded[i] ?? '').slice(0, code) : code, docs: shard.docs[i] ?? 0 };
      });
      loaded = { folded, candidates };
      this.#words.set(shard, loaded);
    }
    return loaded;
  }

  /** Terms of the words of a shard that begin with `prefix` (folded). */
  async termsBegun(index: number, prefix: string): Promise<string[]> {
    const { folded, candidates } = await this.load(index);
    const terms: string[] = [];
    for (let i = lowerBound(folded, prefix); i < folded.length && (folded[i] ?? '').startsWith(prefix); i++) terms.push(candidates[i]?.term ?? '');
    return terms;
  }
}
