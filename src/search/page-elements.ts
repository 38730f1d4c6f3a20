/**
 * The parts of the search page's markup (src/pages/recherche/index.astro) its script works with, found
 * once; without one of them (another page, a changed template) the script leaves the page as it is.
 */
import type { ResultsElements } from './results-view.ts';

export interface SearchElements extends ResultsElements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  /** The status on screen, after every run. */
  status: HTMLElement;
  /** The polite live region: the status, once the reader pauses (status-announcer.ts). */
  announcer: HTMLElement | null;
  facetsBox: HTMLElement;
  /** « Voir les N résultats » after the filters, when the page has it. */
  facetsJump: HTMLButtonElement | null;
  offersBox: HTMLElement;
  suggestion: HTMLElement | null;
}

export function searchElements(root: HTMLElement): SearchElements | undefined {
  const find = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const form = find<HTMLFormElement>('form');
  const input = find<HTMLInputElement>('input[type="search"]');
  const status = find('[data-status]');
  const panel = find('[data-results-panel]');
  const list = find<HTMLOListElement>('[data-results]');
  const facetsBox = find('[data-facets]');
  const more = find<HTMLButtonElement>('[data-more]');
  const suggestion = find('[data-suggestion]');
  const heading = find('[data-results-title]');
  const offersBox = find('[data-offers]');
  const notice = find('[data-notice]');
  const skip = find<HTMLAnchorElement>('[data-results-skip]');
  if (!form || !input || !status || !panel || !list || !facetsBox || !more || !heading || !offersBox || !notice || !skip) return undefined;
  const facetsJump = find<HTMLButtonElement>('[data-facets-jump]');
  const announcer = find('[data-announcer]');
  return { root, form, input, status, announcer, panel, list, facetsBox, facetsJump, more, suggestion, heading, offersBox, notice, skip };
}
