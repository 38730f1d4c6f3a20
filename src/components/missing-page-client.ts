/**
 * The 404 page, shown at an address that names a page number a session no longer has (its items moved
 * when a note changed, or when the page size went from 500 to 200): the session's first page, with the
 * same hash, which then finds the item (permalink-client.ts). Any other missing address stays here.
 */
import { missingSessionPageRedirect } from '../site/item-lookup.ts';

const target = missingSessionPageRedirect(location.href);
if (target !== null) location.replace(target);
