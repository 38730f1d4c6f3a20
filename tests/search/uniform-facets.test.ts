/** The filters that would filter nothing: every item has the same value. */
import { describe, expect, it } from 'vitest';
import type { FacetItem } from '../../src/search/store.ts';
import { uniformDimensions } from '../../src/search/uniform-facets.ts';

const item = (doc: number, fields: Partial<FacetItem>): FacetItem => ({
  doc,
  repeat: 0,
  tag: 'needs',
  themes: ['transports'],
  region: '32',
  department: '59',
  profile: null,
  format: 'enquete',
  sessionId: 'mel',
  weight: 1,
  ...fields,
});

describe('uniformDimensions', () => {
  it('names the dimensions whose every item has the same value, a missing one included', () => {
    const items = [item(0, {}), item(1, { tag: 'broken', themes: ['fiscalite'] }), item(2, { themes: ['transports', 'fiscalite'] })];
    expect([...uniformDimensions(items)].sort()).toEqual(['format', 'profile', 'region']);
  });

  it('keeps a dimension where some item differs, or has no value where others have one', () => {
    const items = [item(0, {}), item(1, { region: null, profile: 'habitant' }), item(2, { format: 'presentiel' })];
    expect([...uniformDimensions(items)].sort()).toEqual(['tag', 'theme']);
  });

  it('hides a theme set every item shares, and nothing for no item', () => {
    expect(uniformDimensions([item(0, { themes: ['a', 'b'] }), item(1, { themes: ['a', 'b'], tag: 'broken' })]).has('theme')).toBe(true);
    expect(uniformDimensions([]).size).toBe(0);
  });
});
