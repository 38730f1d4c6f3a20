/**
 * A workbook's sheet as the survey ingest reads it (ingest/surveys/sheet-table.ts): plain data,
 * without exceljs, so that the pipeline stays pure and the browser never loads it.
 */

/** One worksheet row holding data: its number in the sheet, and its cells as text, column A first. */
export interface SheetRow {
  /** The row's number in the worksheet (1-based): what « ligne N » means in every diagnostic. */
  row: number;
  cells: string[];
}

export type SheetRows =
  | {
      /** The worksheet read: the first one holding data. */
      sheet: string;
      /** Rows holding at least one non-empty cell, in order, each as wide as the widest. */
      rows: SheetRow[];
      /** Other worksheets holding data, not read (a warning names them). */
      otherSheets: string[];
    }
  | {
      /** The workbook could not be opened (damaged, protected by a password, not a workbook). */
      unreadable: string;
    };
