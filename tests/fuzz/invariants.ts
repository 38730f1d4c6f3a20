/**
 * What must hold whatever the input: each check returns the broken rules as French sentences (empty
 * when all hold), so that a failing property shows every problem of its smallest counter-example.
 */
import { SET_ASIDE_TEXT_LENGTH, SEVERITIES, type Diagnostic, type FileReconciliation, type RawItem, type SetAsideEntry } from '../../src/pipeline/model.ts';
import type { ConsultationInput } from '../../src/pipeline/io/consultation-input.ts';
import type { IngestReconciliation, IngestResult } from '../../src/pipeline/ingest/result.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { REJECTION_REASONS } from '../../src/pipeline/rejection-reasons.ts';

/** Codes that only say the parser itself broke (a caught exception): never acceptable. */
const CRASH_CODES = new Set(['note-illisible', 'enquete-illisible', 'erreur-interne']);

/** Number of lines of a text as editors count them (a final line break opens no new line for a diagnostic). */
export function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

export function checkDiagnostics(diagnostics: readonly Diagnostic[], files: ReadonlyMap<string, number>, allowed: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  for (const d of diagnostics) {
    const where = `${d.code} ${d.file}:${d.line}:${d.column}`;
    if (CRASH_CODES.has(d.code)) problems.push(`exception interne déguisée en diagnostic : ${where} ${d.message}`);
    if (!d.message || !d.code || !SEVERITIES.includes(d.severity)) problems.push(`diagnostic incomplet : ${where}`);
    if (!Number.isInteger(d.line) || d.line < 1 || !Number.isInteger(d.column) || d.column < 1) problems.push(`position invalide : ${where}`);
    const lines = files.get(d.file);
    if (lines === undefined) {
      if (!allowed.has(`${d.code} ${d.file}`)) problems.push(`diagnostic sur un fichier qui n'existe pas : ${where}`);
    } else if (d.line > lines) problems.push(`ligne au-delà de la fin du fichier (${lines} lignes) : ${where}`);
  }
  return problems;
}

/** A file's bilan adds up; its reasons, when given, add up to its set-aside entries. */
export function checkReconciliation(entry: FileReconciliation | IngestReconciliation | undefined, file: string): string[] {
  if (!entry) return [`aucun bilan pour ${file}`];
  if (entry.read !== entry.kept + entry.rejected) return [`${file} : ${entry.read} lus ≠ ${entry.kept} retenus + ${entry.rejected} écartés`];
  if (entry.read < 0 || entry.kept < 0 || entry.rejected < 0) return [`${file} : compte négatif`];
  return entry.reasons ? checkReasons(entry.reasons, entry.rejected, file) : [];
}

/** Counts by reason: positive, each reason once, adding up to the entries set aside. */
export function checkReasons(reasons: FileReconciliation['reasons'], rejected: number, where: string): string[] {
  const sum = reasons.reduce((n, r) => n + r.count, 0);
  if (sum !== rejected) return [`${where} : motifs ${reasons.map((r) => `${r.reason} ${r.count}`).join(', ')} = ${sum} ≠ ${rejected} écartés`];
  if (reasons.some((r) => r.count <= 0) || new Set(reasons.map((r) => r.reason)).size !== reasons.length) return [`${where} : motifs invalides`];
  return [];
}

/**
 * The list of entries set aside is the bilan, entry by entry: per file and reason as many entries as
 * its counts (and none elsewhere), each at a real place of its file, its text cut.
 */
export function checkSetAside(
  entries: readonly SetAsideEntry[],
  bilans: ReadonlyArray<FileReconciliation | IngestReconciliation>,
  files: ReadonlyMap<string, number>,
  maxText = Infinity,
): string[] {
  const problems: string[] = [];
  const listed = new Map<string, number>();
  for (const { source, reason, text } of entries) {
    const key = `${source.file} ${reason}`;
    listed.set(key, (listed.get(key) ?? 0) + 1);
    const where = `écarté ${key} ${source.line}:${source.column}`;
    const lines = files.get(source.file);
    if (lines === undefined) problems.push(`${where} : fichier inconnu`);
    else if (!Number.isInteger(source.line) || source.line < 1 || source.line > lines) problems.push(`${where} : ligne hors du fichier (${lines} lignes)`);
    if (!Number.isInteger(source.column) || source.column < 1) problems.push(`${where} : colonne invalide`);
    if (text.length > maxText) problems.push(`${where} : texte de ${text.length} caractères`);
  }
  const counted = new Map<string, number>();
  for (const bilan of bilans) {
    // A bilan without reasons sets nothing aside (a file not read at all): its entries are all one reason's.
    const reasons = bilan.reasons ?? [];
    if (reasons.length === 0 && bilan.rejected > 0) problems.push(`${bilan.file} : ${bilan.rejected} écartés sans motifs`);
    for (const { reason, count } of reasons) counted.set(`${bilan.file} ${reason}`, (counted.get(`${bilan.file} ${reason}`) ?? 0) + count);
  }
  for (const key of new Set([...listed.keys(), ...counted.keys()])) {
    if ((listed.get(key) ?? 0) !== (counted.get(key) ?? 0)) problems.push(`${key} : ${counted.get(key) ?? 0} au bilan, ${listed.get(key) ?? 0} écartés listés`);
  }
  return problems;
}

export function checkIds(items: ReadonlyArray<Pick<RawItem, 'id'>>): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const { id } of items) {
    if (seen.has(id)) duplicates.add(id);
    seen.add(id);
  }
  return duplicates.size ? [`identifiants en double : ${[...duplicates].slice(0, 5).join(', ')}`] : [];
}

/** One file's ingest result: its diagnostics, its bilan, its items. */
export function checkIngest(result: IngestResult, file: string, files: ReadonlyMap<string, number>): string[] {
  const problems = [...checkDiagnostics(result.diagnostics, files), ...checkIds(result.items)];
  const entries = result.reconciliation.filter((r) => r.file === file);
  if (entries.length !== 1 || result.reconciliation.length !== 1) problems.push(`bilan attendu une fois pour ${file}, trouvé ${result.reconciliation.length}`);
  problems.push(...checkReconciliation(entries[0], file));
  // A survey names why it set entries aside; a note does not yet (reconciliation.ts counts them together).
  if (entries[0] && file.endsWith('.csv') && !entries[0].reasons) problems.push(`${file} : bilan d'enquête sans motifs`);
  problems.push(...checkSetAside(result.setAside, result.reconciliation, files));
  if (entries[0] && entries[0].kept !== result.items.length) problems.push(`${file} : ${entries[0].kept} retenus mais ${result.items.length} éléments`);
  if (entries[0] && entries[0].rejected > 0 && result.diagnostics.length === 0) problems.push(`${file} : ${entries[0].rejected} écartés sans aucun diagnostic`);
  const lines = files.get(file) ?? 0;
  for (const item of result.items) {
    if (item.source.file !== file) problems.push(`élément ${item.id} attribué à ${item.source.file}`);
    if (item.source.line < 1 || item.source.line > lines) problems.push(`élément ${item.id} à la ligne ${item.source.line} (fichier de ${lines} lignes)`);
    if (item.source.column < 1) problems.push(`élément ${item.id} à la colonne ${item.source.column}`);
    if (item.source.row !== undefined && item.source.row < 1) problems.push(`élément ${item.id} au rang ${item.source.row}`);
    if (!item.text.trim()) problems.push(`élément ${item.id} vide`);
  }
  return problems;
}

/** Every input file with its number of lines (CSV bytes decoded loosely: only the line count matters). */
export function inputFiles(input: ConsultationInput): Map<string, number> {
  const files = new Map<string, number>();
  for (const note of input.notes) files.set(note.file, lineCount(note.content));
  for (const survey of input.surveys) {
    files.set(survey.file, lineCount(new TextDecoder('latin1').decode(survey.bytes)));
    if (survey.sidecar) files.set(survey.sidecar.file, lineCount(survey.sidecar.content));
  }
  for (const extra of [input.themes, input.pseudonyms, input.settings]) if (extra) files.set(extra.file, lineCount(extra.content));
  return files;
}

/** The ingest id of a published item: split statements get `-<n>` after it. */
export function baseId(id: string): string {
  return id.replace(/-\d+$/, '');
}

export function checkSynthesis(synthesis: Synthesis, input: ConsultationInput): string[] {
  const files = inputFiles(input);
  // A missing taxonomy or accessibility contact is reported on the file that should exist, and a consultation with
  // nothing to read on the notes' folder: the only diagnostics about absent files.
  const absent = [
    'themes-absents data/themes.yml',
    'contact-accessibilite-absent content/consultation.yml',
    'audit-accessibilite-absent content/consultation.yml',
    'consultation-vide content/ateliers',
  ];
  const problems = checkDiagnostics(synthesis.diagnostics, files, new Set(absent));
  problems.push(...checkIds(synthesis.items));
  const r = synthesis.reconciliation;
  const sources = [...input.notes.map((n) => n.file), ...input.surveys.map((s) => s.file)].sort();
  const listed = r.files.map((f) => f.file);
  if (JSON.stringify(listed) !== JSON.stringify(sources)) problems.push(`bilan sur ${listed.join(', ')} au lieu de ${sources.join(', ')}`);
  for (const file of r.files) {
    problems.push(...checkReconciliation(file, file.file));
    if (!Array.isArray(file.reasons)) problems.push(`${file.file} : bilan sans motifs`);
    // Each reason names the diagnostics that say it, and one of them is there, on that file.
    for (const { reason } of file.reasons ?? []) {
      const codes = REJECTION_REASONS[reason].codes;
      if (!synthesis.diagnostics.some((d) => d.file === file.file && codes.includes(d.code))) problems.push(`${file.file} : motif ${reason} sans diagnostic ${codes.join(' ou ')}`);
    }
    if (file.rejected > 0 && !synthesis.diagnostics.some((d) => d.file === file.file)) problems.push(`${file.file} : ${file.rejected} écartés sans aucun diagnostic`);
  }
  const sum = (key: 'read' | 'kept' | 'rejected') => r.files.reduce((n, f) => n + f[key], 0);
  if (r.read !== sum('read') || r.kept !== sum('kept') || r.rejected !== sum('rejected')) problems.push('les totaux du bilan ne sont pas la somme des fichiers');
  if (r.read !== r.kept + r.rejected) problems.push(`total : ${r.read} lus ≠ ${r.kept} + ${r.rejected}`);
  problems.push(...checkReasons(r.reasons, r.rejected, 'total'));
  problems.push(...checkSetAside(synthesis.setAside, r.files, files, SET_ASIDE_TEXT_LENGTH));
  if (r.published !== synthesis.items.length) problems.push(`${r.published} publiés annoncés, ${synthesis.items.length} publiés`);
  // Published items trace back to kept entries: one or more statements per kept entry, none from nowhere.
  const keptIds = new Map<string, Set<string>>();
  for (const item of synthesis.items) {
    const set = keptIds.get(item.source.file) ?? new Set<string>();
    set.add(baseId(item.id));
    keptIds.set(item.source.file, set);
  }
  for (const file of r.files) {
    const published = keptIds.get(file.file)?.size ?? 0;
    if (published !== file.kept) problems.push(`${file.file} : ${file.kept} retenus mais ${published} éléments publiés d'origine distincte`);
  }
  for (const item of synthesis.items) {
    if (!files.has(item.source.file)) problems.push(`élément ${item.id} d'un fichier inconnu ${item.source.file}`);
    if (item.themes.length === 0) problems.push(`élément ${item.id} sans thème`);
    if (!synthesis.sessions.some((s) => s.id === item.sessionId)) problems.push(`élément ${item.id} d'une session inconnue`);
  }
  const sorted = synthesis.items.every((item, i, all) => i === 0 || (all[i - 1]?.id ?? '') < item.id);
  if (!sorted) problems.push('éléments non triés par identifiant');
  return problems;
}
