/**
 * The contributions listed under a strong idea: each wording once with its number and regions, the most
 * said first, at most MAX_LISTED; the others counted (an idea of 40,000 contributions made a 63 MB page).
 */
import { describe, expect, it } from 'vitest';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { ideaMembers } from '../../src/site/idea-members.ts';
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
    expect(listed.map(({ item: first, count, regions }) => [first.id, count, regions])).toEqual([
      ['a', 3, 2],
      ['b', 2, 1],
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
});
