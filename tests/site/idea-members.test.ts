/**
 * The contributions listed under a strong idea: each wording once with its number and regions, the most
 * said first, at most MAX_LISTED; the others counted (an idea of 40,000 contributions made a 63 MB page).
 */
import { describe, expect, it } from 'vitest';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { ideaMembers, unlocatedMembers, wordingNote } from '../../src/site/idea-members.ts';
import { rawItem } from '../support/raw-item.ts';

const item = (id: string, text: string, region: string | null): FeedbackItem => ({
  ...rawItem(text, { id, region }),
  tag: 'needs',
  tagSource: 'explicit',
  confidence: 1,
  themes: ['autres'],
});

describe('ideaMembers', () => {
  const items = [
    item('a', 'Des rappels par SMS.', '53'),
    item('b', 'Un SMS de rappel la veille', '11'),
    item('c', 'des rappels par sms', '84'),
    item('d', 'Des Rappels par SMS !', '53'),
    item('e', 'Un SMS de rappel la veille', '11'),
  ];
  const byId = new Map(items.map((each) => [each.id, each]));

  it('lists each wording once, the most said first, with its number and its regions', () => {
    const { listed, others, wordings } = ideaMembers(['b', 'a', 'c', 'd', 'e'], byId);
    expect(listed.map(({ item: first, count, regions, unlocated }) => [first.id, count, regions, unlocated])).toEqual([
      ['a', 3, ['53', '84'], 0],
      ['b', 2, ['11'], 0],
    ]);
    expect([others, wordings]).toEqual([0, 2]);
  });

  it('lists at most `max` wordings and counts the contributions left out', () => {
    const { listed, others, wordings } = ideaMembers(['a', 'b', 'c', 'd', 'e'], byId, 1);
    expect(listed.map((wording) => wording.item.id)).toEqual(['a']);
    expect([others, wordings]).toEqual([2, 2]);
  });

  it('keeps a page small whatever the idea: 40,000 contributions, 30 lines', () => {
    const many = Array.from({ length: 40_000 }, (_, i) => item(`m${i}`, `Rappel numéro ${i % 500}`, null));
    const { listed, others } = ideaMembers(many.map((each) => each.id), new Map(many.map((each) => [each.id, each])));
    expect(listed).toHaveLength(30);
    expect(others).toBe(40_000 - 30 * 80);
  });

  it('counts a contribution without a region apart, never as one more region (as the idea’s own regions)', () => {
    const mixed = [
      item('p', 'Un agenda partagé', '53'),
      item('q', 'un agenda partagé', '94'),
      item('r', 'Un agenda partagé.', null),
      item('s', 'Un agenda partagé', null),
    ];
    const mixedById = new Map(mixed.map((each) => [each.id, each]));
    const [wording] = ideaMembers(['p', 'q', 'r', 's'], mixedById).listed;
    expect([wording?.regions, wording?.unlocated]).toEqual([['53', '94'], 2]);
    expect(unlocatedMembers(['p', 'q', 'r', 's', 'absent'], mixedById)).toBe(2);
  });
});

describe('wordingNote', () => {
  const name = (code: string) => ({ '53': 'Bretagne', '94': 'Corse' })[code] ?? code;
  it('names a single region, counts several, and says the contributions without a region', () => {
    expect(wordingNote({ count: 1, regions: ['53'], unlocated: 0 }, name)).toBe('Bretagne');
    expect(wordingNote({ count: 1, regions: [], unlocated: 1 }, name)).toBe('Sans région');
    expect(wordingNote({ count: 3, regions: ['53'], unlocated: 0 }, name)).toBe('3 contributions, Bretagne');
    expect(wordingNote({ count: 5, regions: ['53', '94'], unlocated: 1 }, name)).toBe('5 contributions, 2 régions et 1 sans région');
    expect(wordingNote({ count: 3, regions: ['94'], unlocated: 2 }, name)).toBe('3 contributions, Corse et 2 sans région');
    expect(wordingNote({ count: 3, regions: [], unlocated: 3 }, name)).toBe('3 contributions, sans région');
    expect(wordingNote({ count: 12_000, regions: [], unlocated: 12_000 }, name)).toBe('12\u202f000 contributions, sans région');
  });
});
