/** The dry-run report: diagnostics as VFile messages through the French reporter, then the consultation's figures. */
import { VFile } from 'vfile';
import { frenchReport, wrap, type ReportStyle } from './french-reporter.ts';
import type { Diagnostic, RejectionCount } from '../pipeline/model.ts';
import { countBySeverity, type SeverityCounts } from '../pipeline/diagnostics.ts';
import { TAGS, TAG_LABELS } from '../pipeline/model.ts';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { stableStringify } from '../pipeline/stable-json.ts';
import { formatInteger, plural } from '../pipeline/text/plural.ts';
import { describeReasons } from '../pipeline/rejection-reasons.ts';

/** Reasons named on a line of the bilan before the rest are counted together (« 2 autres… »): each line stays readable. */
export const REASONS_PER_LINE = 3;

/** Heads the infos, after the problems: they say how the text was read, nothing is to fix if it was read right. */
export const INFOS_HEADING = 'Informations : comment le texte a été lu, à vérifier (rien à corriger si la lecture est la bonne).';

/**
 * One VFile per source file, each diagnostic a message, its hint as the note. `fatal` says the severity
 * as unified does: true for blocking (an error), false for a warning, unset for an info.
 */
export function toVFiles(diagnostics: readonly Diagnostic[]): VFile[] {
  const files = new Map<string, VFile>();
  for (const d of diagnostics) {
    let file = files.get(d.file);
    if (!file) {
      file = new VFile({ path: d.file });
      files.set(d.file, file);
    }
    const message = file.message(d.message, { place: { line: d.line, column: d.column }, ruleId: d.code, source: 'livre-blanc' });
    message.fatal = d.severity === 'blocking' ? true : d.severity === 'warning' ? false : undefined;
    if (d.hint) message.note = d.hint;
  }
  return [...files.values()];
}

/**
 * `subject` is what the run checked: the whole consultation (`check`), or the note `new` just wrote,
 * which says nothing of the other files of the folder.
 */
export function checkReportText(synthesis: Synthesis, style: ReportStyle = { color: false }, subject: 'consultation' | 'note' = 'consultation'): string {
  const { diagnostics, reconciliation } = synthesis;
  const counts = countBySeverity(diagnostics);
  const lines: string[] = [];
  // The problems first; the infos, which ask for a look and no fix, after them under their own heading.
  const problems = diagnostics.filter((d) => d.severity !== 'info');
  const infos = diagnostics.filter((d) => d.severity === 'info');
  if (problems.length) lines.push(frenchReport(toVFiles(problems), style), '');
  if (infos.length) lines.push(wrap(INFOS_HEADING, 2, style.width).trimStart(), '', frenchReport(toVFiles(infos), style), '');
  const workshops = synthesis.sessions.filter((s) => s.kind === 'workshop').length;
  const surveys = synthesis.sessions.length - workshops;
  lines.push(`Sessions : ${plural(workshops, 'atelier')}, ${plural(surveys, 'enquête')}`);
  // The one long line of the summary: wrapped like the diagnostics, continued under its first word.
  const regions = `Régions : ${formatInteger(synthesis.regions.length)}${synthesis.regions.length ? ` (${synthesis.regions.map((r) => r.name).join(', ')})` : ''}`;
  lines.push(wrap(regions, 2, style.width).trimStart());
  const byTag = new Map(synthesis.items.map((i) => i.tag).reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>()));
  lines.push(`Éléments par étiquette : ${TAGS.map((t) => `${TAG_LABELS[t]} ${formatInteger(byTag.get(t) ?? 0)}`).join(' · ')}`);
  lines.push('', 'Bilan (lus = retenus + écartés) :');
  // In a terminal, wrapped like the regions and continued two columns in (a file's reasons make a long line).
  const entry = (text: string) => (style.width === undefined ? `  ${text}` : wrap(text, 4, style.width).replace(/^ {4}/, '  '));
  for (const f of reconciliation.files) lines.push(entry(`${f.file} : ${balance(f)}`));
  lines.push(entry(`Total : ${balance(reconciliation)} → ${plural(reconciliation.published, 'élément publié', 'éléments publiés')}`));
  lines.push('');
  const { blocking } = counts;
  const first = firstBlocking(problems);
  const where = first ? ` ${blocking === 1 ? 'Elle' : 'La première'} est en ${first}.` : '';
  lines.push(
    blocking
      ? `✗ ${plural(blocking, 'erreur bloquante', 'erreurs bloquantes')} : la publication est impossible tant ${blocking === 1 ? "qu’elle n’est pas corrigée" : "qu’elles ne sont pas corrigées"}.${where}`
      : `✓ ${noBlockingCounts(counts)}${subject === 'note' ? " : la note peut être publiée (« livre-blanc check » vérifie toute la consultation)." : ' : la consultation peut être publiée.'}`,
  );
  return lines.join('\n') + '\n';
}

/**
 * Where the first blocking problem of the report is (« content/…/rennes.md:5:9 »), in the report's
 * order (files as they first come, then by line): it may sit at line 62 of a long report.
 */
function firstBlocking(problems: readonly Diagnostic[]): string | null {
  const files = [...new Set(problems.map((d) => d.file))];
  for (const file of files) {
    const here = problems.filter((d) => d.file === file && d.severity === 'blocking');
    const [first] = here.sort((a, b) => a.line - b.line || a.column - b.column);
    if (first) return `${first.file}:${first.line}:${first.column}`;
  }
  return null;
}

/**
 * « Aucune erreur bloquante, 2 avertissements, 5 informations »: each severity its own count. With infos
 * alone, « aucun avertissement » is said, so that reading notices are not taken for problems.
 */
export function noBlockingCounts({ warnings, infos }: SeverityCounts): string {
  const parts = ['Aucune erreur bloquante'];
  if (warnings) parts.push(plural(warnings, 'avertissement'));
  else if (infos) parts.push('aucun avertissement');
  if (infos) parts.push(plural(infos, 'information'));
  return parts.join(', ');
}

/**
 * « 196 lus = 195 retenus + 1 écarté (1 champ en trop [nombre-de-champs-incorrect]) »: read = kept +
 * set aside, each word agreeing with its number, then why, by reason with its diagnostic's code.
 */
function balance(counts: { read: number; kept: number; rejected: number; reasons: readonly RejectionCount[] }): string {
  const why = describeReasons(counts.reasons, REASONS_PER_LINE);
  return `${plural(counts.read, 'lu')} = ${plural(counts.kept, 'retenu')} + ${plural(counts.rejected, 'écarté')}${why ? ` (${why})` : ''}`;
}

/** JSON shape documented in docs/formats-json.md (« Format JSON de check »). */
export function checkReportJson(synthesis: Synthesis): string {
  const { blocking, warnings, infos } = countBySeverity(synthesis.diagnostics);
  return stableStringify({
    ok: blocking === 0,
    summary: {
      workshops: synthesis.sessions.filter((s) => s.kind === 'workshop').length,
      surveys: synthesis.sessions.filter((s) => s.kind === 'survey').length,
      regions: synthesis.regions.map((r) => r.code),
      itemsByTag: Object.fromEntries(TAGS.map((t) => [t, synthesis.items.filter((i) => i.tag === t).length])),
      blocking,
      // Infos apart: `warnings` counts the warnings only, as its name says.
      warnings,
      infos,
    },
    reconciliation: synthesis.reconciliation,
    // Each entry the bilan counts as set aside, for a tool to list them as the « Écartés » sheet does.
    setAside: synthesis.setAside,
    diagnostics: synthesis.diagnostics,
  });
}
