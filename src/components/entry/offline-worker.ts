/**
 * The service worker that keeps /saisie/ usable without network once it has been opened online
 * (workshops in rooms without Wi-Fi). Scoped to the form's folder: it serves only the form's page
 * (network first, so a new publication is picked up as soon as there is network) and what that page
 * loads (its content-hashed files cache first, the others network first). No list is fixed at build
 * time: the page tells the worker what it loaded (offline-page.ts), which also covers a site served
 * under a sub-path (`build --hors-ligne`).
 *
 * `offlineWorker` is written out as the worker's source (`offlineWorkerSource`, served by
 * src/pages/saisie/hors-ligne.js.ts): it must use nothing from outside its own body.
 */
import { hashText } from '../../pipeline/ids.ts';

/** The message the page sends: the URLs it loaded (itself included), to keep for offline use. */
export const KEEP_MESSAGE = 'garder';

/** The worker's global scope, as much of it as is used (the DOM typings have no service worker). */
interface WorkerEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends WorkerEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends WorkerEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}
export interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}

export function offlineWorker(worker: WorkerScope, version: string, keepMessage: string): void {
  const scope = worker.registration.scope;
  // Caches are per origin, not per scope: two sites under one origin (sub-paths) keep theirs apart.
  const prefix = `livre-blanc-saisie ${scope} `;
  const current = `${prefix}${version}`;
  /** Vite's output: `_astro/name.<hash>.js`; a new content is a new name, so a stored copy stays right. */
  const hashed = (url: URL) => /\/_astro\/[^/]+\.[\w-]{8,}\.[a-z0-9]+$/i.test(url.pathname);
  const storable = (response: Response) => response.ok && response.type === 'basic';
  const withoutHash = (href: string) => href.split('#')[0] ?? href;

  /**
   * The network's answer, stored under `key` (a failed store does not lose it: storage full, a partial
   * answer); without network, the stored one, else the first fallback stored.
   */
  async function networkFirst(request: Request, key: string, fallbacks: readonly string[]): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(request);
    } catch (error) {
      const cache = await caches.open(current);
      for (const candidate of [key, ...fallbacks]) {
        const stored = await cache.match(candidate);
        if (stored) return stored;
      }
      throw error;
    }
    if (storable(response)) await caches.open(current).then((cache) => cache.put(key, response.clone())).catch(() => undefined);
    return response;
  }
  /** The form's page whatever its query (« ?utm_source=… »): one stored copy, the latest, never an older one. */
  const pageKey = (url: URL) => `${url.origin}${url.pathname}`;

  async function cacheFirst(request: Request): Promise<Response> {
    const cache = await caches.open(current);
    const stored = await cache.match(request.url);
    if (stored) return stored;
    const response = await fetch(request);
    if (storable(response)) await cache.put(request.url, response.clone());
    return response;
  }

  /**
   * Stores what the page loaded before the worker controlled it (its first visit), or since a new version;
   * and drops the content-hashed files it no longer loads: each publication would otherwise add its
   * ~700 KB of scripts to the cache, the worker itself being unchanged.
   */
  async function keep(hrefs: readonly string[]): Promise<number> {
    const cache = await caches.open(current);
    const loaded = new Set(hrefs.map(withoutHash));
    let kept = 0;
    for (const href of loaded) {
      const url = new URL(href);
      if (url.origin !== worker.location.origin || (await cache.match(url.href))) continue;
      try {
        const response = await fetch(url.href);
        if (!storable(response)) continue;
        await cache.put(url.href, response);
        kept++;
      } catch {
        // One file the network refused: the others are still kept.
      }
    }
    for (const stored of await cache.keys()) if (hashed(new URL(stored.url)) && !loaded.has(stored.url)) await cache.delete(stored);
    return kept;
  }

  worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));

  worker.addEventListener('activate', (event) => {
    const cleanUp = async () => {
      for (const name of await caches.keys()) if (name.startsWith(prefix) && name !== current) await caches.delete(name);
      // Controls the page that registered it at once: it can then keep itself for the next visit.
      await worker.clients.claim();
    };
    event.waitUntil(cleanUp());
  });

  worker.addEventListener('fetch', (event) => {
    const { request } = event;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== worker.location.origin) return;
    if (request.mode === 'navigate') {
      // Only the form's page (a navigation elsewhere is not this worker's).
      if (url.href.startsWith(scope)) event.respondWith(networkFirst(request, pageKey(url), [scope, `${scope}index.html`]));
      return;
    }
    event.respondWith(hashed(url) ? cacheFirst(request) : networkFirst(request, withoutHash(request.url), []));
  });

  worker.addEventListener('message', (event) => {
    const data = event.data as { type?: unknown; urls?: unknown } | null;
    const port = event.ports[0];
    if (data?.type !== keepMessage || !Array.isArray(data.urls) || !port) return;
    const urls = data.urls.filter((href): href is string => typeof href === 'string');
    event.waitUntil(keep(urls).then((kept) => port.postMessage({ ok: true, kept }), () => port.postMessage({ ok: false, kept: 0 })));
  });
}

/**
 * The worker served under `astro dev`: a worker the built site registered at the same address
 * (localhost:4321 for both) would otherwise keep running there, storing dev modules and serving a
 * stale page. This one deletes the form's caches and unregisters itself (a worker file that answers
 * 404 would not: browsers keep the old worker).
 */
export function retiringWorkerSource(): string {
  return `// Formulaire /saisie/ : pas de version hors ligne sous astro dev ; ce service worker se retire.
'use strict';
self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil((async () => {
  for (const name of await caches.keys()) if (name.startsWith('livre-blanc-saisie ')) await caches.delete(name);
  await self.registration.unregister();
})()));
`;
}

/**
 * The worker's file. Its version is its own source's: a changed worker starts a new cache and drops
 * the previous one on activation.
 */
export function offlineWorkerSource(): string {
  const body = offlineWorker.toString();
  return `// Formulaire /saisie/ : utilisable sans réseau une fois ouvert (voir docs/saisie.md, § 1).
'use strict';
(${body})(self, ${JSON.stringify(hashText(body))}, ${JSON.stringify(KEEP_MESSAGE)});
`;
}
