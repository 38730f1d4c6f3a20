/**
 * Under `astro dev`, Astro keeps what each route's `getStaticPaths` returned (its paths and their
 * props) in a route cache, reused at every request until a content collection changes. The pages
 * take their items from these props (e.g. /sessions/<id>/) and their paths from the Synthesis: once
 * the consultation's files change, the cache would keep serving the previous items, 404 a new note's
 * page and still serve a deleted one's. Astro clears it when the server environments that render the
 * pages receive `astro:content-changed` (node_modules/astro/dist/vite-plugin-app/createAstroServerApp.js,
 * sent by its content layer in content/vite-plugin-content-virtual-mod.js); the dev watch sends the
 * same message when the Synthesis changes. A build never goes through here: its output is unchanged.
 */

/** Astro's own message to its server environments: « forget every route's `getStaticPaths` ». */
export const ROUTE_CACHE_EVENT = 'astro:content-changed';

/** Vite's browser environment: its pages learn of a new Synthesis by reload-client.ts instead. */
const CLIENT_ENVIRONMENT = 'client';

/** What clearing the route cache needs of Vite's dev server: its environments' hot channels. */
export interface ServerEnvironments {
  environments: Record<string, { hot: { send(event: string, data?: Record<string, never>): void } }>;
}

/** Makes every server environment forget its routes' `getStaticPaths`: the next request calls them anew. */
export function forgetStaticPaths(server: ServerEnvironments): void {
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name !== CLIENT_ENVIRONMENT) environment.hot.send(ROUTE_CACHE_EVENT, {});
  }
}
