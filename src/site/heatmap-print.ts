/**
 * Whether a shaded table of themes by region fits across a portrait A4 page once printed, or needs a
 * landscape page of its own. Printed (print.css), its column headers are written vertically and its
 * type is 7.5pt: a column is as wide as its longest count, and the counts decide. The demo's (two
 * digits, 18 regions) fits portrait; the same table with counts in thousands would run past the page,
 * and Chromium would then shrink the whole PDF to make it fit. Its header, repeated on each page the table
 * runs onto, must stay under a quarter of that page's height (Chromium repeats no taller header): print.css
 * caps the length of the vertical names, shorter on a landscape page.
 */
import { formatInteger } from './format.ts';

/** Measured in Chromium at 7.5pt (em of the table's type): a tabular digit, a narrow no-break space, a cell's padding and border. */
const DIGIT_EM = 0.64;
const GROUP_SPACE_EM = 0.25;
const CELL_EM = 0.7;
/**
 * The width the columns of counts may take on a portrait page, in em: A4 less its margins (178 mm), less
 * the figure's padding and the themes' column (about 10 em), with some room to spare. Landscape (265 mm)
 * leaves about 84 em: 18 regions with counts up to 99 999.
 */
const PORTRAIT_BUDGET_EM = 50;

/** Printed width, in em, of `columns` columns of counts up to `max`. */
export function countColumnsWidth(columns: number, max: number): number {
  const text = formatInteger(max);
  const digits = text.replace(/\D/g, '').length;
  const spaces = text.length - digits;
  return columns * (digits * DIGIT_EM + spaces * GROUP_SPACE_EM + CELL_EM);
}

/** True when the table must be printed on a landscape page (`page: paysage` in print.css). */
export function printedLandscape(columns: number, max: number): boolean {
  return countColumnsWidth(columns, max) > PORTRAIT_BUDGET_EM;
}
