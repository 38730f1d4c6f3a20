/**
 * The mapping of a survey without sidecar: roles from the headers (header-aliases.ts), scales from the
 * values. A column of free text that nothing recognises is reported rather than silently skipped.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { CsvRecord } from './csv.ts';
import { isIdentifierHeader, isScaleHeader, roleOfHeader } from './header-aliases.ts';
import { looksLikeScale, mostlyScale } from './scales.ts';
import { emptyMapping, type Mapping } from './mapping-types.ts';

/** Average length from which an unrecognised column is taken for free text. */
const FREE_TEXT_LENGTH = 40;

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
      if (looksLikeScale(records, column)) mapping.scales.push({ column, header: name });
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
      } else mapping.texts.push({ column, prefix: null, header: name, tag: role.tag, html: false, question: name });
      return;
    }
    if (role) {
      const key = role.kind;
      if (mapping[key] === null) mapping[key] = column;
      return;
    }
    if (name === '' || isIdentifierHeader(name)) return;
    if (looksLikeScale(records, column) || (isScaleHeader(name) && mostlyScale(records, column))) {
      mapping.scales.push({ column, header: name });
    } else if (looksLikeFreeText(records, column)) {
      diagnostics.push(
        diagnostic({
          code: 'colonne-non-reconnue',
          severity: 'warning',
          message: `La colonne « ${name} » contient du texte libre mais son en-tête n’est pas reconnu : ses réponses ne sont pas lues.`,
          hint: 'Nommez-la dans « colonnes.textes » du fichier .yml de l’enquête (avec un tag : working, broken, needs ou auto).',
          file,
          line: headerLine,
          column: column + 1,
        }),
      );
    }
  });
  return { mapping, diagnostics };
}

/** Long values, most of them with spaces (prose, not URLs or codes). */
function looksLikeFreeText(records: readonly CsvRecord[], column: number): boolean {
  let total = 0;
  let filled = 0;
  let withSpaces = 0;
  for (const record of records) {
    const cell = record.fields[column]?.trim() ?? '';
    if (cell === '') continue;
    total += cell.length;
    filled++;
    if (cell.includes(' ')) withSpaces++;
  }
  return filled > 0 && total / filled >= FREE_TEXT_LENGTH && withSpaces * 2 >= filled;
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
