/**
 * Rows whose field count differs from the header's, grouped by kind with their lines (one warning
 * each). A field in excess is not read: it is set aside, and counted as such in the reconciliation
 * (read = kept + set aside), since it may hold an answer cut off by a stray separator.
 */
import type { Diagnostic, RejectionReason, SetAsideEntry } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { LineGroups } from './line-groups.ts';

const QUOTED_LENGTH = 60;

/** The reason a field in excess is set aside, and the code of the diagnostic that says so. */
export const EXTRA_FIELD = 'nombre-de-champs-incorrect' satisfies RejectionReason;

export class FieldCounts {
  private readonly width: number;
  private readonly groups = new LineGroups();
  /** Non-empty fields beyond the header's width, never read. */
  extraFields = 0;
  /** Each of them, as read, for the list of entries set aside. */
  readonly setAside: SetAsideEntry[] = [];
  private firstExtra: string | null = null;

  constructor(width: number) {
    this.width = width;
  }

  /**
   * A record's fields, once its quotes are known to be sound (else the count means nothing): `row` is
   * its data row, `cellLines` where each field starts when one holds a line break (csv.ts).
   */
  add(fields: readonly string[], line: number, file: string, row: number, cellLines: readonly number[] | null): void {
    if (fields.length === this.width) return;
    if (fields.length < this.width) {
      this.groups.add('pas-assez', line);
      return;
    }
    // Excel often leaves empty trailing fields: harmless, nothing is lost.
    const extras = fields.slice(this.width).filter((cell) => cell.trim() !== '');
    if (extras.length === 0) return;
    this.groups.add('trop', line);
    this.extraFields += extras.length;
    for (let i = this.width; i < fields.length; i++) {
      const text = fields[i] ?? '';
      // A field beyond the header has no header: its column is its number.
      if (text.trim() !== '') this.setAside.push({ source: { file, line: cellLines?.[i] ?? line, column: i + 1, row }, reason: EXTRA_FIELD, text });
    }
    this.firstExtra ??= (extras[0] ?? '').trim();
  }

  diagnostics(file: string): Diagnostic[] {
    return this.groups.groups().map((group) => {
      const tooMany = group.key === 'trop';
      const count = this.extraFields;
      const quoted = (this.firstExtra ?? '').length > QUOTED_LENGTH ? `${(this.firstExtra ?? '').slice(0, QUOTED_LENGTH)}…` : this.firstExtra;
      return diagnostic({
        code: EXTRA_FIELD,
        severity: 'warning',
        message:
          `${tooMany ? 'Trop' : 'Pas assez'} de champs par rapport à l’en-tête (${this.width} colonnes) ${group.where} : ` +
          (tooMany
            ? `${count === 1 ? 'le champ en trop n’est pas lu' : `les ${count} champs en trop ne sont pas lus`} (« ${quoted} »${count > 1 ? '…' : ''}) et ${count === 1 ? 'est compté parmi les écartés' : 'sont comptés parmi les écartés'} du bilan.`
            : 'les champs manquants sont lus comme vides.'),
        hint: tooMany
          ? 'Un séparateur dans une réponse la coupe en deux : mettez la cellule entre guillemets (« "…" »), ou vérifiez le séparateur de ces lignes.'
          : 'Vérifiez les séparateurs et les guillemets de ces lignes.',
        file,
        line: group.firstLine,
      });
    });
  }
}
