/**
 * The search page's filters: their checkboxes, built once the index's manifest is known, with counts over
 * the current hits; on a phone, where the open filters are screens long, « Voir les N résultats » below them.
 */
import type { FacetDimension, Manifest } from './format.ts';
import { hitItems, type PageState } from './page-state.ts';
import { facetCounts } from './selection.ts';
import type { FacetItem } from './store.ts';
import { FacetPanel } from './facet-panel.ts';
import { resultsJump } from './narrow-screen.ts';

export interface FiltersView {
  /** The index's manifest (the values' labels), once the filters are built. */
  readonly manifest: Manifest | undefined;
  build(manifest: Manifest, onChange: (dimension: FacetDimension, value: string, checked: boolean) => void): void;
  /** The counts over the hits, once the facet values (`items`) are loaded: the filters then show. */
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
      const current = hitItems(state, items);
      if (!current || !panel) return;
      panel.update(facetCounts(current, state.selection), state.selection);
      box.hidden = false;
      jumpCount(state.shown.length);
    },
  };
}
