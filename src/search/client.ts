/**
 * The search page's script (bundled by Astro as an external module: the site's CSP forbids inline
 * scripts). Small on its own: lunr, the French pipeline and the index are loaded only when the
 * reader first focuses or uses the search box (or arrives with `?q=`).
 *
 * Results are announced in a polite live region (« 12 résultats pour « donnees » »); ↓ from the box
 * goes to the results, ↑/↓ move between them, Échap returns to the box; plain Tab order works too, with
 * « Aller aux résultats » after the field to skip the filters.
 *
 * History (address-history.ts): a query the reader settles on keeps its entry, so that Back returns to the
 * previous search, which `popstate` runs again.
 */
import type { SearchEngine } from './engine.ts';
import { FACET_DIMENSIONS, type FacetDimension, type Manifest } from './format.ts';
import {
  applySelection,
  facetCounts,
  ignoredLabel,
  isEmpty,
  MAX_QUERY_LENGTH,
  readState,
  selectionLabel,
  toggle,
  writeState,
  type Selection,
  type UnknownValue,
} from './selection.ts';
import type { FacetItem } from './store.ts';
import { element, FacetPanel, httpFetcher, isNarrowScreen, plural, resultItem, resultsJump, revealResults } from './ui.ts';
import { facetOffers, type FacetOffer } from './facet-offers.ts';
import { noResultAdvice, offersSentence, offerText, shownQuery } from './page-text.ts';
import { siteLinker } from './site-link.ts';
import { entryAt } from './entries.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';
import { addressHistory, type UrlUpdate } from './address-history.ts';
import { resultsKeyboard } from './results-keys.ts';

const PAGE = 20;
const DELAY = 180;
/** Typing paused this long: the query is settled, and keeps its history entry. */
const SETTLE = 1000;


function setup(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form');
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root.querySelector<HTMLElement>('[data-status]');
  const panel = root.querySelector<HTMLElement>('[data-results-panel]');
  const list = root.querySelector<HTMLOListElement>('[data-results]');
  const facetsBox = root.querySelector<HTMLElement>('[data-facets]');
  const more = root.querySelector<HTMLButtonElement>('[data-more]');
  const suggestion = root.querySelector<HTMLElement>('[data-suggestion]');
  const heading = root.querySelector<HTMLElement>('[data-results-title]');
  const offersBox = root.querySelector<HTMLElement>('[data-offers]');
  const notice = root.querySelector<HTMLElement>('[data-notice]');
  const skip = root.querySelector<HTMLAnchorElement>('[data-results-skip]');
  if (!form || !input || !status || !panel || !list || !facetsBox || !more || !heading || !offersBox || !notice || !skip) return;
  const base = root.dataset.index ?? '/index-recherche/';
  const linkTo = siteLinker(base, location.href);

  let engine: Promise<SearchEngine> | undefined;
  let facets: FacetPanel | undefined;
  let manifest: Manifest | undefined;
  let selection: Selection = {};
  // Values of the address naming no facet value (« ?region=atlantide »): said with the results, searched without.
  let ignored: UnknownValue[] = [];
  let query = '';
  let hits: number[] = []; // documents of the current query, best first
  let isMatch: (word: string) => boolean = () => false;
  let items: FacetItem[] | undefined; // facet values of every document, once loaded
  let shown: number[] = [];
  let rendered = 0; // positions of `shown` already listed (identical answers count as one line)
  let totals: Record<FacetDimension, Map<string, number>> | undefined; // counts over the whole consultation
  let offers: FacetOffer[] = []; // themes and regions the query names
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const addresses = addressHistory();

  const load = (): Promise<SearchEngine> => {
    if (!engine) {
      engine = import('./engine.ts').then(({ SearchEngine }) => SearchEngine.open(httpFetcher(base)));
      // A failed download (offline, moved site) is retried on the next attempt.
      engine.catch(() => {
        engine = undefined;
      });
    }
    return engine;
  };

  // Written in the browser, after the pages' typography pass: the same no-break spaces and apostrophes (« saisie »).
  const say = (text: string) => {
    status.textContent = frenchTypography(text);
  };

  // The field stays in view above the status when there is room: its value is the query.
  const reveal = () => revealResults({ details: facetsBox.closest('details'), anchor: input, status, list, heading });
  // On a phone the open filters are screens long: « Voir les N résultats » stays at hand below them.
  const jumpCount = resultsJump(root.querySelector<HTMLButtonElement>('[data-facets-jump]'), 'résultat', reveal);

  const syncUrl = (how: UrlUpdate) => addresses.sync(writeState({ query, selection, page: 1 }), how);

  /** The explorer's address for a selection: it lists the verbatims with no words to match. */
  const explorerLink = (chosen: Selection): string => linkTo(`/verbatims/${writeState({ query: '', selection: chosen, page: 1 })}`);

  /** Up to PAGE more results, identical answers shown once (their display data tells how many follow). */
  async function renderMore(mine: number): Promise<void> {
    const search = await load();
    const entries: HTMLLIElement[] = [];
    let position = rendered;
    while (entries.length < PAGE && position < shown.length) {
      const batch = shown.slice(position, position + PAGE - entries.length);
      const views = new Map((await search.documents(batch)).map((view) => [view.doc, view]));
      if (mine !== sequence) return;
      for (const end = position + batch.length; position < end; ) {
        const view = views.get(shown[position] ?? -1);
        const entry = entryAt(shown, position, view?.repeat ?? 0);
        if (view) entries.push(resultItem(view, isMatch, linkTo, entry.count));
        position = entry.next;
      }
    }
    list!.append(...entries);
    rendered = position;
    more!.hidden = rendered >= shown.length;
  }

  /** Facet values of the current hits, once the facet table is loaded. */
  const hitItems = (): FacetItem[] | undefined => {
    const all = items;
    return all && hits.flatMap((doc) => {
      const item = all[doc];
      return item ? [item] : [];
    });
  };

  const updateFacets = () => {
    const current = hitItems();
    if (!current || !facets) return;
    facets.update(facetCounts(current, selection), selection);
    facetsBox!.hidden = false;
    jumpCount(shown.length);
  };

  /** Applies the facet selection to the hits, updates counts, list and status. */
  async function refresh(mine: number, announce: boolean): Promise<void> {
    const current = hitItems();
    shown = current && !isEmpty(selection) ? applySelection(current, selection).map((item) => item.doc) : hits;
    updateFacets();
    list!.replaceChildren();
    list!.setAttribute('aria-busy', 'true');
    more!.hidden = true;
    rendered = 0;
    await renderMore(mine);
    if (mine !== sequence) return;
    list!.removeAttribute('aria-busy');
    panel!.hidden = hits.length === 0;
    skip!.hidden = shown.length === 0;
    showFilteredOut();
    if (announce) say(summary());
  }

  /** Results the filters all leave out: which filters, and a button to remove them. */
  function showFilteredOut(): void {
    if (hits.length === 0 || shown.length > 0 || isEmpty(selection) || !manifest) {
      notice!.hidden = true;
      return;
    }
    const clear = element('button', { type: 'button' }, 'Retirer tous les filtres');
    clear.addEventListener('click', () => {
      selection = {};
      syncUrl('settle');
      // The button goes away with the filters: the focus goes to the results, the status says what happened.
      void refresh(++sequence, false).then(() => {
        say(`Tous les filtres sont retirés. ${summary()}`);
        heading!.focus();
      });
    });
    notice!.replaceChildren(`Décochez un filtre pour voir ces résultats (${selectionLabel(selection, manifest)}). `, clear);
    notice!.hidden = false;
  }

  /** The themes and regions the query names, above the results (once the facet values are loaded). */
  function showOffers(): void {
    offersBox!.replaceChildren(
      ...offers.map((offer) => element('li', {}, element('a', { href: explorerLink({ [offer.dimension]: [offer.value] }) }, frenchTypography(offerText(offer))))),
    );
    offersBox!.hidden = offers.length === 0;
  }

  const findOffers = () => {
    if (!items || !manifest) return;
    totals ??= facetCounts(items, {});
    // With results, only a theme or region the query spells out whole: a word found in the texts is the search.
    offers = facetOffers(query, manifest, totals, hits.length > 0);
  };

  let searchedWords = 0; // words of the query the index searched (common words left out)

  function summary(): string {
    const said = ignored.length > 0 ? `${ignoredLabel(ignored)} ` : '';
    const quoted = `« ${shownQuery(query)} »`;
    if (hits.length === 0) {
      // A theme's or a region's name is seldom in the texts: the reader meant it, and the links say where it is.
      if (offers.length > 0) return `${said}Aucun résultat pour ${quoted} dans les textes. ${offersSentence(offers)}`;
      return `${said}Aucun résultat pour ${quoted}. ${noResultAdvice(searchedWords)}`;
    }
    if (isEmpty(selection)) return `${said}${plural(hits.length, 'résultat')} pour ${quoted}.`;
    const filtered = `(${plural(shown.length, 'résultat retenu', 'résultats retenus')} par les filtres)`;
    const hint = shown.length === 0 && manifest ? ` Décochez un filtre pour les voir (${selectionLabel(selection, manifest)}), ou retirez-les tous.` : '';
    return `${said}${plural(hits.length, 'résultat')} pour ${quoted} ${filtered}.${hint}`;
  }

  /** « Vouliez-vous dire … ? » after a query that found nothing: a link that runs the corrected query. */
  async function offerSuggestion(search: SearchEngine, mine: number): Promise<void> {
    const corrected = await search.suggest(query).catch(() => undefined);
    if (mine !== sequence || !suggestion || corrected === undefined) return;
    // The corrected words find texts: a theme named with the same typo would only repeat it less well.
    offers = [];
    showOffers();
    const link = document.createElement('a');
    link.href = `${location.pathname}${writeState({ query: corrected, selection, page: 1 })}`;
    link.textContent = corrected;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input!.value = corrected;
      input!.focus();
      void run('settle');
    });
    suggestion.replaceChildren('Vouliez-vous dire « ', link, ' » ?');
    suggestion.hidden = false;
    // The status is the live region: the suggestion is announced with it.
    say(`${summary()} Vouliez-vous dire « ${corrected} » ?`);
  }

  /**
   * Filters without words (« /recherche/?theme=saisie-ergonomie »): how many verbatims they keep, and
   * the explorer, which lists them; the words typed next are searched among them.
   */
  async function filtersOnly(search: SearchEngine, mine: number): Promise<void> {
    items ??= await search.facetItems();
    if (mine !== sequence) return;
    const count = applySelection(items, selection).length;
    const label = selectionLabel(selection, search.manifest);
    const said = ignored.length > 0 ? `${ignoredLabel(ignored)} ` : '';
    if (count === 0) {
      say(`${said}Aucun mot cherché, et aucun verbatim pour ${label}.`);
      return;
    }
    const link = element('a', { href: explorerLink(selection) }, frenchTypography(`Voir ${count === 1 ? 'ce verbatim' : `ces ${plural(count, 'verbatim')}`} dans l’explorateur`));
    notice!.replaceChildren(link);
    notice!.hidden = false;
    say(`${said}Aucun mot cherché. Filtres : ${label} (${plural(count, 'verbatim')}). Tapez des mots pour chercher parmi eux, ou voyez-les dans l’explorateur.`);
  }

  /** Nothing listed: no results, no offers, no notice (the status says why). */
  const clearResults = () => {
    hits = [];
    shown = [];
    offers = [];
    list!.replaceChildren();
    panel!.hidden = true;
    skip!.hidden = true;
    showOffers();
    notice!.hidden = true;
  };

  async function run(how: UrlUpdate = 'typing'): Promise<void> {
    const mine = ++sequence;
    query = input!.value.trim().slice(0, MAX_QUERY_LENGTH);
    syncUrl(how);
    if (suggestion) suggestion.hidden = true;
    try {
      if (query === '') {
        clearResults();
        if (isEmpty(selection)) say(ignoredLabel(ignored));
        else await filtersOnly(await load(), mine);
        return;
      }
      const search = await load();
      const outcome = await search.search(query);
      if (mine !== sequence) return;
      if (outcome.words.length === 0) {
        clearResults();
        say('Ces mots sont trop courants pour être cherchés (« le », « des »…) : essayez un mot plus précis.');
        return;
      }
      hits = outcome.hits.map((hit) => hit.doc);
      searchedWords = outcome.words.length;
      isMatch = search.matcher(outcome);
      notice!.hidden = true;
      // Results first; facet values (needed for counts and for the themes the query names) follow without
      // delaying them, unless the filters need them or nothing is found (the themes are then the answer).
      if (items || !isEmpty(selection) || hits.length === 0) items = await search.facetItems();
      if (mine !== sequence) return;
      offers = [];
      findOffers();
      showOffers();
      await refresh(mine, true);
      // A theme named only with a typo does not stand in for the search's suggestion (« statistiqes »).
      if (hits.length === 0 && offers.every((offer) => offer.misspelt)) await offerSuggestion(search, mine);
      if (!items) {
        items = await search.facetItems();
        if (mine !== sequence) return;
        updateFacets();
        findOffers();
        showOffers();
      }
    } catch {
      if (mine === sequence) say("La recherche n’a pas pu charger son index. Rechargez la page, ou parcourez les thèmes, les régions et les ateliers.");
    }
  }

  const onFacet = (dimension: FacetDimension, value: string, checked: boolean) => {
    // The reader now chooses the filters: what the address got wrong is no longer theirs to hear.
    ignored = [];
    selection = toggle(selection, dimension, value, checked);
    syncUrl('settle');
    void refresh(++sequence, true);
  };

  const start = async () => {
    const search = await load();
    if (!facets) {
      manifest = search.manifest;
      facets = new FacetPanel(facetsBox, search.manifest, 'facette', onFacet);
      const state = readState(location.search, search.manifest);
      selection = state.selection;
      ignored = state.unknown ?? [];
    }
  };

  const runAfterStart = (how: UrlUpdate) => start().then(() => run(how), () => run(how));

  /** The reader settles on the query: it keeps its history entry (run now if typing has not run it yet). */
  const settle = () => {
    clearTimeout(settleTimer);
    if (input.value.trim().slice(0, MAX_QUERY_LENGTH) !== query) {
      clearTimeout(timer);
      void runAfterStart('settle');
    } else syncUrl('settle');
  };

  input.addEventListener('focus', () => void start().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    ignored = [];
    clearTimeout(timer);
    clearTimeout(settleTimer);
    timer = setTimeout(() => void runAfterStart('typing'), DELAY);
    settleTimer = setTimeout(settle, SETTLE);
  });
  input.addEventListener('blur', settle);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    clearTimeout(settleTimer);
    // Enter on a phone: the keyboard and the page's head hide the results below the field; they are brought
    // up once listed, unless the reader has typed on or moved on meanwhile. Beside or just under the field
    // on a wide screen, they need nothing.
    const submitted = input.value;
    void runAfterStart('settle').then(() => {
      if (isNarrowScreen() && query !== '' && input.value === submitted && document.activeElement === input) reveal();
    });
  });

  skip.addEventListener('click', (event) => {
    event.preventDefault();
    const first = list.querySelector<HTMLAnchorElement>('a.result-link');
    (first ?? heading).focus();
  });

  // Back or Forward to another search of this page: its words, filters and results again.
  window.addEventListener('popstate', () => {
    void load().then((search) => {
      const state = readState(location.search, search.manifest);
      clearTimeout(timer);
      clearTimeout(settleTimer);
      input.value = state.query;
      selection = state.selection;
      ignored = state.unknown ?? [];
      addresses.settled();
      return start().then(() => run('none'));
    }, () => undefined);
  });
  let moreLoading = false;
  more.addEventListener('click', () => {
    // A second click while the next results load would list them twice.
    if (moreLoading) return;
    moreLoading = true;
    const first = list.querySelectorAll('a.result-link').length;
    void renderMore(sequence)
      .then(() => list.querySelectorAll<HTMLAnchorElement>('a.result-link')[first]?.focus())
      .finally(() => {
        moreLoading = false;
      });
  });

  resultsKeyboard(input, list);

  const address = new URLSearchParams(location.search);
  const initial = address.get('q');
  if (initial) {
    input.value = initial.slice(0, MAX_QUERY_LENGTH);
    void runAfterStart('keep');
  } else if (FACET_DIMENSIONS.some((name) => address.has(name))) {
    // Filters without words: what they keep and where to see it, or the value the index does not know.
    void start().then(() => run('keep'), () => undefined);
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setup(root);
