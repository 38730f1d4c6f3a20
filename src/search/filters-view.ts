/**
 * The search page's filters: their checkboxes, built once the index's manifest is known, with counts over
 * what is listed (the hits, or the texts holding some of the words when none holds them all: the filters
 * narrow that list, and the status says how many of it they keep); on a phone, where the open filters are
 * screens long, « Voir les N résultats » below them (« Voir les N verbatims » for those texts: no results).
 */
import type { FacetDimension, Manifest } from './format.ts';
import { listedItems, type PageState } from './page-state.ts';
import { facetCounts } from './selection.ts';
import type { FacetItem } from './store.ts';
import { FacetPanel } from './facet-panel.ts';
import { resultsJump } from './narrow-screen.ts';

export interface FiltersView {
  /** The index's manifest (the values' labels), once the filters are built. */
  readonly manifest: Manifest | undefined;
  build(manifest: Manifest, onChange: (dimension: FacetDimension, value: string, checked: boolean) => void): void;
  /** The counts over what is listed, once the facet values (`items`) are loaded: the filters then show. */
  update(state: PageState, items: readonly FacetItem[] | undefined): void;
}

/** `jump`: « Voir les N résultats », which calls `reveal`. */
export function filtersView(box: HTMLElement, jump: HTMLButtonElement | null, reveal: () => void): FiltersView {
  const jumpCount = resultsJump(jump, 'résultat', reveal);
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
      const current = listedItems(state, items);
      if (!current || !panel) return;
      panel.update(facetCounts(current, state.selection), state.selection);
      box.hidden = false;
      jumpCount(state.shown.length, state.partial ? 'verbatim' : 'résultat');
    },
  };
}
