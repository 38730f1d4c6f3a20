/**
 * Shares of one whole add up to 100 %: largest-remainder rounding (the demo's three tags, 621, 731 and
 * 825 of 2 177, read 29 % + 34 % + 38 % = 101 % when each was rounded alone).
 */
import { describe, expect, it } from 'vitest';
import type { CountableItem } from '../../src/pipeline/analysis/count-by.ts';
import { splitShareText, wholePercents } from '../../src/site/shares.ts';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('wholePercents', () => {
  it('rounds the demo’s three tags to 100 %, the point going to the largest remainder', () => {
    // 28.53, 33.58, 37.90: rounded alone 29 + 34 + 38 = 101.
    expect(wholePercents([621, 731, 825])).toEqual([28, 34, 38]);
  });

  it('gives back the points lost when each share rounds down (99 % otherwise)', () => {
    // 33.33 each: rounded alone 33 + 33 + 33 = 99.
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercents([2, 2, 2, 1])).toEqual([29, 29, 28, 14]);
  });

  it('always adds up to 100, keeps exact shares, and is all zeros for an empty whole', () => {
    for (const counts of [[1], [1, 0], [7, 13, 29, 51], [999, 1, 1, 1, 1, 1, 1], [3, 3, 3, 3, 3, 3, 3]]) {
      expect(sum(wholePercents(counts))).toBe(100);
    }
    expect(wholePercents([1, 3])).toEqual([25, 75]);
    expect(wholePercents([0, 0])).toEqual([0, 0]);
  });
});

describe('splitShareText', () => {
  const item = (tag: CountableItem['tag'], region: string | null, themes = ['autres']): CountableItem => ({
    tag, themes, region, department: null, profile: null, format: 'presentiel', sessionId: 's', weight: 1,
  });
  const items = [
    ...Array.from({ length: 621 }, () => item('working', '53')),
    ...Array.from({ length: 731 }, () => item('broken', '53')),
    ...Array.from({ length: 825 }, () => item('needs', null)),
  ];

  it('prints each tag’s share as a part of the split by tag: 28 % + 34 % + 38 %', () => {
    expect(['working', 'broken', 'needs'].map((tag) => splitShareText(items, { tag }))).toEqual(['28\u00a0%', '34\u00a0%', '38\u00a0%']);
  });

  it('splits along every dimension given, the items without a value being one part', () => {
    expect(splitShareText(items, { region: '' })).toBe('38\u00a0%');
    expect(splitShareText(items, { tag: 'needs', region: '53' })).toBe('0\u00a0%');
  });

  it('leaves alone what cuts no split: a theme, a list of values, no filter', () => {
    expect(splitShareText(items, { theme: 'autres' })).toBeNull();
    expect(splitShareText(items, { tag: ['needs', 'broken'] })).toBeNull();
    expect(splitShareText(items, {})).toBeNull();
  });
});
