/**
 * The analysis' fast paths against the plain way they replace: same answers, by construction and
 * on random inputs.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import type { Dimension } from '../../src/pipeline/synthesis-model.ts';
import { countBy, countColumns, CountColumns, DIMENSIONS } from '../../src/pipeline/analysis/count-by.ts';
import { bestWithoutEchoes, withoutEchoes, type Scored } from '../../src/pipeline/analysis/emerging-rank.ts';
import { bucketChains, bucketScratch } from '../../src/pipeline/analysis/ideas/buckets.ts';
import { isClose, subsetStore, type ShingleStore } from '../../src/pipeline/analysis/ideas/shingles.ts';
import { buildCounts, themedShareOf } from '../../src/pipeline/analysis/counts.ts';
import { themedShare } from '../../src/pipeline/themes/index.ts';
import { item } from './fixtures.ts';

describe('countColumns', () => {
  const arbitraryItem = fc
    .record({
      tag: fc.constantFrom('working', 'broken', 'needs' as const),
      // Repeated themes on purpose: an item counts once per distinct theme.
      themes: fc.array(fc.constantFrom('saisie', 'agenda', 'autres', 'pilotage'), { maxLength: 4 }),
      region: fc.option(fc.constantFrom('11', '84', '93'), { nil: null }),
      department: fc.option(fc.constantFrom('75', '69', '13'), { nil: null }),
      profile: fc.option(fc.nat(300).map(String), { nil: null }),
      sessionId: fc.nat(300).map((n) => `s${n}`),
      weight: fc.double({ min: 0.1, max: 20, noNaN: true }),
    })
    .map((fields): FeedbackItem => ({ ...item(), ...fields }));
  const dimensions = fc.uniqueArray(fc.constantFrom(...DIMENSIONS), { minLength: 0, maxLength: 4 });

  it('counts the items a mask keeps as countBy counts them, weights summed in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbitraryItem, fc.boolean()), { maxLength: 80 }), dimensions, (rows, dims) => {
        const items = rows.map(([i]) => i);
        const mask = Uint8Array.from(rows, ([, kept]) => (kept ? 1 : 0));
        const kept = items.filter((_, i) => mask[i] === 1);
        expect(countColumns(new CountColumns(items), dims, mask)).toEqual(countBy(kept, dims));
      }),
    );
  });

  it('counts many combinations (sparse cells) and `theme` twice the general way, still exactly', () => {
    const sum = (items: readonly FeedbackItem[]) => items.reduce((w, i) => w + i.weight, 0);
    fc.assert(
      // 30 items or more: enough distinct sessions and profiles for the cells to be counted sparsely.
      fc.property(fc.array(arbitraryItem, { minLength: 30, maxLength: 60 }), (items) => {
        const wide: Dimension[] = ['session', 'profile', 'department', 'theme'];
        const rows = countColumns(new CountColumns(items), wide);
        expect(rows.reduce((n, r) => n + r.items, 0)).toBe(items.reduce((n, i) => n + new Set(i.themes).size, 0));
        for (const { keys, items: n, weight } of rows) {
          const [session, profile, department, theme] = keys as [string, string, string, string];
          const matching = items.filter(
            (i) => i.sessionId === session && (i.profile ?? '') === profile && (i.department ?? '') === department && i.themes.includes(theme),
          );
          expect([n, weight]).toEqual([matching.length, sum(matching)]);
        }
        for (const { keys, items: n, weight } of countColumns(new CountColumns(items), ['theme', 'theme'])) {
          const matching = items.filter((i) => i.themes.includes(keys[0] as string) && i.themes.includes(keys[1] as string));
          expect([n, weight]).toEqual([matching.length, sum(matching)]);
        }
      }),
    );
  });
});

describe('bucketChains', () => {
  it('links each statement to the latest earlier one with the same key', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(5), fc.constantFrom(0xffffffff, 0x10000, 0x1ffff)), { maxLength: 200 }), fc.nat(3), (values, offset) => {
        const keys = Uint32Array.from([...Array<number>(offset).fill(7), ...values]);
        const previous = new Int32Array(values.length);
        bucketChains(keys, offset, values.length, previous, bucketScratch(values.length));
        const last = new Map<number, number>();
        values.forEach((key, e) => {
          expect(previous[e]).toBe(last.get(key >>> 0) ?? -1);
          last.set(key >>> 0, e);
        });
      }),
    );
  });
});

describe('bestWithoutEchoes', () => {
  it('gives what ranking every candidate then dropping echoes gives', () => {
    const candidate = fc.record({
      score: fc.integer({ min: 1, max: 30 }).map((n) => n / 10),
      // Mostly one count and few stems: most candidates echo a kept one, so the ranking must go deep.
      count: fc.constantFrom(2, 2, 2, 3),
      stems: fc.uniqueArray(fc.nat(14), { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(candidate, { minLength: 100, maxLength: 225, selector: (c) => c.stems.join(' ') }), (list) => {
        const scored = list.map((c, term): Scored => ({ term, ...c, text: c.stems.map((s) => `s${s}`).join(' ') }));
        const all = [...scored].sort(
          (a, b) => b.score - a.score || b.count - a.count || b.stems.length - a.stems.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
        );
        const best = bestWithoutEchoes(
          scored.map((c) => c.score),
          (at) => scored[at] as Scored,
        );
        expect(best).toEqual(withoutEchoes(all));
      }),
      { numRuns: 50 },
    );
  });
});

describe('isClose', () => {
  it('decides as the Jaccard similarity and shared stems computed in full do', () => {
    const set = fc.uniqueArray(fc.nat(12), { maxLength: 8 }).map((values) => values.sort((x, y) => x - y));
    const statement = fc.tuple(set, set);
    fc.assert(
      fc.property(statement, statement, fc.constantFrom(0, 0.15, 0.3, 0.5, 1), fc.nat(3), ([ua, ba], [ub, bb], threshold, minShared) => {
        const store: ShingleStore = {
          uniStart: Uint32Array.from([0, ua.length, ua.length + ub.length]),
          unigrams: Uint32Array.from([...ua, ...ub]),
          biStart: Uint32Array.from([0, ba.length, ba.length + bb.length]),
          bigrams: Uint32Array.from([...ba, ...bb]),
        };
        const sharedStems = ua.filter((x) => ub.includes(x)).length;
        const shared = sharedStems + ba.filter((x) => bb.includes(x)).length;
        const union = ua.length + ub.length + ba.length + bb.length - shared;
        const jaccard = union === 0 ? 0 : shared / union;
        expect(isClose(store, 0, 1, threshold, minShared)).toBe(sharedStems >= minShared && jaccard >= threshold);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('subsetStore', () => {
  it('holds the members\' sets, renumbered in order, and decides isClose as the full store does', () => {
    const set = fc.uniqueArray(fc.nat(20), { maxLength: 6 }).map((values) => values.sort((x, y) => x - y));
    const statements = fc.array(fc.tuple(set, set), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(statements, fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (list, keep) => {
        const runs = (sets: number[][]) => ({ start: Uint32Array.from([0, ...sets.map((_, i) => sets.slice(0, i + 1).flat().length)]), pool: Uint32Array.from(sets.flat()) });
        const uni = runs(list.map(([u]) => u));
        const bi = runs(list.map(([, b]) => b));
        const store: ShingleStore = { uniStart: uni.start, unigrams: uni.pool, biStart: bi.start, bigrams: bi.pool };
        const members = list.map((_, s) => s).filter((s) => keep[s]);
        const own = subsetStore(store, members);
        expect(own.uniStart.length).toBe(members.length + 1);
        members.forEach((s, m) => {
          expect([...own.unigrams.subarray(own.uniStart[m], own.uniStart[m + 1])]).toEqual(list[s]?.[0]);
          expect([...own.bigrams.subarray(own.biStart[m], own.biStart[m + 1])]).toEqual(list[s]?.[1]);
          members.forEach((t, n) => expect(isClose(own, m, n, 0.3, 1)).toBe(isClose(store, s, t, 0.3, 1)));
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('CountColumns.readAll', () => {
  it('reads what the columns read one at a time read, and the themed share as themedShare', () => {
    const arbitrary = fc
      .record({
        themes: fc.array(fc.constantFrom('saisie', 'autres', 'agenda'), { maxLength: 3 }),
        region: fc.option(fc.constantFrom('11', '84', ''), { nil: null }),
        weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
      })
      .map((fields): FeedbackItem => ({ ...item(), ...fields }));
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 40 }), (items) => {
        const all = CountColumns.readAll(items);
        const lazy = new CountColumns(items);
        for (const dims of [['theme'], ['region', 'theme'], ['tag', 'session']] as Dimension[][]) expect(countColumns(all, dims)).toEqual(countColumns(lazy, dims));
        expect(Array.from(all.located())).toEqual(Array.from(lazy.located()));
        expect(themedShareOf(all)).toBe(themedShare(items));
        expect(buildCounts(items, all)).toEqual(buildCounts(items));
      }),
    );
  });
});
