/**
 * The most typical member of an idea: highest mean frequency, within the group, of its shingles
 * (how many members share each of its stems and stem pairs), among members of the majority tag;
 * ties go to the smallest id. A statement made only of the group's common words wins over one that
 * adds a second subject, which a centroid cosine would favour.
 *
 * The biggest ideas have thousands of members: the frequencies are counted in two open-addressing
 * tables of typed arrays (unigrams, bigrams), not in a Map of boxed numbers, and the tables are
 * reused from one idea to the next (a generation number empties them): at a million statements,
 * fresh tables per idea were hundreds of MB of garbage and as many full garbage collections.
 */
import { Frequencies } from './frequencies.ts';
import type { ShingleStore } from './shingles.ts';

export class RepresentativePicker {
  private readonly store: ShingleStore;
  private readonly unigrams = new Frequencies();
  private readonly bigrams = new Frequencies();

  constructor(store: ShingleStore) {
    this.store = store;
  }

  /** Index in `group` of the representative; `eligible(s)` says whether statement s has the majority tag. */
  of(group: readonly number[], eligible: (s: number) => boolean): number {
    const { uniStart, unigrams, biStart, bigrams } = this.store;
    let shingles = 0;
    for (const s of group) shingles += runLength(uniStart, s) + runLength(biStart, s);
    this.unigrams.reset(shingles);
    this.bigrams.reset(shingles);
    for (const s of group) {
      for (let i = uniStart[s] as number; i < (uniStart[s + 1] as number); i++) this.unigrams.add(unigrams[i] as number);
      for (let i = biStart[s] as number; i < (biStart[s + 1] as number); i++) this.bigrams.add(bigrams[i] as number);
    }
    let best = -1;
    let bestScore = 0;
    group.forEach((s, at) => {
      if (!eligible(s)) return;
      let sum = 0;
      for (let i = uniStart[s] as number; i < (uniStart[s + 1] as number); i++) sum += this.unigrams.get(unigrams[i] as number);
      for (let i = biStart[s] as number; i < (biStart[s + 1] as number); i++) sum += this.bigrams.get(bigrams[i] as number);
      const size = runLength(uniStart, s) + runLength(biStart, s);
      const score = size === 0 ? 0 : sum / size;
      // Members are visited in id order, so keeping the first best breaks ties by smallest id.
      if (best < 0 || score > bestScore + 1e-12) {
        best = at;
        bestScore = score;
      }
    });
    return Math.max(0, best);
  }
}

function runLength(start: Uint32Array, s: number): number {
  return (start[s + 1] as number) - (start[s] as number);
}
