/** The search bench's report (scripts/bench-search.ts) as French Markdown. */
import type { SearchBenchReport } from '../bench-search.ts';
import { decimal } from './decimal.ts';
import { resultsCell } from './status-counts.ts';

const ko = (bytes: number) => `${decimal(bytes / 1024, 1)} Ko`;

/** A French Markdown summary of a report (for bench/RESULTS.md and the terminal). */
export function formatReport(report: SearchBenchReport): string {
  const lines = [
    `Recherche sur ${report.site}${report.documents !== null ? ` (${report.documents} éléments indexés)` : ''}`,
    '',
    '| moteur | requête | résultats | 1re requête (gzip) | dont code | dont index | + facettes | ',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const engine of [report.ours, report.pagefind]) {
    if (!engine) continue;
    for (const q of engine.queries) {
      const code = q.firstResults.byKind.code ?? 0;
      lines.push(
        `| ${engine.name} | ${q.query} | ${resultsCell(q)} | ${ko(q.firstResults.total)} | ${ko(code)} | ${ko(q.firstResults.total - code)} | ${ko(q.withFacets)} |`,
      );
    }
  }
  lines.push('', '| moteur | p50 | p95 | max | p95 à froid |', '|---|---:|---:|---:|---:|');
  for (const engine of [report.ours, report.pagefind]) {
    if (!engine) continue;
    const l = engine.latency;
    lines.push(`| ${engine.name} | ${decimal(l.p50, 1)} ms | ${decimal(l.p95, 1)} ms | ${decimal(l.max, 1)} ms | ${decimal(l.coldP95, 1)} ms |`);
  }
  if (report.pagefindSkipped) lines.push('', `Pagefind non mesuré : ${report.pagefindSkipped}.`);
  return lines.join('\n');
}
