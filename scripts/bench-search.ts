/**
 * Search benchmark over a built site (for `npm run bench` and by hand):
 * - bytes a reader downloads for a first query (gzip sizes of every file fetched once the search
 *   box is used: scripts, manifest, shards, result chunks, facet table), in headless Chromium;
 * - p50/p95 query latency in Chromium (search + display data of the first 20 results, warm);
 * - the same for Pagefind run over the same site (`pagefind --site DIR --output-subdir pagefind`).
 * `measureIndexBytes` gives the index part alone, in Node, for items without a built site.
 *
 *   node scripts/bench-search.ts DOSSIER_DU_SITE [--runs 15] [--requete TEXTE]… [--sans-pagefind] [--json]
 *   node scripts/bench-search.ts --synthetique 100000 [--requete TEXTE]…   (index only, generated items, no browser)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { serve } from './serve.ts';
import type { SearchContext } from '../src/search/build/index.ts';

export { CHROMIUM_PATH as CHROMIUM, CHROMIUM_ARGS } from '../src/export/pdf.ts';
import { CHROMIUM_PATH as CHROMIUM, CHROMIUM_ARGS } from '../src/export/pdf.ts';
import { DEFAULT_QUERIES, formatIndexBytes, measureIndexBytes } from './bench/index-bytes.ts';
import { formatReport } from './bench/search-report.ts';
import { LISTED, listCounts, type StatusCounts } from './bench/status-counts.ts';

export { DEFAULT_QUERIES, formatIndexBytes, measureIndexBytes, formatReport };
export type { IndexBytes } from './bench/index-bytes.ts';

export interface Bytes {
  /** Sum of gzip sizes, by kind of file. */
  total: number;
  byKind: Record<string, number>;
  files: number;
}

export interface QueryBytes {
  query: string;
  results: number;
  /** With no result, the texts holding some of the words that our page lists instead (not for Pagefind). */
  partial?: number;
  /** What the first results need (everything but the facet table). */
  firstResults: Bytes;
  /** Including the facet table (counts of the facets). */
  withFacets: number;
}

export interface Latency {
  p50: number;
  p95: number;
  max: number;
  /** First run of each query (shards fetched from the local server). */
  coldP95: number;
}

export interface EngineReport {
  name: string;
  queries: QueryBytes[];
  latency: Latency;
}

export interface SearchBenchReport {
  site: string;
  documents: number | null;
  ours: EngineReport;
  pagefind: EngineReport | null;
  /** Why Pagefind was not measured, when it was not. */
  pagefindSkipped?: string;
}

export interface BenchOptions {
  queries?: readonly string[];
  /** Warm runs per query for the latency. */
  runs?: number;
  pagefind?: boolean;
  /** Results whose display data are fetched (our page size is 20; Pagefind's default UI shows 5). */
  shown?: { ours: number; pagefind: number };
}

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

const gzipCache = new Map<string, number>();

/** Gzip size of a file of the site (what a server compressing its responses sends). */
function gzipSize(siteDir: string, urlPath: string): number {
  const file = path.join(siteDir, decodeURIComponent(urlPath));
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
    gzipCache.set(file, size);
  }
  return size;
}

function kindOf(urlPath: string): string {
  if (urlPath.endsWith('.js') || urlPath.endsWith('.wasm') || urlPath.includes('wasm.')) return 'code';
  if (urlPath.includes('/index-recherche/')) {
    const name = path.posix.basename(urlPath);
    // Term shards (t-), word shards (w-), and ending shards (r-), fetched only after a query that found nothing, for a suggestion.
    if (name.startsWith('t-') || name.startsWith('w-') || name.startsWith('r-')) return 'shards';
    // Display data: result chunks (d-), and the whole texts (l-) of verbatims the chunks hold cut, fetched only on « Copier la citation ».
    if (name.startsWith('d-') || name.startsWith('l-')) return 'chunks';
    if (name.startsWith('facettes')) return 'facets';
    return 'manifest';
  }
  if (urlPath.includes('/fragment/')) return 'fragments';
  if (urlPath.includes('/index/')) return 'index';
  if (urlPath.includes('/filter/')) return 'filters';
  if (urlPath.includes('/pagefind/')) return 'meta';
  return 'other';
}

function sumBytes(siteDir: string, paths: readonly string[]): Bytes {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const urlPath of new Set(paths)) {
    const size = gzipSize(siteDir, urlPath);
    const kind = kindOf(urlPath);
    byKind[kind] = (byKind[kind] ?? 0) + size;
    total += size;
  }
  return { total, byKind, files: new Set(paths).size };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function latency(warm: number[], cold: number[]): Latency {
  const w = [...warm].sort((a, b) => a - b);
  const c = [...cold].sort((a, b) => a - b);
  return { p50: percentile(w, 50), p95: percentile(w, 95), max: w.at(-1) ?? NaN, coldP95: percentile(c, 95) };
}

/** Records the same-origin paths a page fetches while `action` runs. */
async function recording(page: Page, origin: string, action: () => Promise<void>): Promise<string[]> {
  const paths: string[] = [];
  const listener = (request: import('playwright-core').Request) => {
    const url = new URL(request.url());
    if (url.origin === origin) paths.push(url.pathname);
  };
  page.on('request', listener);
  try {
    await action();
    await page.waitForLoadState('networkidle');
  } finally {
    page.off('request', listener);
  }
  return paths;
}

/** A blank page on the site's origin without the site's CSP (Pagefind needs WebAssembly). */
async function benchPage(opener: Pick<Browser, 'newPage'>, origin: string): Promise<Page> {
  const page = await opener.newPage();
  await page.route(`${origin}/__banc__/`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><html lang="fr"><title>banc</title></html>' }),
  );
  await page.goto(`${origin}/__banc__/`);
  return page;
}

async function measureOurs(browser: Browser, siteDir: string, origin: string, options: Required<BenchOptions>): Promise<EngineReport> {
  const queries: QueryBytes[] = [];
  for (const query of options.queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/recherche/`);
    let counts: StatusCounts = { results: 0 };
    const paths = await recording(page, origin, async () => {
      await page.locator('#recherche-champ').focus();
      await page.locator('#recherche-champ').fill(query);
      // The list says what it found once listed (hidden when it holds nothing, hence `attached`).
      const list = page.locator(LISTED);
      await list.waitFor({ state: 'attached', timeout: 60_000 });
      counts = listCounts(await list.getAttribute('data-found'), await list.getAttribute('data-partial'));
    });
    const first = paths.filter((p) => !p.includes('facettes'));
    queries.push({ query, ...counts, firstResults: sumBytes(siteDir, first), withFacets: sumBytes(siteDir, paths).total });
    await context.close();
  }
  const engineFile = readdirSync(path.join(siteDir, '_astro')).find((name) => /^engine\.[\w-]+\.js$/.test(name));
  if (!engineFile) throw new Error('module engine.*.js introuvable dans _astro/');
  const page = await benchPage(browser, origin);
  const times = await page.evaluate(
    async ({ engineUrl, queries: list, runs, shown }) => {
      const module = (await import(engineUrl)) as {
        SearchEngine: {
          open(fetchJson: (file: string, version: string | null) => Promise<unknown>): Promise<{
            search(q: string): Promise<{ hits: Array<{ doc: number }>; partial?: { hits: Array<{ doc: number }> } }>;
            documents(docs: number[]): Promise<unknown[]>;
          }>;
        };
      };
      const engine = await module.SearchEngine.open(async (file, version) => {
        const response = await fetch(`/index-recherche/${file}${version ? `?v=${version}` : ''}`);
        return response.json() as Promise<unknown>;
      });
      const once = async (q: string) => {
        const start = performance.now();
        const outcome = await engine.search(q);
        // With no result, the page lists the texts holding some of the words instead: their extracts too.
        const listed = outcome.hits.length > 0 ? outcome.hits : (outcome.partial?.hits ?? []);
        await engine.documents(listed.slice(0, shown).map((hit) => hit.doc));
        return performance.now() - start;
      };
      const cold: number[] = [];
      const warm: number[] = [];
      for (const q of list) cold.push(await once(q));
      for (let r = 0; r < runs; r++) for (const q of list) warm.push(await once(q));
      return { cold, warm };
    },
    { engineUrl: `/_astro/${engineFile}`, queries: [...options.queries], runs: options.runs, shown: options.shown.ours },
  );
  await page.close();
  return { name: 'livre-blanc (lunr, index partitionné)', queries, latency: latency(times.warm, times.cold) };
}

/** Runs Pagefind over the site (its files go to DIR/pagefind). */
export function runPagefind(siteDir: string): string | null {
  const bin = path.resolve(import.meta.dirname, '../node_modules/.bin/pagefind');
  if (!existsSync(bin)) return 'pagefind absent (devDependency non installée)';
  const result = spawnSync(bin, ['--site', siteDir, '--output-subdir', 'pagefind'], { encoding: 'utf8' });
  if (result.status !== 0) return `pagefind a échoué : ${(result.stderr || result.stdout).slice(0, 400)}`;
  return null;
}

async function measurePagefind(browser: Browser, siteDir: string, origin: string, options: Required<BenchOptions>): Promise<EngineReport> {
  const queries: QueryBytes[] = [];
  for (const query of options.queries) {
    const context = await browser.newContext();
    const page = await benchPage(context, origin);
    let results = 0;
    const paths = await recording(page, origin, async () => {
      results = await page.evaluate(
        async ({ q, shown }) => {
          const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
            init(): Promise<void>;
            search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
          };
          await pagefind.init();
          const search = await pagefind.search(q);
          await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
          return search.results.length;
        },
        { q: query, shown: options.shown.pagefind },
      );
    });
    const bytes = sumBytes(siteDir, paths);
    queries.push({ query, results, firstResults: bytes, withFacets: bytes.total });
    await context.close();
  }
  const page = await benchPage(browser, origin);
  const times = await page.evaluate(
    async ({ queries: list, runs, shown }) => {
      const pagefind = (await import('/pagefind/pagefind.js' as string)) as {
        init(): Promise<void>;
        search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
      };
      await pagefind.init();
      const once = async (q: string) => {
        const start = performance.now();
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, shown).map((r) => r.data()));
        return performance.now() - start;
      };
      const cold: number[] = [];
      const warm: number[] = [];
      for (const q of list) cold.push(await once(q));
      for (let r = 0; r < runs; r++) for (const q of list) warm.push(await once(q));
      return { cold, warm };
    },
    { queries: [...options.queries], runs: options.runs, shown: options.shown.pagefind },
  );
  await page.close();
  return { name: 'Pagefind 1.6', queries, latency: latency(times.warm, times.cold) };
}

/** Measures our search (and Pagefind's) on a built site. Needs Chromium at /usr/bin/chromium. */
export async function benchSearch(siteDir: string, options: BenchOptions = {}): Promise<SearchBenchReport> {
  const dir = path.resolve(siteDir);
  const settings: Required<BenchOptions> = {
    queries: options.queries ?? DEFAULT_QUERIES,
    runs: options.runs ?? 15,
    pagefind: options.pagefind ?? true,
    shown: options.shown ?? { ours: 20, pagefind: 5 },
  };
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium absent (${CHROMIUM}) : le banc de recherche a besoin d'un navigateur.`);
  let pagefindSkipped: string | undefined;
  if (settings.pagefind) pagefindSkipped = runPagefind(dir) ?? undefined;
  else pagefindSkipped = 'non demandé';
  const { chromium } = await import('playwright-core');
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const origin = server.url.replace(/\/$/, '');
    const ours = await measureOurs(browser, dir, origin, settings);
    const pagefind = pagefindSkipped === undefined ? await measurePagefind(browser, dir, origin, settings) : null;
    const manifestFile = path.join(dir, 'index-recherche/manifeste.json');
    const documents = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { docs: number }).docs : null;
    return { site: dir, documents, ours, pagefind, ...(pagefindSkipped ? { pagefindSkipped } : {}) };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  // `--requete` (repeatable): these queries instead of DEFAULT_QUERIES.
  const queries = args.flatMap((a, i) => (a === '--requete' && args[i + 1] !== undefined ? [args[i + 1] as string] : []));
  const syntheticIndex = args.indexOf('--synthetique');
  if (syntheticIndex >= 0) {
    const { generateItems, loadRealAnswers } = await import('./generate-consultation.ts');
    const size = Number(args[syntheticIndex + 1] ?? '100000');
    const items = generateItems(size, { seed: 7, realAnswers: loadRealAnswers() });
    const labels = { tag: String, theme: String, region: String, profile: String, format: String };
    const context: SearchContext = { permalinks: new Map(items.map((i) => [i.id, `/sessions/${i.sessionId}/#e-${i.id}`])), sessions: new Map(), labels };
    process.stdout.write(`${formatIndexBytes(await measureIndexBytes(items, context, queries.length > 0 ? queries : DEFAULT_QUERIES))}\n`);
    process.exit(0);
  }
  const valued = new Set(['--runs', '--requete']);
  const dir = args.find((a, i) => !a.startsWith('--') && !valued.has(args[i - 1] ?? ''));
  if (!dir) {
    process.stderr.write('Utilisation : node scripts/bench-search.ts DOSSIER_DU_SITE [--runs N] [--requete TEXTE]… [--sans-pagefind] [--json]\n');
    process.exit(2);
  }
  const runsIndex = args.indexOf('--runs');
  const report = await benchSearch(dir, {
    runs: runsIndex >= 0 ? Number(args[runsIndex + 1]) : 15,
    pagefind: !args.includes('--sans-pagefind'),
    ...(queries.length > 0 ? { queries } : {}),
  });
  process.stdout.write(args.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
}
