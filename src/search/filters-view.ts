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

export class FiltersView {
  readonly #box: HTMLElement;
  readonly #jumpCount: (count: number) => void;
  #panel: FacetPanel | undefined;
  #manifest: Manifest | undefined;

  /** `jump`: « Voir les N résultats », which calls `reveal`. */
  constructor(box: HTMLElement, jump: HTMLButtonElement | null, reveal: () => void) {
    this.#box = box;
    this.#jumpCount = resultsJump(jump, 'résultat', reveal);
  }

  /** The index's manifest (the values' labels), once the filters are built. */
  get manifest(): Manifest | undefined {
    return this.#manifest;
  }

  build(manifest: Manifest, onChange: (dimension: FacetDimension, value: string, checked: boolean) => void): void {
    this.#manifest = manifest;
    this.#panel = new FacetPanel(this.#box, manifest, 'facette', onChange);
  }

  /** The counts over the hits, once the facet values (`items`) are loaded: the filters then show. */
  update(state: PageState, items: readonly FacetItem[] | undefined): void {
    const current = hitItems(state, items);
    if (!current || !this.#panel) return;
    this.#panel.update(facetCounts(current, state.selection), state.selection);
    this.#box.hidden = false;
    this.#jumpCount(state.shown.length);
  }
}
