/**
 * Finding a column the sidecar names. A named column missing from the header is blocking and reported
 * at its line in the YAML, with the closest header as a hint (or the caller's, when it knows better).
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Sidecar } from './sidecar.ts';
import type { HeaderIndex } from './header-index.ts';
import { closestHeader } from './closest.ts';

export interface ColumnLookup {
  /** Columns a name points at (more than one when the header is duplicated). */
  mapped: Set<number>;
  diagnostics: Diagnostic[];
  /** Index of the named column, or null (reported, with `hint` if given) when absent. */
  column(name: string, path: ReadonlyArray<string | number>, hint?: string | null): number | null;
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
    column(name, path, hint) {
      const found = index.find(name);
      for (const i of found) mapped.add(i);
      if (found[0] !== undefined) return found[0];
      const closest = closestHeader(name, index.header);
      diagnostics.push(
        diagnostic({
          code: 'colonne-introuvable',
          severity: 'blocking',
          message: `La colonne « ${name} » nommée dans les paramètres de l’enquête n’existe pas dans l’en-tête du fichier CSV.`,
          hint:
            hint ??
            (closest
              ? `Colonne la plus proche : « ${closest} ».`
              : `Colonnes du fichier : ${index.header.filter((h) => h !== '').slice(0, 12).map((h) => `« ${h} »`).join(', ')}.`),
          file: sidecar.file,
          line: sidecar.lineOf(path),
        }),
      );
      return null;
    },
  };
}
