import { describe, expect, it } from 'vitest';
import { pagerSlots } from '../../src/site/pager.ts';

describe('compact pager', () => {
  it('links the first, last and two pages around the current one of a 260-page survey', () => {
    expect(pagerSlots(3, 260)).toEqual([1, 2, 3, 4, 5, 'gap', 260]);
    expect(pagerSlots(130, 260)).toEqual([1, 'gap', 128, 129, 130, 131, 132, 'gap', 260]);
    expect(pagerSlots(260, 260)).toEqual([1, 'gap', 258, 259, 260]);
    // A page of about ten links at most, whatever the number of pages.
    for (const current of [1, 50, 259]) expect(pagerSlots(current, 260).length).toBeLessThanOrEqual(9);
  });

  it('lists every page when few, a one-page gap being that page', () => {
    expect(pagerSlots(1, 2)).toEqual([1, 2]);
    expect(pagerSlots(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerSlots(5, 8)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
