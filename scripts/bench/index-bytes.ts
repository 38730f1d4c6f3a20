/**
 * The search index's own weight, in Node, without a built site or a browser: gzip bytes of what a
 * first query fetches (manifest, shards, result chunks) over `buildSearchIndex`.
 */
import { gzipSync } from 'node:zlib';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { buildSearchIndex, type SearchContext, type SearchIndexOptions } from '../../src/search/build/index.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { FACETS_FILE, MANIFEST_FILE } from '../../src/search/format.ts';
import { decimal } from './decimal.ts';
import { resultsCell } from './status-counts.ts';

export const DEFAULT_QUERIES = ['donnees', 'jeunes', 'saisie', 'rendez-vous', 'statist', 'lenteurs', 'application mobile'];

export interface IndexBytes {
  documents: number;
  files: number;
  buildMilliseconds: number;
  manifest: number;
  facets: number;
  queries: Array<{ query: string; results: number; partial?: number; shards: number; chunks: number; total: number }>;
}

/**
 * Gzip bytes of the index files a first query fetches (manifest + shards + chunks of the first
 * `shown` results), computed in Node over `buildSearchIndex`; the code (≈ 15 KB) is not included.
 */
export async function measureIndexBytes(
  items: readonly FeedbackItem[],
  context: SearchContext,
  queries: readonly string[] = DEFAULT_QUERIES,
  options: SearchIndexOptions = {},
  shown = 20,
): Promise<IndexBytes> {
  const started = performance.now();
  const { files } = buildSearchIndex(items, context, options);
  const buildMilliseconds = performance.now() - started;
  const gz = (name: string) => gzipSync(files.get(name) ?? '').length;
  const results: IndexBytes['queries'] = [];
  for (const query of queries) {
    const fetched: string[] = [];
    const engine = await SearchEngine.open(async (file) => {
      fetched.push(file);
      return JSON.parse(files.get(file) ?? 'null') as unknown;
    });
    const outcome = await engine.search(query);
    // With no result, the page lists the texts holding some of the words instead: their extracts count alike.
    const listed = outcome.hits.length > 0 ? outcome.hits : (outcome.partial?.hits ?? []);
    await engine.documents(listed.slice(0, shown).map((hit) => hit.doc));
    const sum = (prefix: string) => fetched.filter((f) => f.startsWith(prefix)).reduce((n, f) => n + gz(f), 0);
    // Term shards and word shards (a word typed in part reads the words it begins).
    const shards = sum('t-') + sum('w-');
    // With no result, the texts holding some of the words that the page lists.
    const partial = outcome.hits.length === 0 && outcome.partial ? { partial: outcome.partial.hits.length } : {};
    results.push({ query, results: outcome.hits.length, ...partial, shards, chunks: sum('d-'), total: gz(MANIFEST_FILE) + shards + sum('d-') });
  }
  return { documents: items.length, files: files.size, buildMilliseconds, manifest: gz(MANIFEST_FILE), facets: gz(FACETS_FILE), queries: results };
}

export function formatIndexBytes(report: IndexBytes): string {
  const lines = [
    `Index seul, ${report.documents} éléments : ${report.files} fichiers, construit en ${decimal(report.buildMilliseconds / 1000, 1)} s ; ` +
      `manifeste ${ko(report.manifest)}, table des facettes ${ko(report.facets)} (gzip).`,
    '',
    '| requête | résultats | fragments d’index | extraits (20 résultats) | 1re requête, manifeste compris |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const q of report.queries) lines.push(`| ${q.query} | ${resultsCell(q)} | ${ko(q.shards)} | ${ko(q.chunks)} | ${ko(q.total)} |`);
  return lines.join('\n');
}

const ko = (bytes: number) => `${decimal(bytes / 1024, 1)} Ko`;
