/**
 * Columns holding respondents' names, recognised by their header (« Nom », « Prénom », « Nom et
 * prénom », « Nom complet », « Identité »…): never read as answers (quiet-columns.ts drops them), their
 * values are masked wherever the survey's texts, headings or headers quote them (« Paulette Ménard
 * trouve que c'est lent »). With a first-name and a surname column, the two together make the name.
 */
import { foldText } from '../../text/fold.ts';
import type { CsvRecord } from './csv.ts';
import type { Mapping } from './mapping-types.ts';

/** A whole header naming a person: « Nom », « Votre prénom », « NOM Prénom », « Nom de famille », « Full name ». */
const NAME_HEADER =
  /^(?:(?:votre|vos|ton|tes|le|la|les|son|sa|ses)\s+)?(?:nom|noms|prenom|prenoms|nom complet|nom de famille|nom d usage|nom et prenom|nom et prenoms|noms et prenoms|prenom et nom|prenom nom|nom prenom|identite|name|full name|first name|last name|firstname|lastname|surname|given name)(?:\s+(?:du|de la|de l)\s+(?:participant|participante|repondant|repondante|personne))?$/;

export function isNameHeader(header: string): boolean {
  return NAME_HEADER.test(foldText(header));
}

/** The name columns: the mapping's (an adapter's author column) and those the headers name, unless read otherwise. */
export function nameColumns(header: readonly string[], mapping: Mapping): number[] {
  const read = new Set<number>([...mapping.texts.map((t) => t.column), ...mapping.scales.map((s) => s.column)]);
  const columns = new Set(mapping.names);
  header.forEach((label, column) => {
    if (!read.has(column) && isNameHeader(label)) columns.add(column);
  });
  return [...columns].sort((a, b) => a - b);
}

/**
 * The distinct names of the name columns across the file: each cell, and each row's cells together
 * (« Paulette » + « Ménard » → « Paulette Ménard ») when there are several name columns.
 */
export function respondentNames(records: readonly CsvRecord[], columns: readonly number[]): string[] {
  const names = new Set<string>();
  for (const record of records) {
    const parts: string[] = [];
    for (const column of columns) {
      const name = (record.fields[column] ?? '').trim().replace(/\s+/g, ' ');
      if (!name) continue;
      names.add(name);
      parts.push(name);
    }
    if (parts.length > 1) names.add(parts.join(' '));
  }
  return [...names];
}
