import { describe, expect, it } from 'vitest';
import type { Tag } from '../../src/pipeline/model.ts';
import { groupsOpen, OPEN_GROUPS_UP_TO, sessionGroups } from '../../src/site/session-groups.ts';

const item = (id: string, question: string | null, tag: Tag) => ({ id, question, tag });

describe('a session page’s items by question, then by tag', () => {
  it('keeps the questions in the order the page meets them, the tags in the site’s order, the items in source order', () => {
    const groups = sessionGroups(
      [
        item('a', 'Ce qui fonctionne bien', 'working'),
        item('b', 'Commentaire libre', 'needs'),
        item('c', ' Commentaire libre ', 'broken'),
        item('d', 'Ce qui fonctionne bien', 'working'),
        item('e', 'Commentaire libre', 'needs'),
        item('f', 'Commentaire libre', 'working'),
      ],
      'survey',
    );
    expect(groups.map((group) => [group.id, group.question, group.count])).toEqual([
      ['question-1', 'Ce qui fonctionne bien', 2],
      ['question-2', 'Commentaire libre', 4],
    ]);
    expect(groups[1]?.tags.map((tags) => [tags.id, tags.items.map((each) => each.id)])).toEqual([
      ['question-2-working', ['f']],
      ['question-2-broken', ['c']],
      ['question-2-needs', ['b', 'e']],
    ]);
  });

  it('puts items without a question together, and calls a note’s heading a heading unless it asks', () => {
    const groups = sessionGroups([item('a', null, 'needs'), item('b', '', 'working'), item('c', 'Difficultés', 'broken'), item('d', 'Pourquoi ?', 'broken')], 'workshop');
    expect(groups.map((group) => [group.question, group.kind, group.count])).toEqual([
      [null, 'heading', 2],
      ['Difficultés', 'heading', 1],
      ['Pourquoi ?', 'question', 1],
    ]);
    expect(sessionGroups([item('a', 'Vos attentes', 'needs')], 'survey')[0]?.kind).toBe('question');
  });

  it('opens the groups of a single page of a workshop’s size only, not the short last page of a long session', () => {
    expect(groupsOpen(29, 1)).toBe(true);
    expect(groupsOpen(OPEN_GROUPS_UP_TO, 1)).toBe(true);
    expect(groupsOpen(OPEN_GROUPS_UP_TO + 1, 1)).toBe(false);
    expect(groupsOpen(38, 4)).toBe(false);
    expect(groupsOpen(200, 6)).toBe(false);
  });
});
