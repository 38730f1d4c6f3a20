/**
 * The ending shards (`r-<n>.json`: the terms sorted by their ending, as their usual words) as a suggestion reads
 * them: the candidates for a misspelled word whose first letters are wrong, each shard spelled out once.
 */
import { indexTerm } from './french.ts';
import { endingShardFile, type EndingShard } from './format.ts';
import type { Candidate } from './suggest.ts';

export class EndingShards {
  readonly #file: (name: string) => Promise<unknown>;
  readonly #endings = new WeakMap<object, Candidate[]>();

  /** `file`: the store's cached download of an index file. */
  constructor(file: (name: string) => Promise<unknown>) {
    this.#file = file;
  }

  /** The terms of ending shard `index`, each as its most usual words. */
  async candidates(index: number): Promise<Candidate[]> {
    const shard = (await this.#file(endingShardFile(index))) as EndingShard;
    let candidates = this.#endings.get(shard);
    if (!candidates) {
      candidates = shard.words.flatMap((written, i) => {
        const words = written.split(' ');
        const docs = shard.docs[i] ?? 0;
        const stem = indexTerm(words[0] ?? '');
        return words.map((word): Candidate => ({ word, term: stem, docs }));
      });
      this.#endings.set(shard, candidates);
    }
    return candidates;
  }
}
