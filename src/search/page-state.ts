/**
 * The search page's state: what the reader asks (words, filters, what the address got wrong) and what the
 * page answers (hits, or the texts holding some of the words when none holds them all; what the filters
 * keep; the themes and regions the query names). One `PageStore` holds it; it changes only through the
 * pure transitions below, each returning a new state.
 */
import type { PartialOutcome, SearchOutcome } from './outcome.ts';
import type { FacetOffer } from './facet-offers.ts';
import type { FacetDimension } from './format.ts';
import type { QueryWord } from './french.ts';
import type { WordMatcher } from './highlight.ts';
import { applySelection, isEmpty, MAX_QUERY_LENGTH, toggle, writeState, type Selection, type UnknownValue, type ViewState } from './selection.ts';
import type { FacetItem } from './store.ts';

/**
 * A query of several words that no text holds all of: the texts holding some of them are listed instead,
 * under their own heading and status (partial-text.ts), the results staying none.
 */
export interface PartialAnswer {
  readonly words: readonly QueryWord[];
  readonly outcome: PartialOutcome;
}

export interface PageState {
  /** The words searched: the field's value as `queryOf` reads it. */
  readonly query: string;
  readonly selection: Selection;
  /** Values of the address naming no facet value (« ?region=atlantide »): said with the results, searched without. */
  readonly ignored: readonly UnknownValue[];
  /** Documents holding every word of the query, best first. */
  readonly hits: readonly number[];
  /** When there are none: the texts holding some of the words, if any does. */
  readonly partial: PartialAnswer | undefined;
  /** What the page lists before the filters: the hits, else the texts of `partial`. */
  readonly listed: readonly number[];
  /** Words of the query the index searched (common words left out). */
  readonly searchedWords: number;
  readonly isMatch: WordMatcher;
  /** What the filters keep of `listed` (all of it before the facet values are loaded). */
  readonly shown: readonly number[];
  /** Themes and regions the query names. */
  readonly offers: readonly FacetOffer[];
}

export const INITIAL_STATE: PageState = {
  query: '',
  selection: {},
  ignored: [],
  hits: [],
  partial: undefined,
  listed: [],
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
  return { ...state, hits: [], partial: undefined, listed: [], shown: [], offers: [] };
}

/**
 * The engine's answer to the query: its hits, or, with none, the texts holding some of the words
 * (`outcome.partial`), listed in their place.
 */
export function found(state: PageState, outcome: Pick<SearchOutcome, 'words' | 'hits' | 'partial'>, isMatch: WordMatcher): PageState {
  const hits = outcome.hits.map((hit) => hit.doc);
  const partial = hits.length === 0 && outcome.partial ? { words: outcome.words, outcome: outcome.partial } : undefined;
  const listed = partial ? partial.outcome.hits.map((hit) => hit.doc) : hits;
  return { ...state, hits, partial, listed, searchedWords: outcome.words.length, isMatch };
}

/**
 * Facet values of the texts listed, once the facet table (`items`, by document) is loaded: the filters
 * count and narrow what the page lists (the texts holding some of the words, when none holds them all).
 */
export function listedItems(state: PageState, items: readonly FacetItem[] | undefined): FacetItem[] | undefined {
  return items && state.listed.flatMap((doc) => {
    const item = items[doc];
    return item ? [item] : [];
  });
}

/** The texts listed that the filters keep, in their order; all of them until the facet values are loaded. */
export function filtered(state: PageState, items: readonly FacetItem[] | undefined): PageState {
  const current = listedItems(state, items);
  const shown = current && !isEmpty(state.selection) ? applySelection(current, state.selection).map((item) => item.doc) : state.listed;
  return { ...state, shown };
}

export function offered(state: PageState, offers: readonly FacetOffer[]): PageState {
  return { ...state, offers };
}

/** Nothing found, and no theme or region named without a typo: the engine's spelling suggestion is the answer. */
export function wantsSuggestion(state: PageState): boolean {
  return state.hits.length === 0 && state.offers.every((offer) => offer.misspelt);
}
