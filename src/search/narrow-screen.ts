/**
 * Narrow screens (a phone), where the filters sit above the results (search.css) rather than beside them:
 * they start folded, and the results are brought up to the reader (the scroll itself: reveal.ts).
 */
import { FIRST_RESULT_SHOWN, jumpLabel, revealScroll, type JumpNoun } from './reveal.ts';

/** Screens where the filters sit above the results (search.css) rather than beside them. */
const NARROW_SCREEN = '(max-width: 50rem)';

export function isNarrowScreen(): boolean {
  return window.matchMedia(NARROW_SCREEN).matches;
}

export interface RevealedResults {
  /** The filters' `<details>`, folded so that the results come right after them. */
  details: HTMLDetailsElement | null;
  /** Kept in view with the status when there is room: the search field (its value is the query), or the status. */
  anchor: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  /** Focused (`tabindex="-1"`): a screen reader says where the reader now is; the status keeps its one announcement. */
  heading: HTMLElement;
}

/**
 * On a narrow screen, brings the results to the reader: folds the filters, moves the focus to the results'
 * heading (which also puts a phone's keyboard away) and scrolls so that the first result shows, below the
 * anchor and the status when they fit, else below the heading (reveal.ts).
 */
export function revealResults(view: RevealedResults): void {
  // Beside the results (a wide screen), the filters have no toggle to unfold them again.
  if (view.details && isNarrowScreen()) view.details.open = false;
  view.heading.focus({ preventScroll: true });
  // The visible part of the page: a phone's keyboard shrinks the visual viewport, not the layout one.
  const viewport = window.visualViewport;
  const offset = viewport?.offsetTop ?? 0;
  const top = (node: Element) => node.getBoundingClientRect().top - offset;
  const first = view.list.firstElementChild;
  const delta = revealScroll({
    // No results: the heading is not shown (nor focused: the reader stays in the field to try other words).
    tops: [view.anchor, view.status, view.heading].filter((node) => node.getClientRects().length > 0).map(top),
    bottom: first ? top(first) + FIRST_RESULT_SHOWN : view.status.getBoundingClientRect().bottom - offset,
    viewport: viewport?.height ?? window.innerHeight,
  });
  if (delta !== 0) window.scrollBy({ top: delta, behavior: 'instant' });
}

/**
 * « Voir les N verbatims » right after the filters (their box is a screen high on a narrow screen, and the
 * control hidden beside the results: search.css). Unfolding the filters scrolls it into view, the box above
 * it. Returns what sets its count (and the noun, when it changes with the list); not a live region: the
 * status alone announces each change.
 */
export function resultsJump(
  button: HTMLButtonElement | null,
  noun: JumpNoun,
  reveal: () => void,
): (count: number, listed?: JumpNoun) => void {
  if (!button) return () => undefined;
  button.addEventListener('click', reveal);
  const details = button.closest('details');
  details?.addEventListener('toggle', () => {
    if (details.open && !button.hidden && isNarrowScreen()) button.scrollIntoView({ block: 'nearest' });
  });
  return (count, listed = noun) => {
    button.textContent = jumpLabel(count, listed);
    button.hidden = false;
  };
}

/**
 * On a narrow screen the filters would push the results a few screens down: they start folded
 * (the `<details>` around them, open in the page for wide screens and without JavaScript).
 */
export function foldOnNarrowScreens(container: HTMLElement): void {
  const details = container.closest('details');
  if (details && isNarrowScreen()) details.open = false;
}
