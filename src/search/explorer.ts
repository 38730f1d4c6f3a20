/**
 * The verbatim explorer's script (external bundle, no lunr): reads the selection from the URL,
 * counts with the shared `filterItems`/`countBy` over the facet values of every item, and shows
 * the matching verbatims 50 lines at a time (identical answers on one line), fetching only the display
 * chunks of the page shown.
 */
import type { FacetDimension } from './format.ts';
import { applySelection, facetCounts, isEmpty, readState, selectionLabel, toggle, unknownLabel, writeState, type ViewState } from './selection.ts';
import { IndexStore, type FacetItem } from './store.ts';
import { uniformDimensions } from './uniform-facets.ts';
import { FacetPanel } from './facet-panel.ts';
import { resultsJump, revealResults } from './narrow-screen.ts';
import { element, formatCount, httpFetcher, plural, verbatimItem } from './ui.ts';
import { siteLinker } from './site-link.ts';
import { entriesOf } from './entries.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';

export const PER_PAGE = 50;

async function setup(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-status]');
  const app = root.querySelector<HTMLElement>('[data-explorer-app]');
  const facetsBox = root.querySelector<HTMLElement>('[data-facets]');
  const list = root.querySelector<HTMLOListElement>('[data-list]');
  const title = root.querySelector<HTMLElement>('[data-list-title]');
  const pager = root.querySelector<HTMLElement>('[data-pager]');
  const clear = root.querySelector<HTMLButtonElement>('[data-clear]');
  const staticCounts = root.querySelector<HTMLElement>('[data-static-counts]');
  if (!status || !app || !facetsBox || !list || !title || !pager || !clear) return;

  status.textContent = 'Chargement des verbatims…';
  const indexBase = root.dataset.index ?? '/index-recherche/';
  const linkTo = siteLinker(indexBase, location.href);
  let store: IndexStore;
  let items: FacetItem[];
  try {
    store = await IndexStore.open(httpFetcher(indexBase));
    items = await store.facetItems();
  } catch {
    status.textContent = "Les verbatims n’ont pas pu être chargés. Rechargez la page, ou parcourez les thèmes, les régions et les ateliers.";
    return;
  }

  let state: ViewState = readState(location.search, store.manifest);
  let sequence = 0;

  /** `said`: what the status tells before the count, of an action whose button went away. */
  const go = (next: ViewState, focusList: boolean, said = '') => {
    // A filter chosen in the panel replaces what the address got wrong.
    const { unknown: _replaced, ...chosen } = next;
    state = chosen;
    history.pushState(null, '', `${location.pathname}${writeState(state)}`);
    void render(focusList, said);
  };

  const facets = new FacetPanel(facetsBox, store.manifest, 'filtre', (dimension: FacetDimension, value, checked) => {
    go({ ...state, selection: toggle(state.selection, dimension, value, checked), page: 1 }, false);
  });
  // On a phone the open filters are screens long: « Voir les N verbatims » stays at hand below them.
  const details = facetsBox.closest('details');
  const jumpCount = resultsJump(root.querySelector<HTMLButtonElement>('[data-facets-jump]'), 'verbatim', () =>
    revealResults({ details, anchor: status, status, list, heading: title }),
  );
  // The button hides itself once every filter is gone: the focus would fall to <body>. It goes to the
  // list's title, which the status follows with what happened (WCAG 2.4.3).
  clear.addEventListener('click', () => go({ ...state, selection: {}, page: 1 }, true, 'Tous les filtres sont retirés. '));
  window.addEventListener('popstate', () => {
    state = readState(location.search, store.manifest);
    void render(false);
  });

  function pageLink(page: number, label: string, rel: string): HTMLAnchorElement {
    const link = element('a', { href: `${location.pathname}${writeState({ ...state, page })}`, rel }, label);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      go({ ...state, page }, true);
    });
    return link;
  }

  async function render(focusList: boolean, said = ''): Promise<void> {
    const mine = ++sequence;
    // An address naming no region or theme (« ?region=bretagn ») lists nothing rather than everything.
    const unknown = state.unknown ?? [];
    const matching = unknown.length > 0 ? [] : applySelection(items, state.selection);
    facets.update(facetCounts(items, state.selection), state.selection, uniformDimensions(items));
    jumpCount(matching.length);
    clear!.hidden = isEmpty(state.selection) && unknown.length === 0;
    // Pages of lines: identical answers are one line (see entries.ts).
    const entries = entriesOf(
      matching.map((item) => item.doc),
      (doc) => items[doc]?.repeat ?? 0,
    );
    const pages = Math.max(1, Math.ceil(entries.length / PER_PAGE));
    const page = Math.min(state.page, pages);
    const pageEntries = entries.slice((page - 1) * PER_PAGE, page * PER_PAGE);
    const counts = new Map(pageEntries.map((entry) => [entry.doc, entry.count]));
    list!.setAttribute('aria-busy', 'true');
    let views;
    try {
      views = await store.documents(pageEntries.map((entry) => entry.doc));
    } catch {
      if (mine === sequence) status!.textContent = "Cette page de verbatims n’a pas pu être chargée. Réessayez.";
      return;
    }
    if (mine !== sequence) return;
    list!.replaceChildren(...views.map((view) => verbatimItem(view, linkTo, (doc) => store.wholeText(doc), counts.get(view.doc))));
    list!.removeAttribute('aria-busy');
    const first = entries.length === 0 ? 0 : (page - 1) * PER_PAGE + 1;
    const range = entries.length === 0 ? '' : ` (lignes ${formatCount(first)} à ${formatCount(first + pageEntries.length - 1)})`;
    title!.textContent = pages > 1 ? `Verbatims — page ${page} sur ${pages}${range}` : 'Verbatims';
    const grouped =
      entries.length < matching.length
        ? ` Les réponses identiques sont regroupées : ${plural(entries.length, 'ligne')}.`
        : '';
    // Written in the browser, after the pages' typography pass: the same no-break spaces and apostrophes.
    status!.textContent = frenchTypography(
      said +
      (unknown.length > 0
        ? `${unknownLabel(unknown)} Choisissez dans les filtres, ou retirez-les tous.`
        : matching.length === 0
        ? isEmpty(state.selection)
          ? "Aucun verbatim n’a été publié."
          : `Aucun verbatim pour ${selectionLabel(state.selection, store.manifest)}.`
        : `${plural(matching.length, 'verbatim correspond', 'verbatims correspondent')} ${isEmpty(state.selection) ? 'au total' : 'aux filtres'}.${grouped}`),
    );
    pager!.replaceChildren(
      ...(page > 1 ? [pageLink(page - 1, 'Page précédente', 'prev')] : []),
      ...(pages > 1 ? [element('span', {}, `Page ${page} sur ${pages}`)] : []),
      ...(page < pages ? [pageLink(page + 1, 'Page suivante', 'next')] : []),
    );
    if (focusList) title!.focus();
  }

  app.hidden = false;
  if (staticCounts) staticCounts.hidden = true;
  await render(false);
}

const root = document.querySelector<HTMLElement>('[data-explorer]');
if (root) void setup(root);
