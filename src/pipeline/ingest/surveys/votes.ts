/**
 * A vote count per row (Decidim's supports, a sidecar's `votes` column) → the weight of the row's
 * items, as « (12 votes) » weighs a workshop's item. An empty cell weighs 1 (nothing was counted); a
 * cell that is not a whole number weighs 1 too, reported once per value with its first line.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import { LineGroups } from './line-groups.ts';
import type { WeightColumn } from './mapping-types.ts';

/** « 12 », « 1 204 », « 1 204 » as Excel writes thousands. */
const COUNT = /^\+?\d{1,3}(?:[\s\u00a0\u202f]?\d{3})*$/;

export class WeightReader {
  private readonly source: WeightColumn | null;
  private readonly invalid = new LineGroups();

  constructor(source: WeightColumn | null) {
    this.source = source;
  }

  /** The weight of the record's items. */
  read(record: CsvRecord): number {
    if (this.source === null) return 1;
    const cell = (record.fields[this.source.column] ?? '').trim();
    if (cell === '') return 1;
    if (COUNT.test(cell)) return Number(cell.replace(/\D/g, ''));
    this.invalid.add(cell, cellLine(record, this.source.column), this.source.column + 1);
    return 1;
  }

  diagnostics(file: string): Diagnostic[] {
    const header = this.source?.header ?? '';
    return this.invalid.groups().map((group) =>
      diagnostic({
        code: 'vote-invalide',
        severity: 'warning',
        message: `Nombre de votes « ${group.key} » ${group.where} dans « ${header} » : ce n’est pas un nombre entier, ${group.count > 1 ? 'ces réponses comptent' : 'la réponse compte'} pour 1.`,
        hint: `Écrivez dans « ${header} » un nombre entier de votes (« 12 »), ou laissez la cellule vide.`,
        file,
        line: group.firstLine,
        column: group.firstColumn,
      }),
    );
  }
}
