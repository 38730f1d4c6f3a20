/**
 * The form's side of offline use (offline-worker.ts): registers the worker of /saisie/ (scope: the
 * page's folder, resolved from the page so that a site served under a sub-path works), tells it what
 * the page loaded, then says on the page that it works without network; and says when the network is
 * gone. Not under `astro dev` (the page then has no `#hors-ligne`: pages would go stale), nor from a
 * file (no service worker there).
 */
import { announce } from './announcer.ts';
import { KEEP_MESSAGE } from './offline-worker.ts';

const OFFLINE_STATUS =
  'Vous êtes hors ligne : la saisie, la vérification et le téléchargement fonctionnent, et votre brouillon reste sur cet ordinateur.';

/** Registers the worker once the page has loaded what it needs (`ready`: the checker's chunk). */
export function keepForOffline(ready: Promise<unknown>): void {
  const notice = document.getElementById('hors-ligne');
  const workerFile = notice?.dataset.worker;
  if (!notice || !workerFile || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  const container = navigator.serviceWorker;
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });

  const keep = (target: ServiceWorker | null) => {
    if (!target) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok?: boolean }>) => {
      // A worker controls the page: losing the network is said, whether or not every file could be kept.
      showNetworkStatus();
      if (event.data.ok === true) notice.hidden = false;
    };
    target.postMessage({ type: KEEP_MESSAGE, urls: loadedUrls() }, [channel.port2]);
  };

  void Promise.all([loaded, ready.catch(() => undefined), document.fonts.ready])
    .then(async () => {
      await container.register(new URL(workerFile, document.baseURI), { scope: new URL('./', document.baseURI).href });
      const registration = await container.ready;
      // A new worker (a new version of the site) keeps its own copy: it is told again.
      container.addEventListener('controllerchange', () => keep(container.controller));
      keep(container.controller ?? registration.active);
    })
    .catch(() => undefined); // No worker (private browsing, a refusing browser): the page works online as before.
}

/** The page and the files it loaded from its own site (scripts, stylesheets, icons), without fragments. */
function loadedUrls(): string[] {
  const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]
    .map((href) => new URL(href, location.href))
    .filter((url) => url.origin === location.origin)
    .map((url) => url.href.split('#')[0] ?? url.href);
  return [...new Set(urls)];
}

let statusShown = false;

/** Says, on the page and to a screen reader, when the network goes and comes back. */
function showNetworkStatus(): void {
  const status = document.getElementById('hors-ligne-etat');
  if (!status || statusShown) return;
  statusShown = true;
  const update = (spoken: boolean) => {
    status.hidden = navigator.onLine;
    status.textContent = navigator.onLine ? '' : OFFLINE_STATUS;
    if (spoken) announce(navigator.onLine ? 'Réseau retrouvé.' : OFFLINE_STATUS);
  };
  update(false);
  window.addEventListener('online', () => update(true));
  window.addEventListener('offline', () => update(true));
}
