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
 * Cost: one count of each group's stems, and per group a look-up of the quotes filed under its
 * common stems (each quote filed once, under its stem rarest among quotes); members are compared
 * with a quote only when every stem of that quote is held by most of them.
 */
import { Frequencies } from './frequencies.ts';
import { mix32 } from './hash.ts';
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
export function mergeContained(store: ShingleStore, channels: ArrayLike<number>, groups: readonly IdeaGroup[], minStems: number): IdeaGroup[] {
  const { uniStart, unigrams, biStart } = store;
  const stems = (s: number) => (uniStart[s + 1] as number) - (uniStart[s] as number);
  const shingles = (s: number) => stems(s) + (biStart[s + 1] as number) - (biStart[s] as number);
  const quote = (g: number) => (groups[g] as IdeaGroup).representative;
  const size = (g: number) => (groups[g] as IdeaGroup).members.length;
  const order = groups.map((_, g) => g);
  order.sort(
    (a, b) =>
      shingles(quote(a)) - shingles(quote(b)) || size(b) - size(a) || ((groups[a] as IdeaGroup).members[0] as number) - ((groups[b] as IdeaGroup).members[0] as number),
  );
  const rank = new Int32Array(groups.length);
  order.forEach((g, r) => (rank[g] = r));

  // Each receiving quote is filed under its stem rarest among quotes, in rank order: a stem shared
  // by many quotes (« jeune ») then lists few of them.
  const quoteStems = new Frequencies();
  let total = 0;
  for (let g = 0; g < groups.length; g++) total += stems(quote(g));
  quoteStems.reset(total);
  for (let g = 0; g < groups.length; g++) for (let i = uniStart[quote(g)] as number; i < (uniStart[quote(g) + 1] as number); i++) quoteStems.add(unigrams[i] as number);
  const filed = new Map<number, number[]>();
  for (const g of order) {
    const q = quote(g);
    if (stems(q) < minStems) continue;
    let key = unigrams[uniStart[q] as number] as number;
    for (let i = (uniStart[q] as number) + 1; i < (uniStart[q + 1] as number); i++) {
      const stem = unigrams[i] as number;
      if (quoteStems.get(stem) < quoteStems.get(key)) key = stem;
    }
    const list = filed.get(key);
    if (list) list.push(g);
    else filed.set(key, [g]);
  }

  const weight = stemWeights(store);
  const members = groups.map((group) => group.members);
  const gave = new Uint8Array(groups.length);
  const received = new Uint8Array(groups.length);
  const counts = new Frequencies();
  const common: number[] = [];
  for (const h of order) {
    const group = members[h] as number[];
    const most = (group.length >> 1) + 1;
    // Stems held by most members, found as their count reaches a majority.
    let held = 0;
    for (const s of group) held += stems(s);
    counts.reset(held);
    common.length = 0;
    for (const s of group) for (let i = uniStart[s] as number; i < (uniStart[s + 1] as number); i++) if (counts.add(unigrams[i] as number) === most) common.push(unigrams[i] as number);

    const channel = channels[quote(h)];
    let commonWeight = 0;
    for (const stem of common) commonWeight += weight(stem);
    let best = -1;
    let bestMoving = 0;
    for (const stem of common) {
      for (const g of filed.get(stem) ?? []) {
        if ((rank[g] as number) >= (rank[h] as number)) break; // a shorter quote only
        const q = quote(g);
        // Cheap refusals first: a quote with more stems than the group's common ones cannot be in them.
        if (gave[g] || stems(q) > common.length || channels[q] !== channel) continue;
        let all = true;
        let said = 0;
        for (let i = uniStart[q] as number; all && i < (uniStart[q + 1] as number); i++) {
          all = counts.get(unigrams[i] as number) >= most;
          said += weight(unigrams[i] as number);
        }
        if (!all || said < QUOTE_WEIGHT * commonWeight) continue;
        const moving = group.reduce((n, s) => n + +holdsAll(store, s, q), 0);
        // The nearest idea: the quote saying the most, then the bigger group, then the earlier.
        if (moving >= most && (best < 0 || stems(q) > stems(quote(best)) || (stems(q) === stems(quote(best)) && size(g) > size(best)))) {
          best = g;
          bestMoving = moving;
        }
      }
    }
    if (best < 0 || bestMoving === 0) continue;
    const q = quote(best);
    if (!received[best]) members[best] = [...(members[best] as number[])]; // the caller's arrays stay as they were
    const staying: number[] = [];
    for (const s of group) (holdsAll(store, s, q) ? (members[best] as number[]) : staying).push(s);
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

/** Whether statement `s` holds every stem of statement `q`. */
function holdsAll(store: ShingleStore, s: number, q: number): boolean {
  const { uniStart, unigrams } = store;
  const needed = (uniStart[q + 1] as number) - (uniStart[q] as number);
  return intersectSorted(unigrams, uniStart[s] as number, uniStart[s + 1] as number, uniStart[q] as number, uniStart[q + 1] as number) === needed;
}

/**
 * How much a stem tells, log(statements / statements holding it): « pôle emploi » or « manque »,
 * written by thousands, tell less than « rappel » or « SMS ». Counted in a fixed table of 2²⁰
 * counters: a collision can only overcount, so a stem at worst weighs less.
 */
function stemWeights(store: ShingleStore): (stem: number) => number {
  const mask = (1 << 20) - 1;
  const counts = new Uint32Array(mask + 1);
  const { unigrams } = store;
  for (let i = 0; i < unigrams.length; i++) {
    const slot = mix32(unigrams[i] as number) & mask;
    counts[slot] = (counts[slot] as number) + 1;
  }
  const statements = store.uniStart.length - 1;
  return (stem) => Math.log(statements / Math.max(1, counts[mix32(stem) & mask] as number));
}
