/**
 * The /saisie/ service worker's cache, run in Node with a stand-in for the browser's `caches`: what the
 * page loaded is kept, and a new publication's page drops the previous one's content-hashed files.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_MESSAGE, offlineWorker, type WorkerScope } from '../../src/components/entry/offline-worker.ts';

const SCOPE = 'https://site.example/saisie/';

/** `caches` as the worker uses it: named caches of URL → response. */
function fakeCaches() {
  const named = new Map<string, Map<string, Response>>();
  const open = async (name: string) => {
    const entries = named.get(name) ?? new Map<string, Response>();
    named.set(name, entries);
    return {
      match: async (key: string) => entries.get(key)?.clone(),
      put: async (key: string, response: Response) => void entries.set(key, response),
      keys: async () => [...entries.keys()].map((url) => new Request(url)),
      delete: async (request: Request) => entries.delete(request.url),
    };
  };
  return { named, api: { open, keys: async () => [...named.keys()], delete: async (name: string) => named.delete(name) } };
}

function startWorker() {
  const listeners = new Map<string, (event: unknown) => void>();
  const scope = {
    location: { origin: 'https://site.example' },
    registration: { scope: SCOPE },
    clients: { claim: async () => undefined },
    skipWaiting: async () => undefined,
    addEventListener: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
  } as unknown as WorkerScope;
  offlineWorker(scope, 'v1', KEEP_MESSAGE);
  /** The page's message: the URLs it loaded; resolves with the worker's answer. */
  return (urls: string[]) =>
    new Promise<unknown>((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        channel.port1.close();
        resolve(event.data);
      };
      listeners.get('message')?.({ data: { type: KEEP_MESSAGE, urls }, ports: [channel.port2], waitUntil: (promise: Promise<unknown>) => promise.catch(reject) });
    });
}

afterEach(() => vi.unstubAllGlobals());

describe('the /saisie/ offline worker', () => {
  it('keeps what the page loaded, then drops the hashed files a new publication no longer loads', async () => {
    const caches = fakeCaches();
    vi.stubGlobal('caches', caches.api);
    // A same-origin answer, as the browser types it (a Response made in Node is of type « default »).
    vi.stubGlobal('fetch', async (url: string) => Object.defineProperty(new Response(`contenu de ${url}`), 'type', { value: 'basic' }));
    const tell = startWorker();
    const page = SCOPE;
    const before = ['https://site.example/_astro/verification.AbCd1234.js', 'https://site.example/_astro/saisie.EfGh5678.css'];
    expect(await tell([page, ...before, 'https://site.example/favicon.svg#x', 'https://ailleurs.example/police.woff2'])).toEqual({ ok: true, kept: 4 });
    const [name] = [...caches.named.keys()];
    const stored = () => [...(caches.named.get(name ?? '')?.keys() ?? [])].sort();
    expect(stored()).toEqual([...before, 'https://site.example/favicon.svg', page].sort());

    // The next publication: same page, new chunk names; the old ones go, the page and the icon stay.
    const after = ['https://site.example/_astro/verification.ZzYy9876.js', 'https://site.example/_astro/saisie.EfGh5678.css'];
    expect(await tell([page, ...after, 'https://site.example/favicon.svg'])).toEqual({ ok: true, kept: 1 });
    expect(stored()).toEqual([...after, 'https://site.example/favicon.svg', page].sort());
  });
});
