/**
 * The search page's address and the browser's history: the address follows the query as it is typed
 * (the entry replaced), and a query the reader settles on (Enter, a pause, leaving the field, a filter
 * ticked) keeps its entry, so that the next change gets a new one and Back returns to the previous search.
 */

/**
 * How a change reaches the address: `typing` replaces the entry (unless the current one is settled),
 * `settle` also makes it the query's own, `keep` only rewrites it (a page load, normalising what it read),
 * `none` leaves it (Back or Forward: the address is already the one to show).
 */
export type UrlUpdate = 'typing' | 'settle' | 'keep' | 'none';

export interface AddressHistory {
  /** Shows `search` (`?q=…`) in the address, as `how` says. */
  sync(search: string, how: UrlUpdate): void;
  /** The entry shown is a settled one (after Back or Forward): the next change pushes. */
  settled(): void;
}

export function addressHistory(): AddressHistory {
  // The page as opened counts as a settled entry: the first change pushes.
  let settled = true;
  return {
    sync(search, how) {
      if (how === 'none') return;
      if (search !== location.search) {
        const url = `${location.pathname}${search}`;
        if (settled && how !== 'keep') history.pushState(null, '', url);
        else history.replaceState(null, '', url);
        if (how === 'typing') settled = false;
      }
      if (how === 'settle') settled = true;
    },
    settled() {
      settled = true;
    },
  };
}
