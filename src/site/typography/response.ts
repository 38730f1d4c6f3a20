/**
 * The HTML pass (html.ts) on a rendered response: pages get their French typography, anything else
 * (the search index's JSON, files, redirects) passes through untouched. The page is read and
 * rewritten as UTF-8 bytes, never decoded whole (see frenchTypographyHtmlBytes).
 */
import { frenchTypographyHtmlBytes } from './html.ts';

export async function withFrenchTypography(response: Response): Promise<Response> {
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  // Astro writes pages in UTF-8; a page declared in another charset is left as it is.
  if (!type.startsWith('text/html') || (type.includes('charset=') && !type.includes('charset=utf-8')) || response.body === null) return response;
  const html = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  // U+00A0 and U+202F take more bytes than a space: a declared length would cut the page.
  headers.delete('content-length');
  return new Response(frenchTypographyHtmlBytes(html), { status: response.status, statusText: response.statusText, headers });
}
