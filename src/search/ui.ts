/**
 * DOM pieces shared by the search page and the verbatim explorer. Item text is untrusted: it only
 * ever becomes text nodes (`textContent`, `createTextNode`), never HTML.
 */
import type { DocView, FetchJson } from './store.ts';
import { FACET_DIMENSIONS, type FacetDimension, type Manifest } from './format.ts';
import { excerpt, highlight, type WordMatcher } from './highlight.ts';
import { facetDisplayOrder } from './facet-order.ts';
import { FIRST_RESULT_SHOWN, jumpLabel, revealScroll } from './reveal.ts';
import type { Selection } from './selection.ts';
import type { LinkTo } from './site-link.ts';
import { formatInteger as formatCount, plural } from '../pipeline/text/plural.ts';

export const DIMENSION_LABELS: Readonly<Record<FacetDimension, string>> = {
  tag: 'Étiquette',
  theme: 'Thème',
  region: 'Région',
  profile: 'Profil',
  format: 'Format',
};

// The pipeline's French count, so the search page counts as the site's pages and check do.
export { formatInteger as formatCount, plural } from '../pipeline/text/plural.ts';

/** Fetches the index files below `base` (the manifest revalidated, the others keyed by the build hash). */
export function httpFetcher(base: string): FetchJson {
  return async (file, version) => {
    const url = `${base}${file}${version ? `?v=${encodeURIComponent(version)}` : ''}`;
    const response = await fetch(url, version ? {} : { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url} : ${response.status}`);
    return response.json() as Promise<unknown>;
  };
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

/** Text with its matched words in <mark>, built from text nodes only. */
export function highlighted(text: string, isMatch: WordMatcher): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of highlight(text, isMatch)) {
    fragment.append(segment.mark ? element('mark', {}, segment.text) : document.createTextNode(segment.text));
  }
  return fragment;
}

/** « Ce qui fonctionne · Saisie et ergonomie, Agenda · Bretagne · Conseillers · Présentiel · 3 votes ». */
function metaLine(doc: DocView): HTMLSpanElement {
  const parts = [
    doc.themes.map((theme) => theme.label).join(', '),
    doc.region.value ? doc.region.label : '',
    doc.profile.value ? doc.profile.label : '',
    doc.format.label,
    // 1 is also an item never put to the vote; 0 comes only from a count (« (0 vote) »), and is said.
    doc.weight !== 1 ? plural(doc.weight, 'vote') : '',
  ].filter((part) => part !== '');
  return element('span', {}, element('span', { class: `tag tag-${doc.tag.value}` }, doc.tag.label), ` · ${parts.join(' · ')}`);
}

/**
 * « Question : Ce qui vous gêne au quotidien » before the verbatim, as on the site's pages
 * (VerbatimItem.astro): a bare « Non » is only understood with it. Text nodes only (a survey header is
 * untrusted); the no-break space before « : » is the pages' typography.
 */
function questionLine(doc: DocView): HTMLParagraphElement[] {
  if (!doc.question) return [];
  return [element('p', { class: 'question' }, element('span', { class: 'question-label' }, `${doc.question.label}\u00a0:`), ` ${doc.question.text}`)];
}

/** A search result: the excerpt (matched words marked) links to the item's permalink (through `linkTo`, see site-link.ts). */
export function resultItem(doc: DocView, isMatch: WordMatcher, linkTo: LinkTo, count = 1): HTMLLIElement {
  const link = element('a', { href: linkTo(doc.permalink), class: 'result-link' }, highlighted(excerpt(doc.text, isMatch), isMatch));
  return element(
    'li',
    { class: `verbatim verbatim-${doc.tag.value} result` },
    ...questionLine(doc),
    element('p', { class: 'result-text' }, link),
    element('p', { class: 'meta' }, ...metaLines(doc, count, element('span', { class: 'source' }, sourceLabel(count), doc.source))),
  );
}

/**
 * A row of the explorer: the verbatim, its facets, and its source linking to its permalink (through
 * `linkTo`). `count` > 1: the row stands for that many identical answers (see entries.ts).
 */
export function verbatimItem(doc: DocView, linkTo: LinkTo, count = 1): HTMLLIElement {
  const source = element('span', { class: 'source' }, sourceLabel(count), element('a', { href: linkTo(doc.permalink) }, doc.source));
  return element(
    'li',
    { class: `verbatim verbatim-${doc.tag.value}` },
    ...questionLine(doc),
    element('blockquote', {}, doc.text),
    element('p', { class: 'meta' }, ...metaLines(doc, count, source)),
  );
}

/** The facets line, « N réponses identiques » when the row stands for several, then the source. */
function metaLines(doc: DocView, count: number, source: HTMLSpanElement): Node[] {
  const repeats =
    count > 1
      ? [element('span', { class: 'repeats' }, `${formatCount(count)} réponses identiques (aux majuscules, accents et ponctuation près)`), element('br')]
      : [];
  return [metaLine(doc), element('br'), ...repeats, source];
}

function sourceLabel(count: number): string {
  return count > 1 ? 'Source de la première : ' : 'Source : ';
}

/** Screens where the filters sit above the results (search.css) rather than beside them. */
const NARROW_SCREEN = '(max-width: 50rem)';

export function isNarrowScreen(): boolean {
  return window.matchMedia(NARROW_SCREEN).matches;
}

export interface ResultsView {
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
export function revealResults(view: ResultsView): void {
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
 * it. Returns what sets its count; not a live region: the status alone announces each change.
 */
export function resultsJump(button: HTMLButtonElement | null, noun: 'verbatim' | 'résultat', reveal: () => void): (count: number) => void {
  if (!button) return () => undefined;
  button.addEventListener('click', reveal);
  const details = button.closest('details');
  details?.addEventListener('toggle', () => {
    if (details.open && !button.hidden && isNarrowScreen()) button.scrollIntoView({ block: 'nearest' });
  });
  return (count) => {
    button.textContent = jumpLabel(count, noun);
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

  update(counts: Record<FacetDimension, Map<string, number>>, selection: Selection): void {
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
      if (group) group.hidden = visible === 0;
    }
  }
}
