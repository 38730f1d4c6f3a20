/** An item's link with an out-of-date page number: which page has the item now, and the addresses that lead there. */
import { describe, expect, it } from 'vitest';
import { findItemPage, isSessionPagesIndex, itemIdFromHash, missingSessionPageRedirect, sessionPageAddresses, sessionPagesIndex } from '../../src/site/item-lookup.ts';

describe('index of a session’s pages', () => {
  const index = sessionPagesIndex([['a1', 'b2', 'c3'], ['d4', 'c3-1'], ['e5']]);

  it('finds the page of each item, and no page for an item of none', () => {
    expect(index).toEqual({ pages: ['a1 b2 c3', 'd4 c3-1', 'e5'] });
    expect(findItemPage(index, 'a1')).toBe(1);
    expect(findItemPage(index, 'c3')).toBe(1);
    expect(findItemPage(index, 'c3-1')).toBe(2);
    expect(findItemPage(index, 'e5')).toBe(3);
    // Part of an id, or of two ids, is no id.
    expect(findItemPage(index, 'c')).toBeNull();
    expect(findItemPage(index, 'b2 c3')).toBeNull();
    expect(findItemPage(index, 'zz')).toBeNull();
  });

  it('accepts only what it writes', () => {
    expect(isSessionPagesIndex(JSON.parse(JSON.stringify(index)))).toBe(true);
    expect(isSessionPagesIndex(null)).toBe(false);
    expect(isSessionPagesIndex({ pages: [['a1']] })).toBe(false);
    expect(isSessionPagesIndex(['a1 b2'])).toBe(false);
  });
});

describe('item id of a hash', () => {
  it('reads the ids of items, split statements included', () => {
    expect(itemIdFromHash('#e-03ivhfo1flfp4')).toBe('03ivhfo1flfp4');
    expect(itemIdFromHash('#e-03ivhfo1flfp4-2')).toBe('03ivhfo1flfp4-2');
  });

  it('ignores other anchors and anything that is not an id', () => {
    for (const hash of ['', '#', '#contenu', '#groupe-needs', '#e-', '#e-ABC', '#e-a/b', '#e-%2e%2e', '#e-a%zz', '#e-a b']) {
      expect(itemIdFromHash(hash), hash).toBeNull();
    }
  });
});

describe('addresses of a session’s pages, from the page read', () => {
  it('served at the root, from the first page and from another', () => {
    for (const [href, page] of [['https://ex.fr/sessions/s1/#e-x', 1], ['https://ex.fr/sessions/s1/4/?a=b#e-x', 4], ['https://ex.fr/sessions/s1/4#e-x', 4]] as const) {
      const addresses = sessionPageAddresses(href, page);
      expect(addresses.page(1)).toBe('https://ex.fr/sessions/s1/');
      expect(addresses.page(3)).toBe('https://ex.fr/sessions/s1/3/');
      expect(addresses.index).toBe('https://ex.fr/sessions/s1/pages.json');
    }
  });

  it('built --hors-ligne: under a sub-path, or from its files, keeps `index.html`', () => {
    const served = sessionPageAddresses('http://h/livre-blanc/sessions/s1/2/index.html#e-x', 2);
    expect(served.page(1)).toBe('http://h/livre-blanc/sessions/s1/index.html');
    expect(served.page(5)).toBe('http://h/livre-blanc/sessions/s1/5/index.html');
    expect(served.index).toBe('http://h/livre-blanc/sessions/s1/pages.json');
    const file = sessionPageAddresses('file:///D:/site/sessions/s1/index.html#e-x', 1);
    expect(file.page(2)).toBe('file:///D:/site/sessions/s1/2/index.html');
    expect(file.index).toBe('file:///D:/site/sessions/s1/pages.json');
  });
});

describe('404 page: a session page number that no longer exists', () => {
  it('goes to the session’s first page with the same hash, under any path and in either form', () => {
    expect(missingSessionPageRedirect('https://ex.fr/sessions/s1/7/#e-abc')).toBe('https://ex.fr/sessions/s1/#e-abc');
    expect(missingSessionPageRedirect('https://ex.fr/sessions/s1/7/')).toBe('https://ex.fr/sessions/s1/');
    expect(missingSessionPageRedirect('http://h/livre-blanc/sessions/s1/12/index.html#e-abc')).toBe('http://h/livre-blanc/sessions/s1/index.html#e-abc');
  });

  it('leaves every other address on the 404 page, the first page of a missing session included (no loop)', () => {
    for (const href of [
      'https://ex.fr/sessions/s1/',
      'https://ex.fr/sessions/s1/index.html',
      'https://ex.fr/sessions/',
      'https://ex.fr/sessions/s1/abc/',
      'https://ex.fr/sessions/s1/7/8/',
      'https://ex.fr/regions/inconnue/',
      'https://ex.fr/sessions/s1/7/autre.html',
    ]) {
      expect(missingSessionPageRedirect(href), href).toBeNull();
    }
    const first = missingSessionPageRedirect('https://ex.fr/sessions/s1/7/#e-abc');
    expect(first && missingSessionPageRedirect(first)).toBeNull();
  });
});
