/**
 * Second step of the strong ideas: a group most of whose members say everything another group's
 * quote says (each of its content stems, in any order, with more words around them) joins it.
 *
 * The first step joins statements on the Jaccard similarity of their shingles, which is symmetric
 * and so penalises a longer wording of the same thing: « Des rappels par SMS. » (3 shingles) and
 * « Des rappels de rendez-vous automatiques par SMS. » (7) share 2 of 8, under the 0.3 threshold,
 * though the second says all that the first says; their groups, grown around anchors that are not
 * close either, were published as two ideas. The test here is one-sided, like the one deciding who
 * belongs to an idea (`covers` in shingles.ts), and stricter: every stem of the quote, so that a
 * shared name (« Missions Locales ») does not carry « le transfert de dossier entre Missions
 * Locales » into « le même outil pour toutes les Missions Locales ». A member holding all the
 * quote's stems covers it (unless the quote repeats its words), so the members of a merged idea
 * still say what its quote says.
 *
 * Moves go towards a shorter quote only (fewer shingles; the more general wording leads), a group
 * that gives its members receives none, and a quote of fewer than `minStems` stems receives none
 * (« Une appli. » would take every request about an app), nor from a group that says much more
 * than it (see QUOTE_WEIGHT). Both groups must be of one channel (tag).
 *
 * A quote that says « not » takes only members that say it too (negation.ts): the stems leave out
 * « pas » and « aucun », and « Je n’ai pas créé d’entreprise. » took in « La création d’entreprise
 * reste trop complexe », « Je ne suis plus à la recherche d’emploi » the complaints about Pôle
 * emploi's help in looking for one. On the Grand Débat answers this stops 44 of 770 merges, read
 * one by one: 22 wrong in this way, 4 unclear, 18 right (most into a quote as vague as « pas vers
 * pôle emploi »). The other way round is not checked: a member's « pas » or « sans » is mostly in
 * a clause of its own (« Les classes sont surchargées. La scolarité ne peut pas être de qualité »);
 * checking it would stop 88 more merges, of which a labelled 30 held 24 right ones and 4 wrong.
 *
 * Cost: a set-containment join. Each group's common stems (held by most of its members) are
 * listed once; each quote is looked up, through its stem found in the fewest common sets, among
 * the groups listing that stem, and checked against them; the members of a group are compared with
 * a quote only for the few pairs that pass. Lookups of each group's pairs of stems instead came to
 * tens of millions at a million statements (long answers, long common sets).
 */
import { Frequencies } from './frequencies.ts';
import { StemIds } from './stem-ids.ts';
import { stemBit, stemWeights } from './stem-weights.ts';
import { intersectSorted, type ShingleStore } from './shingles.ts';

/**
 * Share of what most of a group say (its common stems, weighted by how much each tells) that the
 * quote it joins must hold: « Des rappels de rendez-vous automatiques par SMS. » holds half of it
 * in « rappel SMS » and joins « Des rappels par SMS. »; « Enlever le monopole de la formation des
 * hauts fonctionnaires à l’ENA » holds a fifth in « hauts fonctionnaires » and stays apart.
 */
const QUOTE_WEIGHT = 0.4;

export interface IdeaGroup {
  /** Statement indices, ascending. */
  members: number[];
  /** The member every other was checked against (its quote). */
  representative: number;
}

/**
 * The groups after the moves, in their original order. The few members a group keeps after giving
 * stay grouped only around their quote: when it moved too, they were grouped for saying what it
 * says and are left alone (as are groups left with fewer than two members).
 */
export function mergeContained(
  store: ShingleStore,
  channels: ArrayLike<number>,
  groups: readonly IdeaGroup[],
  minStems: number,
  negated: (statement: number) => boolean,
): IdeaGroup[] {
  const { uniStart, biStart } = store;
  // Whether statement s may join quote q: all its stems, and its « not » when it has one.
  const joins = (s: number, q: number) => holdsAll(store, s, q) && (!negated(q) || negated(s));
  const count = groups.length;
  const stems = (s: number) => (uniStart[s + 1] as number) - (uniStart[s] as number);
  // Typed copies of what the loops below read again and again (a hundred thousand groups at a million statements).
  const quotes = new Uint32Array(count);
  const sizes = new Uint32Array(count);
  const shingles = new Uint32Array(count);
  const firsts = new Uint32Array(count);
  for (let g = 0; g < count; g++) {
    const group = groups[g] as IdeaGroup;
    const q = group.representative;
    quotes[g] = q;
    sizes[g] = group.members.length;
    shingles[g] = stems(q) + (biStart[q + 1] as number) - (biStart[q] as number);
    firsts[g] = group.members[0] as number;
  }
  // Moves go to an earlier group in this order: shorter quote, then bigger group, then earlier first member.
  const order = new Uint32Array(count);
  for (let g = 0; g < count; g++) order[g] = g;
  order.sort(
    (a, b) => (shingles[a] as number) - (shingles[b] as number) || (sizes[b] as number) - (sizes[a] as number) || (firsts[a] as number) - (firsts[b] as number),
  );
  const rank = new Int32Array(count);
  for (let r = 0; r < count; r++) rank[order[r] as number] = r;

  const weight = stemWeights(store);
  const common = commonStems(store, groups, weight);
  const pairs = containedQuotes(store, common, weight, quotes, rank, channels, Math.max(2, minStems));

  const members = groups.map((group) => group.members);
  const gave = new Uint8Array(count);
  const received = new Uint8Array(count);
  let next = 0;
  for (let r = 0; r < count; r++) {
    const h = order[r] as number;
    const group = members[h] as number[];
    const most = (group.length >> 1) + 1;
    let best = -1;
    let bestStems = 0;
    let bestMoving = 0;
    // Pairs are sorted by the giving group's rank: this group's are next.
    for (; next < pairs.length && (rank[pairs.giver(next)] as number) === r; next++) {
      const g = pairs.quote(next);
      if (gave[g]) continue;
      const q = quotes[g] as number;
      let moving = 0;
      for (let m = 0; m < group.length; m++) moving += +joins(group[m] as number, q);
      if (moving < most) continue;
      // The nearest idea: the quote saying the most, then the bigger group, then the earlier.
      const n = stems(q);
      if (best < 0 || n > bestStems || (n === bestStems && ((sizes[g] as number) > (sizes[best] as number) || (sizes[g] === sizes[best] && (rank[g] as number) < (rank[best] as number))))) {
        best = g;
        bestStems = n;
        bestMoving = moving;
      }
    }
    if (best < 0 || bestMoving === 0) continue;
    const q = quotes[best] as number;
    if (!received[best]) members[best] = [...(members[best] as number[])]; // the caller's arrays stay as they were
    const staying: number[] = [];
    for (let m = 0; m < group.length; m++) {
      const s = group[m] as number;
      (joins(s, q) ? (members[best] as number[]) : staying).push(s);
    }
    members[h] = staying;
    gave[h] = 1;
    received[best] = 1;
  }

  const out: IdeaGroup[] = [];
  groups.forEach((group, g) => {
    const kept = members[g] as number[];
    if (kept.length < 2 || (gave[g] && !kept.includes(group.representative))) return;
    if (received[g]) kept.sort((a, b) => a - b);
    out.push({ members: kept, representative: group.representative });
  });
  return out;
}

/** Each group's common stems (held by most of its members), sorted, end to end; and their total weight. */
interface CommonStems {
  start: Uint32Array;
  stems: Uint32Array;
  weight: Float64Array;
  /** One bit per stem (see stemBit): a quote with a bit the set lacks is not in it, checked at once. */
  bits: Uint32Array;
}

function commonStems(store: ShingleStore, groups: readonly IdeaGroup[], weight: (stem: number) => number): CommonStems {
  const { uniStart, unigrams } = store;
  const start = new Uint32Array(groups.length + 1);
  const totals = new Float64Array(groups.length);
  const bits = new Uint32Array(groups.length);
  let pool = new Uint32Array(1024);
  let length = 0;
  const counts = new Frequencies();
  for (let g = 0; g < groups.length; g++) {
    const members = (groups[g] as IdeaGroup).members;
    const from = length;
    const push = (stem: number) => {
      if (length === pool.length) {
        const bigger = new Uint32Array(pool.length * 2);
        bigger.set(pool);
        pool = bigger;
      }
      pool[length++] = stem;
      totals[g] = (totals[g] as number) + weight(stem);
      bits[g] = (bits[g] as number) | stemBit(stem);
    };
    if (members.length === 2) {
      // Most groups: the stems both hold, read off their sorted runs without counting.
      const a = members[0] as number;
      const b = members[1] as number;
      let i = uniStart[a] as number;
      let j = uniStart[b] as number;
      while (i < (uniStart[a + 1] as number) && j < (uniStart[b + 1] as number)) {
        const x = unigrams[i] as number;
        const y = unigrams[j] as number;
        if (x === y) push(x);
        i += +(x <= y);
        j += +(y <= x);
      }
      start[g + 1] = length;
      continue;
    }
    const most = (members.length >> 1) + 1;
    let held = 0;
    for (let m = 0; m < members.length; m++) held += (uniStart[(members[m] as number) + 1] as number) - (uniStart[members[m] as number] as number);
    counts.reset(held);
    for (let m = 0; m < members.length; m++) {
      const s = members[m] as number;
      for (let i = uniStart[s] as number; i < (uniStart[s + 1] as number); i++) if (counts.add(unigrams[i] as number) === most) push(unigrams[i] as number); // once, as its count reaches a majority
    }
    pool.subarray(from, length).sort();
    start[g + 1] = length;
  }
  return { start, stems: pool.subarray(0, length), weight: totals, bits };
}

/** Pairs (giving group, quote's group), sorted by the giver's rank. */
interface Pairs {
  length: number;
  giver(at: number): number;
  quote(at: number): number;
}

/**
 * Every pair of groups where the quote of one (g, of at least `minStems` stems) is among the common
 * stems of a later one (h, same channel) and holds QUOTE_WEIGHT of their weight. Quotes are looked
 * up through their stem found in the fewest common sets, among the groups listing it.
 */
function containedQuotes(
  store: ShingleStore,
  common: CommonStems,
  weight: (stem: number) => number,
  quotes: Uint32Array,
  rank: Int32Array,
  channels: ArrayLike<number>,
  minStems: number,
): Pairs {
  const { uniStart, unigrams } = store;
  const count = quotes.length;
  // Stem → dense id, and per id in how many common sets it is and its weight.
  const ids = new StemIds();
  const listed: number[] = [];
  const weights: number[] = [];
  for (let i = 0; i < common.stems.length; i++) {
    const id = ids.idOf(common.stems[i] as number, true);
    if (listed[id] === undefined) weights[id] = weight(common.stems[i] as number);
    listed[id] = (listed[id] ?? 0) + 1;
  }
  // The groups listing each id, by increasing weight of their common set (CSR arrays): a quote can
  // only be in a set that weighs at least as much as it and at most 1 / QUOTE_WEIGHT times more,
  // a range found by halving.
  const postingStart = new Uint32Array(listed.length + 1);
  for (let id = 0; id < listed.length; id++) postingStart[id + 1] = (postingStart[id] as number) + (listed[id] as number);
  const fill = postingStart.slice(0, listed.length);
  const postings = new Uint32Array(common.stems.length);
  const byWeight = new Uint32Array(count);
  for (let h = 0; h < count; h++) byWeight[h] = h;
  byWeight.sort((a, b) => (common.weight[a] as number) - (common.weight[b] as number) || a - b);
  for (let k = 0; k < count; k++) {
    const h = byWeight[k] as number;
    for (let i = common.start[h] as number; i < (common.start[h + 1] as number); i++) {
      const id = ids.idOf(common.stems[i] as number, false);
      postings[fill[id] as number] = h;
      fill[id] = (fill[id] as number) + 1;
    }
  }

  const givers: number[] = [];
  const found: number[] = [];
  for (let g = 0; g < count; g++) {
    const q = quotes[g] as number;
    const from = uniStart[q] as number;
    const to = uniStart[q + 1] as number;
    if (to - from < minStems) continue;
    let rarest = -1;
    let fewest = Infinity;
    let said = 0;
    let bits = 0;
    for (let i = from; i < to; i++) {
      bits |= stemBit(unigrams[i] as number);
      const id = ids.idOf(unigrams[i] as number, false);
      const n = id < 0 ? 0 : (listed[id] as number);
      if (n < fewest) {
        fewest = n;
        rarest = id;
      }
      said += weight(unigrams[i] as number);
    }
    if (fewest === 0) continue; // a stem in no common set: no group holds this quote
    // Sums in another order may differ in the last bits: the range is widened by a hair.
    const heaviest = (said / QUOTE_WEIGHT) * (1 + 1e-9);
    let p = lightestFrom(postings, postingStart[rarest] as number, postingStart[rarest + 1] as number, common.weight, said * (1 - 1e-9));
    for (; p < (postingStart[rarest + 1] as number); p++) {
      const h = postings[p] as number;
      if ((common.weight[h] as number) > heaviest) break;
      if ((bits & ~(common.bits[h] as number)) !== 0 || !holdsRun(common.stems, common.start[h] as number, common.start[h + 1] as number, unigrams, from, to)) continue;
      if ((rank[h] as number) <= (rank[g] as number) || channels[quotes[h] as number] !== channels[q]) continue;
      givers.push(h);
      found.push(g);
    }
  }
  const byGiver = Array.from(givers.keys()).sort((a, b) => (rank[givers[a] as number] as number) - (rank[givers[b] as number] as number) || a - b);
  return {
    length: byGiver.length,
    giver: (at) => givers[byGiver[at] as number] as number,
    quote: (at) => found[byGiver[at] as number] as number,
  };
}

/** Whether statement `s` holds every stem of statement `q`. */
function holdsAll(store: ShingleStore, s: number, q: number): boolean {
  const { uniStart, unigrams } = store;
  const needed = (uniStart[q + 1] as number) - (uniStart[q] as number);
  return intersectSorted(unigrams, uniStart[s] as number, uniStart[s + 1] as number, uniStart[q] as number, uniStart[q + 1] as number) === needed;
}

/** Whether the sorted run set[from … to) holds every value of the sorted run run[rFrom … rTo); stops at the first missing. */
function holdsRun(set: Uint32Array, from: number, to: number, run: Uint32Array, rFrom: number, rTo: number): boolean {
  if (to - from < rTo - rFrom) return false;
  let i = from;
  for (let r = rFrom; r < rTo; r++) {
    const value = run[r] as number;
    while (i < to && (set[i] as number) < value) i++;
    if (i === to || set[i] !== value) return false;
    i++;
  }
  return true;
}


/** The first place in postings[from … to), sorted by weight, whose group weighs at least `least`. */
function lightestFrom(postings: Uint32Array, from: number, to: number, weights: Float64Array, least: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((weights[postings[middle] as number] as number) < least) low = middle + 1;
    else high = middle;
  }
  return low;
}
