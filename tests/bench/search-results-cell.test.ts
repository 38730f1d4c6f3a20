/**
 * The search bench's « résultats » column: the results the page's results list counts, and, with none, the texts
 * holding some of the words it lists instead (« application mobile » at 100k: 0 result, 1 648 texts).
 */
import { describe, expect, it } from 'vitest';
import type { Bytes, EngineReport, SearchBenchReport } from '../../scripts/bench-search.ts';
import { formatIndexBytes, measureIndexBytes } from '../../scripts/bench/index-bytes.ts';
import { corpusItems, testContext } from '../search/fixtures.ts';
import { formatReport } from '../../scripts/bench/search-report.ts';
import { listCounts, resultsCell } from '../../scripts/bench/status-counts.ts';

describe('listCounts', () => {
  it('reads the counts the results list gives (data-found, data-partial)', () => {
    expect(listCounts('2', null)).toEqual({ results: 2 });
    expect(listCounts('12345', null)).toEqual({ results: 12345 });
    expect(listCounts('0', null)).toEqual({ results: 0 });
    expect(listCounts('0', '1648')).toEqual({ results: 0, partial: 1648 });
    expect(listCounts('0', '1')).toEqual({ results: 0, partial: 1 });
  });
});

describe('the search report', () => {
  const bytes: Bytes = { total: 2048, byKind: { code: 1024 }, files: 3 };
  const engine = (name: string, queries: EngineReport['queries']): EngineReport => ({
    name,
    queries,
    latency: { p50: 1, p95: 2, max: 3, coldP95: 4 },
  });

  it('shows the texts listed in part beside no result, for our engine only', () => {
    expect(resultsCell({ results: 2 })).toBe('2');
    expect(resultsCell({ results: 0, partial: 1648 })).toBe('0 (1\u202f648 en partie)');
    const report: SearchBenchReport = {
      site: '/site',
      documents: 100000,
      ours: engine('livre-blanc', [
        { query: 'application mobile', results: 0, partial: 1648, firstResults: bytes, withFacets: 4096 },
        { query: 'donnees', results: 12, firstResults: bytes, withFacets: 4096 },
      ]),
      pagefind: engine('Pagefind 1.6', [{ query: 'application mobile', results: 710, firstResults: bytes, withFacets: 2048 }]),
    };
    const rows = formatReport(report).split('\n');
    expect(rows).toContain('| livre-blanc | application mobile | 0 (1\u202f648 en partie) | 2,0 Ko | 1,0 Ko | 1,0 Ko | 4,0 Ko |');
    expect(rows).toContain('| livre-blanc | donnees | 12 | 2,0 Ko | 1,0 Ko | 1,0 Ko | 4,0 Ko |');
    expect(rows).toContain('| Pagefind 1.6 | application mobile | 710 | 2,0 Ko | 1,0 Ko | 1,0 Ko | 2,0 Ko |');
  });
});

describe('the index-only report (--synthetique)', () => {
  it('shows the texts listed in part beside no result', () => {
    const rows = formatIndexBytes({
      documents: 100000,
      files: 400,
      buildMilliseconds: 1500,
      manifest: 1024,
      facets: 2048,
      queries: [
        { query: 'application mobile', results: 0, partial: 1648, shards: 1024, chunks: 0, total: 2048 },
        { query: 'donnees', results: 12, shards: 1024, chunks: 1024, total: 3072 },
      ],
    }).split('\n');
    expect(rows).toContain('| application mobile | 0 (1\u202f648 en partie) | 1,0 Ko | 0,0 Ko | 2,0 Ko |');
    expect(rows).toContain('| donnees | 12 | 1,0 Ko | 1,0 Ko | 3,0 Ko |');
  });

  it('counts the extracts of the texts listed in part as those of results', async () => {
    // No text holds both « agenda » and « mobile »: the page lists those holding one, and fetches their extracts.
    const items = corpusItems([{ text: 'Un agenda partagé.' }, { text: 'Une appli mobile.' }, { text: 'Rien à voir.' }]);
    const [partial, full] = (await measureIndexBytes(items, testContext(items), ['agenda mobile', 'agenda'])).queries;
    expect(partial?.results).toBe(0);
    expect(partial?.partial).toBe(2);
    expect(partial?.chunks).toBeGreaterThan(0);
    expect(full?.chunks).toBeGreaterThan(0);
  });
});
