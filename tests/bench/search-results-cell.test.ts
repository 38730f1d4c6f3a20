/**
 * The search bench's « résultats » column: the results the page's status counts, and, with none, the texts
 * holding some of the words it lists instead (« application mobile » at 100k: 0 result, 1 648 texts).
 */
import { describe, expect, it } from 'vitest';
import type { Bytes, EngineReport, SearchBenchReport } from '../../scripts/bench-search.ts';
import { formatIndexBytes } from '../../scripts/bench/index-bytes.ts';
import { formatReport } from '../../scripts/bench/search-report.ts';
import { resultsCell, statusCounts } from '../../scripts/bench/status-counts.ts';
import { partialSummary } from '../../src/search/partial-text.ts';
import { frenchTypography } from '../../src/site/typography/french-typography.ts';
import { queryWords } from '../../src/search/french.ts';

/** The status as the page writes it (partial-text.ts, then the French typography). */
const partialStatus = (query: string, total: number, counts: number[]) => {
  const hits = Array.from({ length: total }, (_, doc) => ({ doc, score: 1, mask: 1, words: 1 }));
  return frenchTypography(partialSummary(queryWords(query), { hits, counts }));
};

describe('statusCounts', () => {
  it('reads the results the status counts, grouped digits included', () => {
    expect(statusCounts('2 résultats pour « application mobile ».')).toEqual({ results: 2 });
    expect(statusCounts(frenchTypography('12 345 résultats pour « données ».'))).toEqual({ results: 12345 });
    expect(statusCounts('Aucun résultat pour « zzz ». Essayez un autre mot ou seulement son début.')).toEqual({ results: 0 });
  });

  it('reads how many texts holding some of the words are listed when none holds them all', () => {
    expect(statusCounts(partialStatus('application mobile', 1648, [1584, 64]))).toEqual({ results: 0, partial: 1648 });
    expect(statusCounts(partialStatus('agenda mobilee', 1, [1, 0]))).toEqual({ results: 0, partial: 1 });
    expect(statusCounts(partialStatus('agenda tablette mobile', 30, [20, 10, 0]))).toEqual({ results: 0, partial: 30 });
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
});
