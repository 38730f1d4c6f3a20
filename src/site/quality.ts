/** Figures of the data-quality report: diagnostics by code and severity, how tags were decided. */
import { SEVERITIES, type Diagnostic, type FeedbackItem } from '../pipeline/model.ts';

export interface DiagnosticSummary {
  code: string;
  severity: Diagnostic['severity'];
  count: number;
  /** Files concerned, sorted. */
  files: number;
  /** One message as an example. */
  example: string;
}

/** Diagnostics grouped by (severity, code): blocking, then warnings, then infos; by decreasing count, then code. */
export function summariseDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticSummary[] {
  const groups = new Map<string, { d: Diagnostic; count: number; files: Set<string> }>();
  for (const d of diagnostics) {
    const key = `${d.severity}\u0000${d.code}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      group.files.add(d.file);
    } else groups.set(key, { d, count: 1, files: new Set([d.file]) });
  }
  return [...groups.values()]
    .map(({ d, count, files }) => ({ code: d.code, severity: d.severity, count, files: files.size, example: d.message }))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
        b.count - a.count ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
}

export interface TaggingSummary {
  explicit: number;
  inferred: number;
  /** Mean confidence of inferred tags (null when none). */
  meanInferredConfidence: number | null;
  /** Inferred tags with a confidence below 0.6. */
  lowConfidence: number;
}

/** How the tags were decided. Tag source is not a counting dimension of `countBy`, hence this pass. */
export function summariseTagging(items: readonly FeedbackItem[]): TaggingSummary {
  let explicit = 0;
  let inferred = 0;
  let confidence = 0;
  let low = 0;
  for (const item of items) {
    if (item.tagSource === 'explicit') explicit++;
    else {
      inferred++;
      confidence += item.confidence;
      if (item.confidence < 0.6) low++;
    }
  }
  return { explicit, inferred, meanInferredConfidence: inferred ? confidence / inferred : null, lowConfidence: low };
}
