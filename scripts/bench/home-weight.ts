/**
 * The home page's compressed weight: gzip of its HTML, the stylesheets and scripts it links, and the
 * modules those scripts import (static imports, and dynamic ones such as the chart code loaded when
 * a chart is shown — counted too, so that the figure is the most a reader can download).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface WeightedFile {
  path: string;
  kind: 'html' | 'css' | 'js';
  /** Loaded only on demand (`import()`), not by the page itself. */
  lazy: boolean;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  files: WeightedFile[];
  /** Gzip bytes of everything, lazy modules included. */
  gzip: number;
  /** Gzip bytes of what the page loads by itself (HTML, CSS, scripts and their static imports). */
  gzipEager: number;
  /** Referenced files missing from the site (a broken build would otherwise look light). */
  missing: string[];
}

const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const MODULEPRELOAD = /<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi;
const SCRIPT = /<script\b[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi;
const HREF = /\bhref=["']?([^"'\s>]+)["']?/i;
// Module specifiers of bundled code are relative `.js` files, quoted or in backticks
// (`import{a}from"./dep.B1x.js"`, ``import(`./chart-render.C2y.js`)``).
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]([^"'`\s]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`]([^"'`\s]+\.m?js)["'`]\s*\)/g;
const CSS_IMPORT = /@import\s+(?:url\()?["']?([^"')\s;]+)["']?\)?/g;

/** Weighs `page` (a path below the site, e.g. `/` or `/index.html`) of the built site in `siteDir`. */
export function pageWeight(siteDir: string, page = '/'): PageWeight {
  const htmlPath = page.endsWith('/') ? `${page}index.html` : page;
  const files = new Map<string, WeightedFile>();
  const missing: string[] = [];
  const queue: Array<{ url: string; kind: WeightedFile['kind']; lazy: boolean }> = [{ url: htmlPath, kind: 'html', lazy: false }];
  while (queue.length > 0) {
    const next = queue.shift();
    if (!next) break;
    const known = files.get(next.url);
    if (known) {
      if (known.lazy && !next.lazy) known.lazy = false; // imported statically somewhere: eager after all
      continue;
    }
    const file = path.join(siteDir, decodeURIComponent(next.url));
    if (!existsSync(file)) {
      missing.push(next.url);
      continue;
    }
    const bytes = readFileSync(file);
    files.set(next.url, { path: next.url, kind: next.kind, lazy: next.lazy, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
    const text = bytes.toString('utf8');
    const resolve = (ref: string) => resolveUrl(ref, next.url);
    if (next.kind === 'html') {
      for (const tag of text.match(STYLESHEET) ?? []) pushRef(queue, resolve(HREF.exec(tag)?.[1] ?? ''), 'css', false);
      for (const tag of text.match(MODULEPRELOAD) ?? []) pushRef(queue, resolve(HREF.exec(tag)?.[1] ?? ''), 'js', false);
      for (const match of text.matchAll(SCRIPT)) pushRef(queue, resolve(match[1] ?? ''), 'js', false);
    } else if (next.kind === 'js') {
      for (const match of text.matchAll(STATIC_IMPORT)) pushRef(queue, resolve(match[1] ?? ''), 'js', next.lazy);
      for (const match of text.matchAll(DYNAMIC_IMPORT)) pushRef(queue, resolve(match[1] ?? ''), 'js', true);
    } else {
      for (const match of text.matchAll(CSS_IMPORT)) pushRef(queue, resolve(match[1] ?? ''), 'css', false);
    }
  }
  const list = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    page: htmlPath,
    files: list,
    gzip: list.reduce((n, f) => n + f.gzip, 0),
    gzipEager: list.filter((f) => !f.lazy).reduce((n, f) => n + f.gzip, 0),
    missing: missing.sort(),
  };
}

function pushRef(queue: Array<{ url: string; kind: WeightedFile['kind']; lazy: boolean }>, url: string | null, kind: WeightedFile['kind'], lazy: boolean): void {
  if (url) queue.push({ url, kind, lazy });
}

/** A same-site path for a reference found in `from`, or null for other sites and data: URLs. */
export function resolveUrl(ref: string, from: string): string | null {
  if (ref === '' || /^(?:[a-z]+:)?\/\//i.test(ref) || /^(?:data|blob|javascript):/i.test(ref)) return null;
  const url = new URL(ref, `http://site${from}`);
  return url.pathname;
}
