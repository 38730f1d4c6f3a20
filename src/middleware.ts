/**
 * Astro's middleware runs for every page: at build time for the prerendered (here, all) pages and on
 * each request under `npm run dev`, so the site and its preview get the same French typography.
 * It works on the rendered HTML rather than in each component: see src/site/typography/.
 */
import type { MiddlewareHandler } from 'astro';
import { withFrenchTypography } from './site/typography/response.ts';

export const onRequest: MiddlewareHandler = async (_context, next) => withFrenchTypography(await next());
