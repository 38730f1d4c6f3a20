/**
 * The mapping of a survey without sidecar: roles from the headers (header-aliases.ts), scales from the
 * values. The columns left unread are reported by unmapped-columns.ts.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { CsvRecord } from './csv.ts';
import { isIdentifierHeader, isScaleHeader, questionOfHeader, roleOfHeader } from './header-aliases.ts';
import { looksLikeScale, mostlyScale } from './scales.ts';
import { emptyMapping, type Mapping } from './mapping-types.ts';
import { holdsCodes } from './questions.ts';

export function aliasMapping(
  header: readonly string[],
  records: readonly CsvRecord[],
  file: string,
  headerLine: number,
): { mapping: Mapping; diagnostics: Diagnostic[] } {
  const mapping = emptyMapping('en-tetes');
  const diagnostics: Diagnostic[] = [];
  header.forEach((name, column) => {
    const role = roleOfHeader(name);
    if (role?.kind === 'text') {
      if (looksLikeScale(records, column)) mapping.scales.push({ column, header: name, range: null });
      else if (isNumeric(records, column)) {
        // « comments » holding a count, not comments: skipped, but never silently (they might be answers).
        diagnostics.push(
          diagnostic({
            code: 'colonne-numerique-ignoree',
            severity: 'warning',
            message: `La colonne « ${name} » a l’en-tête d’une question ouverte mais ne contient que des nombres : elle est lue comme un comptage, ses valeurs ne sont pas publiées.`,
            hint: 'Si ce sont bien des réponses, déclarez la colonne dans « colonnes.textes » du fichier .yml de l’enquête.',
            file,
            line: headerLine,
            column: column + 1,
          }),
        );
      } else mapping.texts.push({ column, prefix: null, header: name, tag: role.tag, html: false, question: questionOfHeader(name) });
      return;
    }
    if (role?.kind === 'question') {
      // A column of question texts beats one of codes (the Grand Débat's question_key beside its question).
      if (mapping.question === null || (holdsCodes(records, mapping.question.column) && !holdsCodes(records, column))) {
        mapping.question = { column, read: 'cell' };
      }
      return;
    }
    if (role) {
      const key = role.kind;
      if (mapping[key] === null) mapping[key] = column;
      return;
    }
    if (name === '' || isIdentifierHeader(name)) return;
    if (looksLikeScale(records, column) || (isScaleHeader(name) && mostlyScale(records, column))) {
      mapping.scales.push({ column, header: name, range: null });
    }
  });
  return { mapping, diagnostics };
}

function isNumeric(records: readonly CsvRecord[], column: number): boolean {
  let numbers = 0;
  for (const record of records) {
    const cell = (record.fields[column] ?? '').trim();
    if (cell === '') continue;
    if (!/^-?[\d.,]+$/.test(cell)) return false;
    numbers++;
  }
  return numbers > 0;
}
