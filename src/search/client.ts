/**
 * The search page's script (bundled by Astro as an external module: the site's CSP forbids inline
 * scripts). Small on its own: lunr, the French pipeline and the index are loaded only when the
 * reader first focuses or uses the search box (or arrives with `?q=`).
 *
 * Results are announced in a polite live region (« 12 résultats pour « donnees » »); ↓ from the box
 * goes to the results, ↑/↓ move between them, Échap returns to the box; plain Tab order works too.
 */
import type { SearchEngine } from './engine.ts';
import { FACET_DIMENSIONS, type FacetDimension } from './format.ts';
import { applySelection, facetCounts, ignoredLabel, isEmpty, readState, toggle, writeState, type Selection, type UnknownValue } from './selection.ts';
import type { FacetItem } from './store.ts';
import { FacetPanel, httpFetcher, isNarrowScreen, plural, resultItem, resultsJump, revealResults } from './ui.ts';
import { siteLinker } from './site-link.ts';
import { entryAt } from './entries.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';

const PAGE = 20;
const DELAY = 180;

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
  if (!form || !input || !status || !panel || !list || !facetsBox || !more || !heading) return;
  const base = root.dataset.index ?? '/index-recherche/';
  const linkTo = siteLinker(base, location.href);

  let engine: Promise<SearchEngine> | undefined;
  let facets: FacetPanel | undefined;
  let selection: Selection = {};
  // Values of the address naming no facet value (« ?region=atlantide »): said with the results, searched without.
  let ignored: UnknownValue[] = [];
  let query = '';
  let hits: number[] = []; // documents of the current query, best first
  let isMatch: (word: string) => boolean = () => false;
  let items: FacetItem[] | undefined; // facet values of every document, once loaded
  let shown: number[] = [];
  let rendered = 0; // positions of `shown` already listed (identical answers count as one line)
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

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

  const syncUrl = () => {
    const url = `${location.pathname}${writeState({ query, selection, page: 1 })}`;
    history.replaceState(null, '', url);
  };

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
    if (announce) say(summary());
  }

  function summary(): string {
    const notice = ignored.length > 0 ? `${ignoredLabel(ignored)} ` : '';
    if (hits.length === 0) return `${notice}Aucun résultat pour « ${query} ». Essayez un autre mot ou seulement son début.`;
    const filtered = isEmpty(selection) ? '' : ` (${plural(shown.length, 'résultat retenu', 'résultats retenus')} par les filtres)`;
    return `${notice}${plural(hits.length, 'résultat')} pour « ${query} »${filtered}.`;
  }

  /** « Vouliez-vous dire … ? » after a query that found nothing: a link that runs the corrected query. */
  async function offerSuggestion(search: SearchEngine, mine: number): Promise<void> {
    const corrected = await search.suggest(query).catch(() => undefined);
    if (mine !== sequence || !suggestion || corrected === undefined) return;
    const link = document.createElement('a');
    link.href = `${location.pathname}${writeState({ query: corrected, selection, page: 1 })}`;
    link.textContent = corrected;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input!.value = corrected;
      input!.focus();
      void run();
    });
    suggestion.replaceChildren('Vouliez-vous dire « ', link, ' » ?');
    suggestion.hidden = false;
    // The status is the live region: the suggestion is announced with it.
    say(`${summary()} Vouliez-vous dire « ${corrected} » ?`);
  }

  async function run(): Promise<void> {
    const mine = ++sequence;
    query = input!.value.trim();
    syncUrl();
    if (suggestion) suggestion.hidden = true;
    if (query === '') {
      hits = [];
      list!.replaceChildren();
      panel!.hidden = true;
      say(ignoredLabel(ignored));
      return;
    }
    try {
      const search = await load();
      const outcome = await search.search(query);
      if (mine !== sequence) return;
      if (outcome.words.length === 0) {
        hits = [];
        list!.replaceChildren();
        panel!.hidden = true;
        say('Ces mots sont trop courants pour être cherchés (« le », « des »…) : essayez un mot plus précis.');
        return;
      }
      hits = outcome.hits.map((hit) => hit.doc);
      isMatch = search.matcher(outcome);
      // Results first; facet values (needed for counts) follow without delaying them.
      if (items || !isEmpty(selection)) items = await search.facetItems();
      if (mine !== sequence) return;
      await refresh(mine, true);
      if (hits.length === 0) await offerSuggestion(search, mine);
      if (!items) {
        items = await search.facetItems();
        if (mine === sequence) updateFacets();
      }
    } catch {
      if (mine === sequence) say("La recherche n’a pas pu charger son index. Rechargez la page, ou parcourez les thèmes, les régions et les ateliers.");
    }
  }

  const onFacet = (dimension: FacetDimension, value: string, checked: boolean) => {
    // The reader now chooses the filters: what the address got wrong is no longer theirs to hear.
    ignored = [];
    selection = toggle(selection, dimension, value, checked);
    syncUrl();
    void refresh(++sequence, true);
  };

  const start = async () => {
    const search = await load();
    if (!facets) {
      facets = new FacetPanel(facetsBox, search.manifest, 'facette', onFacet);
      const state = readState(location.search, search.manifest);
      selection = state.selection;
      ignored = state.unknown ?? [];
    }
  };

  input.addEventListener('focus', () => void start().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    ignored = [];
    clearTimeout(timer);
    timer = setTimeout(() => void start().then(run, () => run()), DELAY);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    // Enter on a phone: the keyboard and the page's head hide the results below the field; they are brought
    // up once listed, unless the reader has typed on or moved on meanwhile. Beside or just under the field
    // on a wide screen, they need nothing.
    const submitted = input.value;
    void start()
      .then(run, () => run())
      .then(() => {
        if (isNarrowScreen() && query !== '' && input.value === submitted && document.activeElement === input) reveal();
      });
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

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = list.querySelector<HTMLAnchorElement>('a.result-link');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (index < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const target = event.key === 'ArrowDown' ? links[index + 1] : links[index - 1];
      (target ?? (event.key === 'ArrowUp' ? input : links[index]))?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  const address = new URLSearchParams(location.search);
  const initial = address.get('q');
  if (initial) {
    input.value = initial.slice(0, 200);
    void start().then(run, () => run());
  } else if (FACET_DIMENSIONS.some((name) => address.has(name))) {
    // Filters without words: their values are read now, so that one the index does not know is said at once.
    void start().then(() => say(ignoredLabel(ignored)), () => undefined);
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setup(root);
