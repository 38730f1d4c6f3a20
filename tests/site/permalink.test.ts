/** Where items live: a session's pages, counted once for the pages, the permalinks and the chapters' link check. */
import { describe, expect, it } from 'vitest';
import { ITEMS_PER_PAGE, sessionPageCount, sessionPageUrl } from '../../src/site/permalink.ts';

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
});
