/**
 * A session page's items grouped by the question they answer (a survey's column, a note's heading),
 * in the order the page first meets them, then by tag (TAGS order), each group keeping the items'
 * source order. Each tag group is a `<details>` on the page: closed when the page is long (a
 * questionnaire's 200 answers made a 375 px phone scroll 55 000 px), so that the page opens on the
 * list of its groups; a browser opens the one a permalink (`#e-<id>`) or find-in-page lands in.
 */
import { TAGS, type FeedbackItem, type Session, type Tag } from '../pipeline/model.ts';
import type { QuestionKind } from './question-label.ts';

export interface SessionTagGroup<T> {
  tag: Tag;
  /** HTML id of the group's `<details>`. */
  id: string;
  items: T[];
}

export interface SessionQuestionGroup<T> {
  /** The question or heading as the source gives it, null for items that have none. */
  question: string | null;
  kind: QuestionKind;
  /** HTML id of the group's heading. */
  id: string;
  count: number;
  tags: Array<SessionTagGroup<T>>;
}

/**
 * Groups open up to this many items on a page: a workshop (20 to 30 items, about ten phone screens)
 * reads in full as before; beyond, the page opens on its groups' headings.
 */
export const OPEN_GROUPS_UP_TO = 40;

/**
 * Whether a page of `items` items, of a session of `pages` pages, shows its groups open. Every page of
 * a session of several pages opens closed, its last one too: the same way through each of them.
 */
export function groupsOpen(items: number, pages: number): boolean {
  return pages === 1 && items <= OPEN_GROUPS_UP_TO;
}

/** The page's items (in session order) by question, then by tag. */
export function sessionGroups<T extends Pick<FeedbackItem, 'question' | 'tag'>>(items: readonly T[], sessionKind: Session['kind']): Array<SessionQuestionGroup<T>> {
  const byQuestion = new Map<string | null, Map<Tag, T[]>>();
  for (const item of items) {
    const question = item.question?.trim() || null;
    let tags = byQuestion.get(question);
    if (!tags) byQuestion.set(question, (tags = new Map()));
    const list = tags.get(item.tag);
    if (list) list.push(item);
    else tags.set(item.tag, [item]);
  }
  return [...byQuestion].map(([question, tags], index) => {
    const id = `question-${index + 1}`;
    return {
      question,
      // As verbatimQuestion says it: a survey's column is a question, a note's heading is one when it asks.
      kind: sessionKind === 'survey' || question?.endsWith('?') ? 'question' : 'heading',
      id,
      count: [...tags.values()].reduce((sum, list) => sum + list.length, 0),
      tags: TAGS.flatMap((tag) => {
        const list = tags.get(tag);
        return list ? [{ tag, id: `${id}-${tag}`, items: list }] : [];
      }),
    };
  });
}
