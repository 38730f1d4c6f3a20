/**
 * A fixed set of words → values, for look-ups made once per token of every answer. A `Map` with a
 * few thousand string keys costs a cache miss or two per look-up (the engine reads the stored key
 * strings, scattered in memory, to compare hashes); here the hashes sit side by side in one typed
 * array and a key string is read only when its hash matches. Filled once, then only read.
 */
export class WordTable<T> {
  private hashes = new Int32Array(16);
  private keys: string[] = new Array<string>(16).fill('');
  private values: Array<T | undefined> = new Array<T | undefined>(16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(word: string): T | undefined {
    const hash = hashOf(word);
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.hashes[slot] as number;
      if (stored === 0) return undefined;
      if (stored === hash && this.keys[slot] === word) return this.values[slot];
    }
  }

  set(word: string, value: T): this {
    if ((this.count + 1) * 2 > this.hashes.length) this.grow();
    const hash = hashOf(word);
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.hashes[slot] !== 0 && !(this.hashes[slot] === hash && this.keys[slot] === word)) slot = (slot + 1) & mask;
    if (this.hashes[slot] === 0) this.count++;
    this.hashes[slot] = hash;
    this.keys[slot] = word;
    this.values[slot] = value;
    return this;
  }

  *entries(): IterableIterator<[string, T]> {
    for (let slot = 0; slot < this.hashes.length; slot++) {
      if (this.hashes[slot] !== 0) yield [this.keys[slot] as string, this.values[slot] as T];
    }
  }

  /** Keeps the table at most half full, so a look-up of an absent word stops after a slot or two. */
  private grow(): void {
    const { hashes, keys, values } = this;
    const size = hashes.length * 2;
    this.hashes = new Int32Array(size);
    this.keys = new Array<string>(size).fill('');
    this.values = new Array<T | undefined>(size);
    this.count = 0;
    for (let slot = 0; slot < hashes.length; slot++) {
      if (hashes[slot] !== 0) this.set(keys[slot] as string, values[slot] as T);
    }
  }
}

/** FNV-1a over the UTF-16 code units, never 0 (0 marks an empty slot). */
function hashOf(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash | 1;
}
