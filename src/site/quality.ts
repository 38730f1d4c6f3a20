/** Figures of the data-quality report: diagnostics by code and severity, how tags were decided. */
import { SEVERITIES, type Diagnostic, type FeedbackItem } from '../pipeline/model.ts';
import { formatInteger, plural } from './format.ts';

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

/**
 * « 12 éléments ont une étiquette donnée par leur source », « 1 élément a une étiquette donnée par sa
 * source », « Aucun élément n’a d’étiquette donnée par sa source »: on a national survey without a tag
 * column, the count is 0, and « 0 élément a … leur source » read as a slip.
 */
export function explicitTagsPhrase(count: number): string {
  if (count === 0) return 'Aucun élément n’a d’étiquette donnée par sa source';
  return count === 1 ? '1 élément a une étiquette donnée par sa source' : `${plural(count, 'élément')} ont une étiquette donnée par leur source`;
}

/** « 12 éléments ont une étiquette déduite du texte », « 1 élément a… », « Aucun élément n’a d’étiquette déduite du texte ». */
export function inferredTagsPhrase(count: number): string {
  if (count === 0) return 'Aucun élément n’a d’étiquette déduite du texte';
  return count === 1 ? '1 élément a une étiquette déduite du texte' : `${plural(count, 'élément')} ont une étiquette déduite du texte`;
}

/**
 * The home page's caveat under the tag counts, or null when no tag is inferred: « L’étiquette de 5
 * éléments sur 14 est déduite du texte (2 avec une confiance inférieure à 60 %) : l’étiquetage
 * automatique peut se tromper, et chaque verbatim dit si la sienne est déduite. » The subject of « peut
 * se tromper » is the tagging: after « Toutes les étiquettes sont déduites », « elle » agreed with nothing.
 */
export function inferredTagsNotice(tagging: Pick<TaggingSummary, 'inferred' | 'lowConfidence'>, total: number): string | null {
  const { inferred, lowConfidence } = tagging;
  if (inferred === 0) return null;
  let which: string;
  if (inferred === total) which = total === 1 ? 'L’étiquette du seul élément est déduite' : 'Toutes les étiquettes sont déduites';
  else if (inferred === 1) which = `L’étiquette d’un élément sur ${formatInteger(total)} est déduite`;
  else which = `L’étiquette de ${plural(inferred, 'élément')} sur ${formatInteger(total)} est déduite`;
  const low = lowConfidence > 0 ? ` (${formatInteger(lowConfidence)} avec une confiance inférieure à 60 %)` : '';
  return `${which} du texte${low} : l’étiquetage automatique peut se tromper, et chaque verbatim dit si la sienne est déduite.`;
}
