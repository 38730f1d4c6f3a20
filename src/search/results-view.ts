/**
 * The search page's results: the list, PAGE at a time (« Plus de résultats »), identical answers shown once;
 * « Aller aux résultats »; and the notice below the offers (filters that leave out every result, or the
 * explorer's link after filters without words). When no text holds every word, the texts holding some are
 * listed the same way, under a heading that says so and with controls named for them (partial-text.ts).
 * It reads the page's state, never changes it.
 */
import { entryAt } from './entries.ts';
import type { SearchEngine } from './engine.ts';
import type { Manifest } from './format.ts';
import type { PageState } from './page-state.ts';
import { filteredOutText } from './page-text.ts';
import { PARTIAL_MORE, PARTIAL_SKIP, partialHeading } from './partial-text.ts';
import { isEmpty } from './selection.ts';
import type { LinkTo } from './site-link.ts';
import { element, resultItem } from './ui.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';

const PAGE = 20;

/** True once a newer search or filter change has started: what an older one was listing is dropped. */
export type Stale = () => boolean;

export interface ResultsElements {
  panel: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  heading: HTMLElement;
  skip: HTMLAnchorElement;
  notice: HTMLElement;
}

export interface ResultsSource {
  state(): PageState;
  engine(): Promise<Pick<SearchEngine, 'documents' | 'wholeText'>>;
  linkTo: LinkTo;
  /** Staleness of the run current when « Plus de résultats » is pressed. */
  currentRun(): Stale;
}

export interface ResultsView {
  /** An empty list, busy, about to receive the first results (or texts with some of the words: named so). */
  start(): void;
  /** Up to PAGE more results, identical answers shown once (their display data tells how many follow). */
  more(stale: Stale): Promise<void>;
  /**
   * The first results listed: the panel shows when there are some, the skip link when some are kept. The
   * list says what it holds to scripts (the search bench) in `data-found`, the texts holding every word
   * before the filters, and, when there are none, `data-partial`, the texts holding some that it lists.
   */
  finish(): void;
  /** Nothing listed (the status says why). */
  clear(): void;
  /**
   * Results the filters all leave out: which filters, and a button to remove them (`clear`, which settles
   * when the results are listed again and the status says so).
   */
  filteredOut(manifest: Manifest | undefined, clear: () => Promise<void>): void;
  notice(...content: Array<Node | string>): void;
  hideNotice(): void;
}

export function resultsView({ panel, list, more, heading, skip, notice }: ResultsElements, source: ResultsSource): ResultsView {
  let rendered = 0; // positions of `shown` already listed (identical answers count as one line)
  const shown = () => source.state().shown;
  const links = () => list.querySelectorAll<HTMLAnchorElement>('a.result-link');
  // The markup's words, for results; the heading is then for screen readers only (search.css).
  const resultsLabels = { heading: heading.textContent ?? '', more: more.textContent ?? '', skip: skip.textContent ?? '' };
  /** The heading and the controls name what is listed: results, or texts holding some of the words (the heading then shown). */
  const name = () => {
    const { partial } = source.state();
    heading.textContent = partial ? frenchTypography(partialHeading(partial.words, partial.outcome.counts)) : resultsLabels.heading;
    heading.classList.toggle('visually-hidden', !partial);
    more.textContent = partial ? PARTIAL_MORE : resultsLabels.more;
    skip.textContent = partial ? PARTIAL_SKIP : resultsLabels.skip;
  };

  /** `data-found`, `data-partial`: what the list holds, once listed (`finish`); none while busy. */
  const count = (found?: number, partial?: number) => {
    for (const [key, value] of [['found', found], ['partial', partial]] as const) {
      if (value === undefined) delete list.dataset[key];
      else list.dataset[key] = String(value);
    }
  };

  const view: ResultsView = {
    start() {
      count();
      list.replaceChildren();
      list.setAttribute('aria-busy', 'true');
      more.hidden = true;
      rendered = 0;
      name();
    },
    async more(stale) {
      const search = await source.engine();
      const entries: HTMLLIElement[] = [];
      let position = rendered;
      while (entries.length < PAGE && position < shown().length) {
        const batch = shown().slice(position, position + PAGE - entries.length);
        const views = new Map((await search.documents(batch)).map((doc) => [doc.doc, doc]));
        if (stale()) return;
        for (const end = position + batch.length; position < end; ) {
          const doc = views.get(shown()[position] ?? -1);
          const entry = entryAt(shown(), position, doc?.repeat ?? 0);
          if (doc) entries.push(resultItem(doc, source.state().isMatch, source.linkTo, (n) => search.wholeText(n), entry.count));
          position = entry.next;
        }
      }
      list.append(...entries);
      rendered = position;
      more.hidden = rendered >= shown().length;
    },
    finish() {
      const { hits, partial } = source.state();
      count(hits.length, partial?.outcome.hits.length);
      list.removeAttribute('aria-busy');
      panel.hidden = source.state().listed.length === 0;
      skip.hidden = shown().length === 0;
    },
    clear() {
      count();
      list.replaceChildren();
      panel.hidden = true;
      skip.hidden = true;
      view.hideNotice();
    },
    filteredOut(manifest, clear) {
      const { listed, partial, selection } = source.state();
      if (listed.length === 0 || shown().length > 0 || isEmpty(selection) || !manifest) {
        view.hideNotice();
        return;
      }
      const button = element('button', { type: 'button' }, 'Retirer tous les filtres');
      // The button goes away with the filters: the focus goes to the results.
      button.addEventListener('click', () => void clear().then(() => heading.focus()));
      view.notice(filteredOutText(selection, manifest, partial !== undefined), button);
    },
    notice(...content) {
      notice.replaceChildren(...content);
      notice.hidden = false;
    },
    hideNotice() {
      notice.hidden = true;
    },
  };

  let moreLoading = false;
  more.addEventListener('click', () => {
    // A second click while the next results load would list them twice.
    if (moreLoading) return;
    moreLoading = true;
    const first = links().length;
    void view
      .more(source.currentRun())
      .then(() => links()[first]?.focus())
      .finally(() => {
        moreLoading = false;
      });
  });
  skip.addEventListener('click', (event) => {
    event.preventDefault();
    (links()[0] ?? heading).focus();
  });
  return view;
}
