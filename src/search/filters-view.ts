/**
 * The search page's filters: their checkboxes, built once the index's manifest is known, with counts over
 * what is listed (the hits, or the texts holding some of the words when none holds them all: the filters
 * narrow that list, and the status says how many of it they keep); their heading, « Affiner ces textes » for
 * those texts (no results); on a phone, where the open filters are screens long, « Voir les N résultats »
 * below them (« Voir les N textes » for those texts, as the status and the list's heading name them).
 */
import type { FacetDimension, Manifest } from './format.ts';
import { listedItems, type PageState } from './page-state.ts';
import { facetCounts } from './selection.ts';
import type { FacetItem } from './store.ts';
import { FacetPanel } from './facet-panel.ts';
import { uniformDimensions } from './uniform-facets.ts';
import { resultsJump } from './narrow-screen.ts';
import { PARTIAL_FILTERS_TITLE, PARTIAL_NOUN } from './partial-text.ts';

export interface FiltersView {
  /** The index's manifest (the values' labels), once the filters are built. */
  readonly manifest: Manifest | undefined;
  build(manifest: Manifest, onChange: (dimension: FacetDimension, value: string, checked: boolean) => void): void;
  /** The counts over what is listed, once the facet values (`items`) are loaded: the filters then show. */
  update(state: PageState, items: readonly FacetItem[] | undefined): void;
}

/** `jump`: « Voir les N résultats », which calls `reveal`; `title`: the filters' heading (« Affiner les résultats »). */
export function filtersView(box: HTMLElement, jump: HTMLButtonElement | null, title: HTMLElement | null, reveal: () => void): FiltersView {
  const jumpCount = resultsJump(jump, 'résultat', reveal);
  // The markup's words, for results.
  const resultsTitle = title?.textContent ?? '';
  let panel: FacetPanel | undefined;
  let labels: Manifest | undefined;
  return {
    get manifest() {
      return labels;
    },
    build(manifest, onChange) {
      labels = manifest;
      panel = new FacetPanel(box, manifest, 'facette', onChange);
    },
    update(state, items) {
      // Even before the facet values load: the panel, and this heading, show with the first results.
      if (title) title.textContent = state.partial ? PARTIAL_FILTERS_TITLE : resultsTitle;
      const current = listedItems(state, items);
      if (!current || !panel) return;
      panel.update(facetCounts(current, state.selection), state.selection, uniformDimensions(items ?? current));
      box.hidden = false;
      jumpCount(state.shown.length, state.partial ? PARTIAL_NOUN : 'résultat');
    },
  };
}
