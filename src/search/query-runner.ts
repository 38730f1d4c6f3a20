/**
 * Runs the search page's query and filters against the engine and shows the answer: the results (or the
 * texts holding some of the words: page-state.ts `found`), the filters' counts, the themes and regions the
 * query names, the spelling suggestion, the status. Each run or filter change makes the previous one stale.
 *
 * Results first; the facet values (for the counts and the themes the query names) follow without delaying
 * them, unless the filters need them or nothing is found (the themes are then the answer).
 */
import { addressHistory, type UrlUpdate } from './address-history.ts';
import { lazyEngine } from './engine-loader.ts';
import { filtersView } from './filters-view.ts';
import type { SearchEngine } from './engine.ts';
import type { FacetDimension } from './format.ts';
import { offersView } from './offers-view.ts';
import * as change from './page-state.ts';
import { COMMON_WORDS_STATUS, isShortQuery, SHORT_QUERY_STATUS, explorerLinkText, filtersOnlyStatus, filtersRemovedStatus, LOAD_FAILED_STATUS, suggestionStatus, summary } from './page-text.ts';
import type { SearchElements } from './page-elements.ts';
import { resultsView, type Stale } from './results-view.ts';
import { applySelection, ignoredLabel, isEmpty, readState, selectionLabel, writeState, type Selection } from './selection.ts';
import { siteLinker } from './site-link.ts';
import type { FacetItem } from './store.ts';
import { revealResults } from './narrow-screen.ts';
import { liveRegionSpeaker, statusAnnouncer } from './status-announcer.ts';
import { element } from './ui.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';

export interface SearchRunner {
  /** The query last run. */
  readonly query: string;
  /** Loads the engine and builds the filters, once, with the address's; rejects if the engine does not load. */
  start(): Promise<void>;
  run(how: UrlUpdate): Promise<void>;
  /** `start`, then `run` (which says when the engine does not load). */
  runAfterStart(how: UrlUpdate): Promise<void>;
  /** The reader types: what the address got wrong is no longer said; the status is spoken once they pause. */
  typed(): void;
  /** Enter: the status the run leads to is spoken at once. */
  submitted(): void;
  /** The field is left: the status is spoken now if it has not been. */
  left(): void;
  /** The query shown keeps its history entry. */
  settleAddress(): void;
  /** Back or Forward to another search of this page: its words, filters and results again (`before` first). */
  restore(before: () => void): void;
  /** Brings the results up on a narrow screen (narrow-screen.ts). */
  reveal(): void;
}

export function searchRunner(at: SearchElements): SearchRunner {
  const base = at.root.dataset.index ?? '/index-recherche/';
  const linkTo = siteLinker(base, location.href);
  const load = lazyEngine(base);
  const page = new change.PageStore();
  const addresses = addressHistory();
  let items: FacetItem[] | undefined; // facet values of every document, once loaded
  let sequence = 0;
  const staleSince = (mine: number): Stale => () => mine !== sequence;

  // Spoken once the reader pauses, not at every run while typing (status-announcer.ts).
  const announcer = statusAnnouncer(at.announcer ? liveRegionSpeaker(at.announcer) : () => undefined);
  // Written in the browser, after the pages' typography pass: the same no-break spaces and apostrophes (« saisie »).
  const say = (text: string) => {
    const shown = frenchTypography(text);
    at.status.textContent = shown;
    announcer.update(shown);
  };
  // The field stays in view above the status when there is room: its value is the query.
  const reveal = () => revealResults({ details: at.facetsBox.closest('details'), anchor: at.input, status: at.status, list: at.list, heading: at.heading });
  const filters = filtersView(at.facetsBox, at.facetsJump, at.root.querySelector<HTMLElement>('[data-facets-title]'), reveal);
  const syncUrl = (how: UrlUpdate) => addresses.sync(change.addressOf(page.state), how);
  /** The explorer's address for a selection: it lists the verbatims with no words to match. */
  const explorerLink = (chosen: Selection): string => linkTo(`/verbatims/${writeState({ query: '', selection: chosen, page: 1 })}`);
  const results = resultsView(at, { state: () => page.state, engine: load, linkTo, currentRun: () => staleSince(sequence) });
  const offers = offersView(at.offersBox, at.suggestion, explorerLink);

  /** Applies the facet selection to the hits, updates counts, list and status. */
  async function refresh(stale: Stale, announce: boolean): Promise<void> {
    page.apply(change.filtered, items);
    filters.update(page.state, items);
    results.start();
    await results.more(stale);
    if (stale()) return;
    results.finish();
    results.filteredOut(filters.manifest, removeFilters);
    if (announce) say(summary(page.state, filters.manifest));
  }

  function removeFilters(): Promise<void> {
    page.apply(change.filtersRemoved);
    syncUrl('settle');
    return refresh(staleSince(++sequence), false).then(() => say(filtersRemovedStatus(page.state, filters.manifest)));
  }

  /** The themes and regions the query names, above the results (once the facet values are loaded). */
  const showOffers = () => {
    page.apply(change.offered, offers.named(page.state, items, filters.manifest));
    offers.show(page.state.offers);
  };

  /** « Vouliez-vous dire … ? » after a query that found nothing: a link that runs the corrected query. */
  async function offerSuggestion(search: SearchEngine, stale: Stale): Promise<void> {
    const corrected = await search.suggest(page.state.query).catch(() => undefined);
    if (stale() || corrected === undefined) return;
    const pick = () => {
      at.input.value = corrected;
      at.input.focus();
      void run('settle');
    };
    if (!offers.suggest(corrected, page.state.selection, pick)) return;
    // The corrected words find texts: a theme named with the same typo would only repeat it less well.
    page.apply(change.offered, []);
    offers.show([]);
    say(suggestionStatus(page.state, filters.manifest, corrected));
  }

  /**
   * Filters without words (« /recherche/?theme=saisie-ergonomie »): how many verbatims they keep, and
   * the explorer, which lists them; the words typed next are searched among them.
   */
  async function filtersOnly(search: SearchEngine, stale: Stale): Promise<void> {
    items ??= await search.facetItems();
    if (stale()) return;
    const { selection, ignored } = page.state;
    const count = applySelection(items, selection).length;
    if (count > 0) results.notice(element('a', { href: explorerLink(selection) }, frenchTypography(explorerLinkText(count))));
    say(filtersOnlyStatus(count, selectionLabel(selection, search.manifest), ignored));
  }

  /** Nothing listed: no results, no offers, no notice (the status says why). */
  const clearResults = () => {
    page.apply(change.cleared);
    results.clear();
    offers.show([]);
  };

  async function run(how: UrlUpdate): Promise<void> {
    const stale = staleSince(++sequence);
    page.apply(change.asked, at.input.value);
    syncUrl(how);
    offers.hideSuggestion();
    try {
      if (page.state.query === '') {
        clearResults();
        if (isEmpty(page.state.selection)) say(ignoredLabel(page.state.ignored));
        else await filtersOnly(await load(), stale);
        return;
      }
      const search = await load();
      const outcome = await search.search(page.state.query);
      if (stale()) return;
      // Too short to search the start of a word (« m », « mo »), or only common words (« les »): said so, not « aucun résultat ».
      const short = isShortQuery(page.state.query);
      if (outcome.words.length === 0 || (short && outcome.hits.length === 0 && !outcome.partial)) {
        clearResults();
        say(short ? SHORT_QUERY_STATUS : COMMON_WORDS_STATUS);
        return;
      }
      page.apply(change.found, outcome, search.matcher(outcome));
      results.hideNotice();
      if (items || !isEmpty(page.state.selection) || page.state.hits.length === 0) items = await search.facetItems();
      if (stale()) return;
      showOffers();
      await refresh(stale, true);
      // A theme named only with a typo does not stand in for the search's suggestion (« statistiqes »).
      if (change.wantsSuggestion(page.state)) await offerSuggestion(search, stale);
      if (!items) {
        items = await search.facetItems();
        if (stale()) return;
        filters.update(page.state, items);
        showOffers();
      }
    } catch {
      if (!stale()) say(LOAD_FAILED_STATUS);
    }
  }

  const onFacet = (dimension: FacetDimension, value: string, checked: boolean) => {
    page.apply(change.facetToggled, dimension, value, checked);
    syncUrl('settle');
    void refresh(staleSince(++sequence), true);
  };

  const start = async () => {
    const search = await load();
    if (!filters.manifest) {
      filters.build(search.manifest, onFacet);
      page.apply(change.fromAddress, readState(location.search, search.manifest));
    }
  };

  return {
    get query() {
      return page.state.query;
    },
    start,
    run,
    runAfterStart: (how) => start().then(() => run(how), () => run(how)),
    typed: () => {
      page.apply(change.typed);
      announcer.typed();
    },
    submitted: () => announcer.submitted(),
    left: () => announcer.left(),
    settleAddress: () => syncUrl('settle'),
    restore(before) {
      void load().then((search) => {
        const address = readState(location.search, search.manifest);
        before();
        at.input.value = address.query;
        page.apply(change.fromAddress, address);
        addresses.settled();
        return start().then(() => run('none'));
      }, () => undefined);
    },
    reveal,
  };
}
