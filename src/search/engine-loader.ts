/**
 * The search engine (lunr, the French pipeline, the index) is a separate download, fetched when the page
 * first needs it: the page's own script stays small.
 */
import type { SearchEngine } from './engine.ts';
import { httpFetcher } from './ui.ts';

/** Opens the engine on the index below `base` once; a failed download (offline, moved site) is retried on the next call. */
export function lazyEngine(base: string): () => Promise<SearchEngine> {
  let engine: Promise<SearchEngine> | undefined;
  return () => {
    if (!engine) {
      engine = import('./engine.ts').then(({ SearchEngine }) => SearchEngine.open(httpFetcher(base)));
      engine.catch(() => {
        engine = undefined;
      });
    }
    return engine;
  };
}
