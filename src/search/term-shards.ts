/**
 * The term shards (`t-<n>.json`) as the engine reads them: each fetched once, a term's postings decoded
 * the first time a query needs them (gaps → document numbers, scaled integers → lunr weights).
 */
import { TF_SCALE, shardFile, type Shard } from './format.ts';
import type { TermEntry } from './scoring.ts';
import { lowerBound } from './sorted.ts';

export interface LoadedShard {
  shard: Shard;
  entries: Array<TermEntry | undefined>;
}

export class TermShards {
  readonly #file: (name: string) => Promise<unknown>;
  readonly #decoded = new WeakMap<object, LoadedShard>();

  /** `file`: the store's cached download of an index file. */
  constructor(file: (name: string) => Promise<unknown>) {
    this.#file = file;
  }

  async load(index: number): Promise<LoadedShard> {
    const data = (await this.#file(shardFile(index))) as Shard;
    let loaded = this.#decoded.get(data);
    if (!loaded) {
      loaded = { shard: data, entries: new Array<TermEntry | undefined>(data.terms.length) };
      this.#decoded.set(data, loaded);
    }
    return loaded;
  }
}

/** The entry of a term in its shard, if the index holds it. */
export function entryOf(loaded: LoadedShard, term: string): TermEntry | undefined {
  const i = lowerBound(loaded.shard.terms, term);
  return loaded.shard.terms[i] === term ? entry(loaded, i) : undefined;
}

/**
 * Whether a compound's shard marks it: `joined`, the index reads it whole when written apart (not only that
 * its texts hyphenate it); `verbal`, written apart it is a verb phrase.
 */
export function isMarked(loaded: LoadedShard, term: string, mark: 'joined' | 'verbal'): boolean {
  const i = lowerBound(loaded.shard.terms, term);
  return loaded.shard.terms[i] === term && (loaded.shard[mark]?.includes(i) ?? false);
}

/** Decodes a term's postings once. */
function entry(loaded: LoadedShard, i: number): TermEntry {
  const cached = loaded.entries[i];
  if (cached) return cached;
  const { shard } = loaded;
  const encoded = shard.postings[i] ?? [];
  const idf = (shard.idf[i] ?? 0) / 1000;
  const docs = new Uint32Array(encoded.length >> 1);
  const weights = new Float64Array(encoded.length >> 1);
  let doc = 0;
  for (let k = 0; k < encoded.length; k += 2) {
    doc += encoded[k] ?? 0;
    docs[k >> 1] = doc;
    weights[k >> 1] = (idf * (encoded[k + 1] ?? 0)) / TF_SCALE;
  }
  const made: TermEntry = { term: shard.terms[i] ?? '', index: shard.base + i, docs, weights };
  loaded.entries[i] = made;
  return made;
}
