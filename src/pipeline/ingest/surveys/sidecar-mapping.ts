/**
 * The sidecar's `colonnes` → column indexes. A named column missing from the header is blocking and
 * reported at its line in the YAML, with the closest header as a hint.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Sidecar, SidecarColumns } from './sidecar.ts';
import type { HeaderIndex } from './header-index.ts';
import { closestHeader } from './closest.ts';
import type { Mapping } from './mapping-types.ts';

export interface ColumnLookup {
  /** Columns a name points at (more than one when the header is duplicated). */
  mapped: Set<number>;
  diagnostics: Diagnostic[];
  /** Index of the named column, or null (reported) when absent. */
  column(name: string, path: ReadonlyArray<string | number>): number | null;
  /** Header of a column, as written in the file. */
  header(column: number): string;
}

export function createLookup(index: HeaderIndex, sidecar: Sidecar): ColumnLookup {
  const mapped = new Set<number>();
  const diagnostics: Diagnostic[] = [];
  return {
    mapped,
    diagnostics,
    header: (column) => index.header[column] ?? '',
    column(name, path) {
      const found = index.find(name);
      for (const i of found) mapped.add(i);
      if (found[0] !== undefined) return found[0];
      const closest = closestHeader(name, index.header);
      diagnostics.push(
        diagnostic({
          code: 'colonne-introuvable',
          severity: 'blocking',
          message: `La colonne « ${name} » nommée dans les paramètres de l’enquête n’existe pas dans l’en-tête du fichier CSV.`,
          hint: closest
            ? `Colonne la plus proche : « ${closest} ».`
            : `Colonnes du fichier : ${index.header.filter((h) => h !== '').slice(0, 12).map((h) => `« ${h} »`).join(', ')}.`,
          file: sidecar.file,
          line: sidecar.lineOf(path),
        }),
      );
      return null;
    },
  };
}

/** Location, profile and scale columns (any mapping can take them from the sidecar). */
export function applyContextColumns(mapping: Mapping, columns: SidecarColumns, lookup: ColumnLookup): void {
  const path = (key: string) => ['colonnes', key];
  if (columns.region !== undefined) mapping.region = lookup.column(columns.region, path('region'));
  if (columns.departement !== undefined) mapping.department = lookup.column(columns.departement, path('departement'));
  if (columns.code_postal !== undefined) mapping.postalCode = lookup.column(columns.code_postal, path('code_postal'));
  if (columns.profil !== undefined) mapping.profile = lookup.column(columns.profil, path('profil'));
  (columns.echelles ?? []).forEach((scale, i) => {
    const column = lookup.column(scale.colonne, ['colonnes', 'echelles', i, 'colonne']);
    if (column !== null) mapping.scales.push({ column, header: lookup.header(column) });
  });
}

/** Text columns named in the sidecar. */
export function applyTextColumns(mapping: Mapping, columns: SidecarColumns, lookup: ColumnLookup): void {
  (columns.textes ?? []).forEach((text, i) => {
    const column = lookup.column(text.colonne, ['colonnes', 'textes', i, 'colonne']);
    if (column === null || mapping.texts.some((t) => t.column === column)) return;
    const header = lookup.header(column);
    mapping.texts.push({ column, prefix: null, header, tag: text.tag, html: false, question: header });
  });
}
