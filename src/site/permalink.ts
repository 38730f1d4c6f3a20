/**
 * Where each item lives on the site. There is no page per item (a national consultation has up to a
 * million): items are listed on their session's pages, in source order, 200 per page, each with an
 * anchor. This module is the only place that knows the scheme, so links never disagree.
 */
import type { FeedbackItem } from '../pipeline/model.ts';

/** About 80 phone screens and 180 KB of HTML a page (500 made 200 screens and 445 KB). */
export const ITEMS_PER_PAGE = 200;

/** Items of one session in source order (line, then column, then id for split statements). */
export function sessionOrder(items: readonly FeedbackItem[]): FeedbackItem[] {
  return [...items].sort(
    (a, b) => a.source.line - b.source.line || a.source.column - b.source.column || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Pages of a session of `items` items: one at least, an empty session has its page too. */
export function sessionPageCount(items: number): number {
  return Math.max(1, Math.ceil(items / ITEMS_PER_PAGE));
}

/** A session's items (in session order) cut into its pages: one page at least, empty for an empty session. */
export function sessionPages<T>(items: readonly T[]): T[][] {
  return Array.from({ length: sessionPageCount(items.length) }, (_, index) => items.slice(index * ITEMS_PER_PAGE, (index + 1) * ITEMS_PER_PAGE));
}

/** URL of a session's listing page (1-based page number). */
export function sessionPageUrl(sessionId: string, page = 1): string {
  return page <= 1 ? `/sessions/${sessionId}/` : `/sessions/${sessionId}/${page}/`;
}

/** HTML id of an item's anchor. */
export function itemAnchor(itemId: string): string {
  return `e-${itemId}`;
}

/** Builds a lookup item id → permalink for a whole Synthesis in one pass (linear). */
export function permalinkIndex(items: readonly FeedbackItem[]): Map<string, string> {
  const bySession = new Map<string, FeedbackItem[]>();
  for (const item of items) {
    const list = bySession.get(item.sessionId);
    if (list) list.push(item);
    else bySession.set(item.sessionId, [item]);
  }
  const links = new Map<string, string>();
  for (const [sessionId, list] of bySession) {
    sessionOrder(list).forEach((item, index) => {
      links.set(item.id, `${sessionPageUrl(sessionId, Math.floor(index / ITEMS_PER_PAGE) + 1)}#${itemAnchor(item.id)}`);
    });
  }
  return links;
}
