/**
 * The search page's script (bundled by Astro as an external module: the site's CSP forbids inline
 * scripts). Small on its own: lunr, the French pipeline and the index are loaded only when the
 * reader first focuses or uses the search box (or arrives with `?q=`).
 *
 * Here, when a search runs: as the reader types (after a short pause), on Enter, on Back or Forward, and
 * for the address the page opens with. What a run does is query-runner.ts; the page's state, page-state.ts.
 *
 * Results are announced in a polite live region (« 12 résultats pour « donnees » ») once the reader pauses
 * for a second, presses Enter or leaves the field (status-announcer.ts), the status on screen following
 * every run; ↓ from the box
 * goes to the results, ↑/↓ move between them, Échap returns to the box (results-keys.ts); plain Tab order
 * works too, with « Aller aux résultats » after the field to skip the filters.
 *
 * History (address-history.ts): a query the reader settles on keeps its entry, so that Back returns to the
 * previous search, which `popstate` runs again.
 */
import { FACET_DIMENSIONS } from './format.ts';
import { queryOf } from './page-state.ts';
import { searchElements } from './page-elements.ts';
import { searchRunner } from './query-runner.ts';
import { resultsKeyboard } from './results-keys.ts';
import { MAX_QUERY_LENGTH, QUERY_PARAMETER } from './selection.ts';
import { isNarrowScreen } from './narrow-screen.ts';

const DELAY = 180;
/** Typing paused this long: the query is settled, and keeps its history entry. */
const SETTLE = 1000;

function setup(root: HTMLElement): void {
  const at = searchElements(root);
  if (!at) return;
  const { form, input, list } = at;
  const runner = searchRunner(at);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const stopTyping = () => {
    clearTimeout(timer);
    clearTimeout(settleTimer);
  };

  /** The reader settles on the query: it keeps its history entry (run now if typing has not run it yet). */
  const settle = () => {
    clearTimeout(settleTimer);
    if (queryOf(input.value) !== runner.query) {
      clearTimeout(timer);
      void runner.runAfterStart('settle');
    } else runner.settleAddress();
  };

  input.addEventListener('focus', () => void runner.start().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    runner.typed();
    stopTyping();
    timer = setTimeout(() => void runner.runAfterStart('typing'), DELAY);
    settleTimer = setTimeout(settle, SETTLE);
  });
  input.addEventListener('blur', () => {
    settle();
    runner.left();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    stopTyping();
    runner.submitted();
    // Enter on a phone: the keyboard and the page's head hide the results below the field; they are brought
    // up once listed, unless the reader has typed on or moved on meanwhile. Beside or just under the field
    // on a wide screen, they need nothing.
    const submitted = input.value;
    void runner.runAfterStart('settle').then(() => {
      if (isNarrowScreen() && runner.query !== '' && input.value === submitted && document.activeElement === input) runner.reveal();
    });
  });
  window.addEventListener('popstate', () => runner.restore(stopTyping));
  resultsKeyboard(input, list);

  const address = new URLSearchParams(location.search);
  const initial = address.get(QUERY_PARAMETER);
  if (initial) {
    input.value = initial.slice(0, MAX_QUERY_LENGTH);
    void runner.runAfterStart('keep');
  } else if (FACET_DIMENSIONS.some((name) => address.has(name))) {
    // Filters without words: what they keep and where to see it, or the value the index does not know.
    void runner.start().then(() => runner.run('keep'), () => undefined);
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) setup(root);
