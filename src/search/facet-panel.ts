/**
 * The filters of the search page and of the explorer: a checkbox for every value of every dimension, with
 * its count. Labels come from the index's manifest: text nodes only.
 */
import { FACET_DIMENSIONS, type FacetDimension, type Manifest } from './format.ts';
import { facetDisplayOrder } from './facet-order.ts';
import { foldOnNarrowScreens } from './narrow-screen.ts';
import type { Selection } from './selection.ts';
import { DIMENSION_LABELS, element } from './ui.ts';
import { formatInteger as formatCount, plural } from '../pipeline/text/plural.ts';

interface FacetEntry {
  item: HTMLLIElement;
  input: HTMLInputElement;
  count: HTMLSpanElement;
}

/**
 * Checkboxes for every value of every dimension, built once; `update` rewrites the counts in place
 * (so keyboard focus stays where it is) and hides values with no match that are not ticked.
 */
export class FacetPanel {
  readonly #entries = new Map<string, FacetEntry>();
  readonly #groups = new Map<FacetDimension, HTMLFieldSetElement>();
  readonly #container: HTMLElement;

  constructor(
    container: HTMLElement,
    manifest: Manifest,
    idPrefix: string,
    onChange: (dimension: FacetDimension, value: string, checked: boolean) => void,
  ) {
    this.#container = container;
    foldOnNarrowScreens(container);
    container.replaceChildren();
    for (const dimension of FACET_DIMENSIONS) {
      const list = element('ul', { class: 'facet-values' });
      for (const { value: [value, label], position } of facetDisplayOrder(dimension, manifest.facets[dimension])) {
        const id = `${idPrefix}-${dimension}-${position}`;
        const input = element('input', { type: 'checkbox', id, name: dimension, value });
        input.addEventListener('change', () => onChange(dimension, value, input.checked));
        const count = element('span', { class: 'facet-count' });
        const item = element('li', {}, input, element('label', { for: id }, `${label} `, count));
        list.append(item);
        this.#entries.set(`${dimension}\u0000${value}`, { item, input, count });
      }
      const group = element('fieldset', { class: 'facet' }, element('legend', {}, DIMENSION_LABELS[dimension]), list);
      this.#groups.set(dimension, group);
      container.append(group);
    }
  }

  /** `uniform`: dimensions whose every item has the same value (uniform-facets.ts), hidden unless one is ticked (from the address). */
  update(counts: Record<FacetDimension, Map<string, number>>, selection: Selection, uniform: ReadonlySet<FacetDimension> = new Set()): void {
    // Folded filters (a narrow screen) still say how many are ticked.
    const ticked = FACET_DIMENSIONS.reduce((sum, dimension) => sum + (selection[dimension]?.length ?? 0), 0);
    const active = this.#container.closest('details')?.querySelector('[data-facets-active]');
    if (active) active.textContent = ticked > 0 ? `(${plural(ticked, 'filtre coché', 'filtres cochés')})` : '';
    for (const dimension of FACET_DIMENSIONS) {
      const ticked = new Set(selection[dimension] ?? []);
      let visible = 0;
      for (const [key, entry] of this.#entries) {
        const [entryDimension, value = ''] = key.split('\u0000');
        if (entryDimension !== dimension) continue;
        const count = counts[dimension].get(value) ?? 0;
        entry.input.checked = ticked.has(value);
        entry.count.textContent = `(${formatCount(count)})`;
        entry.item.hidden = count === 0 && !entry.input.checked;
        if (!entry.item.hidden) visible++;
      }
      const group = this.#groups.get(dimension);
      if (group) group.hidden = visible === 0 || (uniform.has(dimension) && ticked.size === 0);
    }
  }
}
