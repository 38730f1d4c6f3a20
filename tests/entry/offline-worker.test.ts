/**
 * The /saisie/ service worker's cache, run in Node with a stand-in for the browser's `caches`: what the
 * page loaded is kept, and a new publication's page drops the previous one's content-hashed files.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_MESSAGE, offlineWorker, retiringWorkerSource, type WorkerScope } from '../../src/components/entry/offline-worker.ts';

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

/** A same-origin answer, as the browser types it (a Response made in Node is of type « default »). */
const sameOrigin = (body: string) => Object.defineProperty(new Response(body), 'type', { value: 'basic' });

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
  /** A navigation to `url`: the worker's answer (undefined when it leaves it to the browser). */
  const navigate = async (url: string): Promise<Response | undefined> => {
    let answer: Promise<Response> | undefined;
    listeners.get('fetch')?.({ request: { url, method: 'GET', mode: 'navigate' }, respondWith: (promise: Promise<Response>) => (answer = promise) });
    return answer;
  };
  /** The page's message: the URLs it loaded; resolves with the worker's answer. */
  const tell = (urls: string[]) =>
    new Promise<unknown>((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => {
        channel.port1.close();
        resolve(event.data);
      };
      listeners.get('message')?.({ data: { type: KEEP_MESSAGE, urls }, ports: [channel.port2], waitUntil: (promise: Promise<unknown>) => promise.catch(reject) });
    });
  return Object.assign(tell, { navigate });
}

afterEach(() => vi.unstubAllGlobals());

describe('the /saisie/ offline worker', () => {
  it('keeps what the page loaded, then drops the hashed files a new publication no longer loads', async () => {
    const caches = fakeCaches();
    vi.stubGlobal('caches', caches.api);
    vi.stubGlobal('fetch', async (url: string) => sameOrigin(`contenu de ${url}`));
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
  it('keeps one copy of the page whatever its query, the latest: offline, never an older publication', async () => {
    const caches = fakeCaches();
    vi.stubGlobal('caches', caches.api);
    let publication = 'v1';
    let online = true;
    vi.stubGlobal('fetch', async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return sameOrigin(`page ${publication}`);
    });
    const worker = startWorker();
    expect(await (await worker.navigate(`${SCOPE}?utm_source=courriel`))?.text()).toBe('page v1');
    publication = 'v2';
    expect(await (await worker.navigate(SCOPE))?.text()).toBe('page v2');
    online = false;
    for (const address of [SCOPE, `${SCOPE}?utm_source=courriel`, `${SCOPE}index.html`]) expect(await (await worker.navigate(address))?.text(), address).toBe('page v2');
    expect(await worker.navigate('https://site.example/themes/')).toBeUndefined(); // not the form's
  });

  it('gives the network’s answer even when it cannot be stored, and keeps the other files when one fails', async () => {
    const caches = fakeCaches();
    const full = { ...caches.api, open: async (name: string) => ({ ...(await caches.api.open(name)), put: async () => Promise.reject(new Error('QuotaExceededError')) }) };
    vi.stubGlobal('caches', full);
    vi.stubGlobal('fetch', async () => sameOrigin('page'));
    expect(await (await startWorker().navigate(SCOPE))?.text()).toBe('page');

    vi.stubGlobal('caches', caches.api);
    vi.stubGlobal('fetch', async (url: string) => {
      if (url.includes('refuse')) throw new TypeError('Failed to fetch');
      return sameOrigin(url);
    });
    expect(await startWorker()([SCOPE, 'https://site.example/_astro/refuse.AbCd1234.js', 'https://site.example/_astro/form.EfGh5678.js'])).toEqual({ ok: true, kept: 2 });
  });

  it('under astro dev, retires: deletes the form’s caches and unregisters itself', async () => {
    const caches = fakeCaches();
    await caches.api.open('livre-blanc-saisie https://localhost:4321/saisie/ abc');
    await caches.api.open('autre-cache');
    const listeners = new Map<string, (event: { waitUntil(promise: Promise<unknown>): void }) => void>();
    const unregister = vi.fn(async () => true);
    const self = { addEventListener: (type: string, listener: never) => listeners.set(type, listener), skipWaiting: async () => undefined, registration: { unregister } };
    new Function('self', 'caches', retiringWorkerSource())(self, caches.api);
    let done: Promise<unknown> = Promise.resolve();
    listeners.get('activate')?.({ waitUntil: (promise) => (done = promise) });
    await done;
    expect(unregister).toHaveBeenCalledOnce();
    expect([...caches.named.keys()]).toEqual(['autre-cache']);
  });
});
