/**
 * Which mapping reads a survey: a platform adapter recognised by its headers, else header aliases;
 * then the sidecar's `colonnes`, which override only what they say (sidecar-mapping.ts). A mapping
 * with no text column is blocking: there would be nothing to read. The columns left unread are
 * reported unless the sidecar names the text columns (a written choice) or an adapter reads the file
 * (a platform's export, whose other columns are its metadata); `unread` lists those of free answers,
 * whose answers the bilan counts as set aside: they must not vanish without a trace.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import type { Table } from './csv.ts';
import type { Sidecar } from './sidecar.ts';
import { duplicateDiagnostics, indexHeader } from './header-index.ts';
import { createLookup } from './column-lookup.ts';
import { applySidecar } from './sidecar-mapping.ts';
import { fixedValues } from './fixed-values.ts';
import { aliasMapping } from './alias-mapping.ts';
import { unmappedColumns, usedColumns } from './unmapped-columns.ts';
import { unreadPlaceColumns } from './unread-places.ts';
import { isIdentifierHeader } from './header-aliases.ts';
import { adapterMapping } from './adapters/index.ts';
import type { Mapping } from './mapping-types.ts';

export function resolveMapping(
  table: Table,
  sidecar: Sidecar | null,
  referentiels: Referentiels,
  file: string,
): { mapping: Mapping; diagnostics: Diagnostic[]; unread: number[] } {
  const index = indexHeader(table.header);
  const columns = sidecar?.columns ?? null;
  const diagnostics: Diagnostic[] = [];
  const found = foundMapping(table, file);
  let mapping = found.mapping;
  let mapped = new Set<number>();

  if (sidecar && columns) {
    const lookup = createLookup(index, sidecar);
    mapping = applySidecar(mapping, columns, lookup, referentiels);
    diagnostics.push(...lookup.diagnostics, ...fixedValues(mapping, columns, sidecar, referentiels));
    mapped = lookup.mapped;
  }
  if (sidecar) {
    mapping.questionLabels = sidecar.questionLabels;
    diagnostics.push(...unusedQuestionLabels(mapping, sidecar));
  }
  // Text columns the sidecar names are a written choice: the others are left aside without a word.
  const namedTexts = (columns?.textes ?? []).length > 0;
  // A column of places nothing reads is said even beside named text columns: losing every region is no choice.
  const places = found.byHeaders ? unreadPlaceColumns(table, mapping, referentiels, file) : null;
  if (places) diagnostics.push(...places.diagnostics);
  let unread: number[] = [];
  if (found.byHeaders && !namedTexts) {
    const unmapped = unmappedColumns(table, mapping, file, places?.columns);
    diagnostics.push(...found.diagnostics, ...unmapped.diagnostics);
    unread = unmapped.free;
  }
  diagnostics.push(...duplicateDiagnostics(index, mapped, file, table.headerLine));
  // Text columns named but missing are already reported, once each.
  if (mapping.texts.length === 0 && !namedTexts) diagnostics.push(noTextColumn(table, mapping, sidecar, file));
  return { mapping, diagnostics, unread };
}

/** The mapping without sidecar: a platform's adapter, else the header aliases (with their warnings). */
function foundMapping(table: Table, file: string): { mapping: Mapping; diagnostics: Diagnostic[]; byHeaders: boolean } {
  const adapted = adapterMapping(table.header);
  if (adapted) return { mapping: adapted, diagnostics: [], byHeaders: false };
  return { ...aliasMapping(table.header, table.records, file, table.headerLine), byHeaders: true };
}

/** Blocking: nothing to read. The hint's example names the file's likeliest text column, not a made-up one. */
function noTextColumn(table: Table, mapping: Mapping, sidecar: Sidecar | null, file: string): Diagnostic {
  const inSidecar = sidecar !== null && sidecar.columns !== null;
  const example = likeliestTextColumn(table, mapping) ?? 'Commentaire';
  const headers = table.header.filter((h) => h.trim() !== '');
  const listed = headers.slice(0, 12).map((h) => `« ${h} »`).join(', ') + (headers.length > 12 ? '…' : '');
  const entry = `textes: [{ colonne: "${example}", tag: auto }]`;
  return diagnostic({
    code: 'aucune-colonne-texte',
    severity: 'blocking',
    message: inSidecar
      ? 'Aucune colonne de texte libre n’a été reconnue dans l’en-tête, et les paramètres de l’enquête n’en nomment aucune (colonnes.textes) : aucune réponse ne peut être lue.'
      : 'Aucune colonne de texte libre n’a été reconnue dans l’en-tête : aucune réponse ne peut être lue.',
    hint: inSidecar
      ? `Nommez sous « colonnes » la ou les colonnes de réponses libres, par exemple ${entry}. Colonnes du fichier : ${listed}.`
      : `Ajoutez un fichier .yml du même nom que le CSV, avec « colonnes: » puis, par exemple, ${entry}. Colonnes du fichier : ${listed}.`,
    file: inSidecar ? sidecar.file : file,
    line: inSidecar ? sidecar.lineOf(['colonnes']) : table.headerLine,
  });
}

/** The unread column holding the most text (free answers are long), or null when none holds text. */
function likeliestTextColumn(table: Table, mapping: Mapping): string | null {
  const used = usedColumns(mapping);
  let best: { header: string; length: number } | null = null;
  for (let column = 0; column < table.header.length; column++) {
    const header = table.header[column] ?? '';
    if (used.has(column) || header.trim() === '' || isIdentifierHeader(header)) continue;
    let length = 0;
    for (const record of table.records) {
      const cell = (record.fields[column] ?? '').trim();
      // Numbers (counts, codes, dates) are not answers.
      if (!/^[\d\s.,:/+-]*$/.test(cell)) length += cell.length;
    }
    if (length > 0 && (best === null || length > best.length)) best = { header, length };
  }
  return best?.header ?? null;
}

/** `questions:` without a column saying which question each row answers: its texts serve nothing. */
function unusedQuestionLabels(mapping: Mapping, sidecar: Sidecar): Diagnostic[] {
  if (sidecar.questionLabels.size === 0 || mapping.question !== null) return [];
  return [
    diagnostic({
      code: 'questions-sans-colonne',
      severity: 'warning',
      message: 'Les paramètres de l’enquête donnent le texte de questions (questions:), mais aucune colonne ne dit à quelle question répond chaque ligne : ces textes ne servent pas.',
      hint: 'Nommez la colonne qui tient le code de la question de chaque ligne : colonnes: { question: "question_key" }.',
      file: sidecar.file,
      line: sidecar.lineOf(['questions']),
    }),
  ];
}
