/** Where items live: a session's pages, counted once for the pages, the permalinks and the chapters' link check. */
import { describe, expect, it } from 'vitest';
import { ITEMS_PER_PAGE, sessionPageCount, sessionPages, sessionPageUrl } from '../../src/site/permalink.ts';

describe('session pages', () => {
  it('counts one page for an empty session, then one more per ITEMS_PER_PAGE items', () => {
    expect(sessionPageCount(0)).toBe(1);
    expect(sessionPageCount(ITEMS_PER_PAGE)).toBe(1);
    expect(sessionPageCount(ITEMS_PER_PAGE + 1)).toBe(2);
    expect(sessionPageCount(5 * ITEMS_PER_PAGE)).toBe(5);
  });

  it('names the first page without its number', () => {
    expect(sessionPageUrl('s1')).toBe('/sessions/s1/');
    expect(sessionPageUrl('s1', 3)).toBe('/sessions/s1/3/');
  });

  it('cuts the items into as many pages as it counts, in order', () => {
    const items = Array.from({ length: 2 * ITEMS_PER_PAGE + 3 }, (_, i) => i);
    const pages = sessionPages(items);
    expect(pages.map((page) => page.length)).toEqual([ITEMS_PER_PAGE, ITEMS_PER_PAGE, 3]);
    expect(pages.flat()).toEqual(items);
    expect(sessionPages([])).toEqual([[]]);
  });
});
