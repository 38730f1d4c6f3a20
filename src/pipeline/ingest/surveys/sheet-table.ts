/**
 * A workbook's sheet (io/xlsx-survey.ts) → the header and records a CSV gives (csv.ts), each record
 * at its worksheet row: « ligne 12 » in a diagnostic is row 12 of the sheet, whatever line breaks
 * the cells above hold (a CSV counts them, a sheet does not).
 */
import type { Diagnostic } from '../../model.ts';
import type { SheetRows } from '../../io/sheet-rows.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { CsvRecord, Table } from './csv.ts';
import { FieldCounts } from './field-count.ts';

export interface SheetTable {
  /** Null when there is nothing to read (an unreadable workbook, an empty sheet): the diagnostics say why. */
  table: Table | null;
  diagnostics: Diagnostic[];
}

export function sheetTable(sheet: SheetRows, file: string): SheetTable {
  if ('unreadable' in sheet) {
    return {
      table: null,
      diagnostics: [
        diagnostic({
          code: 'classeur-illisible',
          severity: 'blocking',
          message: 'Ce classeur Excel ne peut pas être ouvert (fichier abîmé, protégé par un mot de passe, ou qui n’est pas un classeur .xlsx) : ses réponses ne sont pas lues.',
          hint: 'Ouvrez-le dans Excel et enregistrez-le de nouveau (Fichier › Enregistrer sous › « Classeur Excel » ou « CSV UTF-8 ») dans data/enquetes/, sans mot de passe.',
          file,
        }),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (sheet.otherSheets.length > 0) {
    const others = sheet.otherSheets.map((name) => `« ${name} »`).join(', ');
    diagnostics.push(
      diagnostic({
        code: 'classeur-autres-feuilles',
        severity: 'warning',
        message: `Seule la feuille « ${sheet.sheet} » de ce classeur est lue ; ${sheet.otherSheets.length > 1 ? 'les feuilles' : 'la feuille'} ${others} ${sheet.otherSheets.length > 1 ? 'contiennent' : 'contient'} aussi des données, qui ne sont pas lues.`,
        hint: 'Si ces feuilles contiennent des réponses, enregistrez chacune dans son propre fichier de data/enquetes/ (un classeur d’une feuille, ou un CSV) ; sinon, rien à faire.',
        file,
      }),
    );
  }
  const [header, ...rows] = sheet.rows;
  if (!header) {
    diagnostics.push(
      diagnostic({
        code: 'fichier-vide',
        severity: 'blocking',
        message: 'Le classeur est vide : aucune de ses feuilles ne contient d’en-tête ni de réponse.',
        hint: 'Réexportez l’enquête, ou retirez ce fichier du dossier data/enquetes/.',
        file,
      }),
    );
    return { table: null, diagnostics };
  }
  const counts = new FieldCounts(header.cells.length);
  const records: CsvRecord[] = rows.map(({ row, cells }, index) => {
    counts.add(cells, row, file, index + 1, null);
    return { fields: cells, line: row, cellLines: null };
  });
  diagnostics.push(...counts.diagnostics(file));
  return {
    table: {
      header: header.cells.map((cell) => cell.trim()),
      headerLine: header.row,
      records,
      extraFields: counts.extraFields,
      setAside: counts.setAside,
      diagnostics: [],
    },
    diagnostics,
  };
}
