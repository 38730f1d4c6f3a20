/**
 * Finding a named column in the header (exact first, then accents and case forgiven) and reporting
 * headers that appear twice.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { foldText } from '../../text/fold.ts';

export interface HeaderIndex {
  header: readonly string[];
  /** Indexes of the columns matching `name`: exact match first, else folded. */
  find(name: string): number[];
  /** Names present more than once (exactly or once folded), with their indexes. */
  duplicates(): Array<{ name: string; indexes: number[] }>;
}

export function indexHeader(header: readonly string[]): HeaderIndex {
  const byFolded = new Map<string, number[]>();
  header.forEach((name, index) => {
    const folded = foldText(name);
    if (folded === '') return;
    const list = byFolded.get(folded);
    if (list) list.push(index);
    else byFolded.set(folded, [index]);
  });
  return {
    header,
    find(name) {
      const exact = header.flatMap((h, i) => (h === name.trim() ? [i] : []));
      return exact.length > 0 ? exact : (byFolded.get(foldText(name)) ?? []);
    },
    duplicates() {
      return [...byFolded.values()]
        .filter((indexes) => indexes.length > 1)
        .map((indexes) => ({ name: header[indexes[0] ?? 0] ?? '', indexes }));
    },
  };
}

/** One diagnostic per duplicated header; blocking when a mapping names it (which column is meant?). */
export function duplicateDiagnostics(
  index: HeaderIndex,
  mapped: ReadonlySet<number>,
  file: string,
  headerLine: number,
): Diagnostic[] {
  return index.duplicates().map(({ name, indexes }) => {
    const blocking = indexes.some((i) => mapped.has(i));
    const columns = indexes.map((i) => i + 1).join(', ');
    return diagnostic({
      code: 'colonne-en-double',
      severity: blocking ? 'blocking' : 'warning',
      message: `La colonne « ${name} » apparaît plusieurs fois dans l’en-tête (colonnes ${columns})${blocking ? ' : impossible de savoir laquelle lire.' : '.'}`,
      hint: 'Renommez l’une des colonnes en double dans l’en-tête du fichier.',
      file,
      line: headerLine,
      column: (indexes[1] ?? 0) + 1,
    });
  });
}
