/**
 * The site's links, made relative to the page that holds them, so that its pages open from their
 * files (file://) as well as from a server: a browser given `file:///…/regions/index.html` resolves
 * `/themes/` to the disk's root, and opens no `index.html` for a folder. Pure: text in, text out.
 */

/** Attributes whose value is a URL in the site's own pages: links to pages and files. */
const URL_ATTRIBUTES = /(\s(?:href|src|action)=")(\/(?!\/)[^"]*)"/g;
/** The search index's folder, read by the search script as a base for its files: it stays a folder. */
const FOLDER_ATTRIBUTES = /(\sdata-index=")(\/(?!\/)[^"]*)"/g;
/** `url(/…)` in a stylesheet, quoted or not. */
const CSS_URL = /url\((["']?)(\/(?!\/)[^"')]*)\1\)/g;

/**
 * A root-relative URL (`/themes/agenda/?tag=needs#x`) as seen from the file `fromFile` (relative to
 * the site's root, `/` separators): `../themes/agenda/index.html?tag=needs#x`. A folder becomes its
 * `index.html`, which a server would have served, unless it is used as a `folder` (a base for
 * other files): `../themes/agenda/`.
 */
export function relativeUrl(fromFile: string, url: string, folder = false): string {
  const cut = url.search(/[?#]/);
  const target = cut < 0 ? url : url.slice(0, cut);
  const suffix = cut < 0 ? '' : url.slice(cut);
  if (folder) return (relativeUrl(fromFile, `${target}index.html`).slice(0, -'index.html'.length) || './') + suffix;
  const file = target.endsWith('/') ? `${target}index.html` : target;
  const from = fromFile.split('/').slice(0, -1);
  const to = file.slice(1).split('/');
  let shared = 0;
  while (shared < from.length && shared < to.length - 1 && from[shared] === to[shared]) shared++;
  return [...from.slice(shared).map(() => '..'), ...to.slice(shared)].join('/') + suffix;
}

/** A page with its links made relative (`pageFile`: its path from the site's root, e.g. `regions/index.html`). */
export function relativeHtml(html: string, pageFile: string): string {
  return html
    .replace(URL_ATTRIBUTES, (_match, attribute: string, url: string) => `${attribute}${relativeUrl(pageFile, url)}"`)
    .replace(FOLDER_ATTRIBUTES, (_match, attribute: string, url: string) => `${attribute}${relativeUrl(pageFile, url, true)}"`);
}

/** A stylesheet with its `url(/…)` made relative to it. */
export function relativeCss(css: string, cssFile: string): string {
  return css.replace(CSS_URL, (_match, quote: string, url: string) => `url(${quote}${relativeUrl(cssFile, url)}${quote})`);
}
