/**
 * The search page's state: what the reader asks (words, filters, what the address got wrong) and what the
 * page answers (hits, the hits the filters keep, the themes and regions the query names). One `PageStore`
 * holds it; it changes only through the pure transitions below, each returning a new state.
 */
import type { FacetOffer } from './facet-offers.ts';
import type { FacetDimension } from './format.ts';
import type { WordMatcher } from './highlight.ts';
import { applySelection, isEmpty, MAX_QUERY_LENGTH, toggle, writeState, type Selection, type UnknownValue, type ViewState } from './selection.ts';
import type { FacetItem } from './store.ts';

export interface PageState {
  /** The words searched: the field's value as `queryOf` reads it. */
  readonly query: string;
  readonly selection: Selection;
  /** Values of the address naming no facet value (« ?region=atlantide »): said with the results, searched without. */
  readonly ignored: readonly UnknownValue[];
  /** Documents of the query, best first. */
  readonly hits: readonly number[];
  /** Words of the query the index searched (common words left out). */
  readonly searchedWords: number;
  readonly isMatch: WordMatcher;
  /** The hits the filters keep (all of them before the facet values are loaded). */
  readonly shown: readonly number[];
  /** Themes and regions the query names. */
  readonly offers: readonly FacetOffer[];
}

export const INITIAL_STATE: PageState = {
  query: '',
  selection: {},
  ignored: [],
  hits: [],
  searchedWords: 0,
  isMatch: () => false,
  shown: [],
  offers: [],
};

/** The one place the page's state lives: `apply` replaces it with a transition's result. */
export class PageStore {
  #state: PageState = INITIAL_STATE;

  get state(): PageState {
    return this.#state;
  }

  apply<A extends unknown[]>(transition: (state: PageState, ...args: A) => PageState, ...args: A): PageState {
    this.#state = transition(this.#state, ...args);
    return this.#state;
  }
}

/** The query a field's value asks: trimmed, and cut as the address keeps it. */
export function queryOf(value: string): string {
  return value.trim().slice(0, MAX_QUERY_LENGTH);
}

/** The page's address for the state (`?q=…&theme=…`), first page. */
export function addressOf(state: PageState): string {
  return writeState({ query: state.query, selection: state.selection, page: 1 });
}

export function asked(state: PageState, value: string): PageState {
  return { ...state, query: queryOf(value) };
}

/** The reader now types or chooses the filters: what the address got wrong is no longer theirs to hear. */
export function typed(state: PageState): PageState {
  return { ...state, ignored: [] };
}

/** The filters an address names (a page opened, Back or Forward), and the values it names wrongly. */
export function fromAddress(state: PageState, address: Pick<ViewState, 'selection' | 'unknown'>): PageState {
  return { ...state, selection: address.selection, ignored: address.unknown ?? [] };
}

export function facetToggled(state: PageState, dimension: FacetDimension, value: string, checked: boolean): PageState {
  return { ...typed(state), selection: toggle(state.selection, dimension, value, checked) };
}

export function filtersRemoved(state: PageState): PageState {
  return { ...state, selection: {} };
}

/** Nothing listed: no hits, nothing kept, no theme offered. */
export function cleared(state: PageState): PageState {
  return { ...state, hits: [], shown: [], offers: [] };
}

/** The engine's answer to the query. */
export function found(state: PageState, hits: readonly number[], searchedWords: number, isMatch: WordMatcher): PageState {
  return { ...state, hits, searchedWords, isMatch };
}

/** Facet values of the hits, once the facet table (`items`, by document) is loaded. */
export function hitItems(state: PageState, items: readonly FacetItem[] | undefined): FacetItem[] | undefined {
  return items && state.hits.flatMap((doc) => {
    const item = items[doc];
    return item ? [item] : [];
  });
}

/** The hits the filters keep, in the hits' order; all of them until the facet values are loaded. */
export function filtered(state: PageState, items: readonly FacetItem[] | undefined): PageState {
  const current = hitItems(state, items);
  const shown = current && !isEmpty(state.selection) ? applySelection(current, state.selection).map((item) => item.doc) : state.hits;
  return { ...state, shown };
}

export function offered(state: PageState, offers: readonly FacetOffer[]): PageState {
  return { ...state, offers };
}

/** Nothing found, and no theme or region named without a typo: the engine's spelling suggestion is the answer. */
export function wantsSuggestion(state: PageState): boolean {
  return state.hits.length === 0 && state.offers.every((offer) => offer.misspelt);
}
