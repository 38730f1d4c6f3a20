/**
 * Departments written in the region column (« Gironde », « 33 », « 2A », « 33000 »): each answer is
 * counted in its department's region, since an ambassador cannot be asked to rewrite an export, and
 * the file says once how many answers were placed so, with examples (an information, not a warning).
 *
 * Numbers are the catch: every region code is also a department's (« 75 » is Nouvelle-Aquitaine and
 * Paris). A column's numbers follow one scheme, so they are read as departments when enough of them
 * are only a department's code (« 35 », « 2A », « 974 »: departmentOnlyCode), and as region codes
 * otherwise (numeric-regions.ts then says how, when the column gives cause for doubt).
 */
import type { Department, Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import type { CsvRecord } from './csv.ts';

/** What a department's code looks like, as people type it (« 1 » for the Ain: Excel drops the 0). */
const DEPARTMENT_CODE = /^(\d{1,3}|2[ab])$/i;
const EXAMPLES = 2;
const AMBIGUOUS_SHOWN = 3;

/** Below this share of the column's numbers, department-only codes are taken for slips in a column of region codes. */
const DEPARTMENT_SHARE = 0.01;

/**
 * The column's most frequent number that is a department's code and no region's (« 92 »), when such
 * numbers make at least 1 % of its numbers: the column is then one of departments (« 75 », « 93 » beside
 * « 92 » are Paris and its neighbours). Else null, and its numbers are region codes: one « 56 » slipped
 * among 150 « 84 » does not turn Auvergne-Rhône-Alpes into the Vaucluse.
 */
export function departmentOnlyCode(records: readonly CsvRecord[], column: number, referentiels: Referentiels): string | null {
  const counts = new Map<string, number>();
  for (let index = 0; index < records.length; index++) {
    const value = (records[index]?.fields[column] ?? '').trim();
    if (DEPARTMENT_CODE.test(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let numbers = 0;
  let onlyCells = 0;
  let top: string | null = null;
  let topCount = 0;
  for (const [value, count] of counts) {
    numbers += count;
    if (!referentiels.resolveDepartment(value) || referentiels.resolveRegion(value)) continue;
    onlyCells += count;
    if (count > topCount) [top, topCount] = [value, count];
  }
  return top !== null && onlyCells >= DEPARTMENT_SHARE * numbers ? top : null;
}

interface Reading {
  department: Department;
  regionName: string;
  /** A number that is also a region's code, read as a department with the column's other numbers: that region's name. */
  regionOfCode: string | null;
  count: number;
}

export class RegionDepartments {
  private readonly readings = new Map<string, Reading>();
  private answers = 0;
  private firstLine = 0;
  private firstColumn = 0;
  private readonly referentiels: Referentiels;

  constructor(referentiels: Referentiels) {
    this.referentiels = referentiels;
  }

  /** One answer whose region cell was the department of code `code`; `line` is asked for the first only. */
  add(value: string, code: string, line: () => number, column: number): void {
    this.answers++;
    const reading = this.readings.get(value);
    if (reading) {
      reading.count++;
      return;
    }
    if (this.answers === 1) {
      this.firstLine = line();
      this.firstColumn = column;
    }
    const r = this.referentiels;
    const department = r.resolveDepartment(code);
    if (!department) return;
    const regionOfCode = /^\d+$/.test(value) ? (r.resolveRegion(value)?.name ?? null) : null;
    this.readings.set(value, { department, regionName: r.resolveRegion(department.region)?.name ?? department.region, regionOfCode, count: 1 });
  }

  /**
   * « 42 réponses … : « Gironde → Nouvelle-Aquitaine », « 35 → Bretagne » et 3 autres », the most
   * frequent values first; `codeOnly` is the number that made the column's numbers departments.
   */
  diagnostics(file: string, header: string, codeOnly: string | null): Diagnostic[] {
    if (this.answers === 0) return [];
    const byCount = [...this.readings].sort(([, a], [, b]) => b.count - a.count);
    const examples = byCount.slice(0, EXAMPLES).map(([value, reading]) => `« ${value} → ${reading.regionName} »`);
    const others = byCount.length - EXAMPLES;
    const more = others > 0 ? ` et ${others} autre${others > 1 ? 's' : ''}` : '';
    const answers = this.answers > 1 ? `${this.answers} réponses` : '1 réponse';
    const column = header === '' ? 'de la région' : `« ${header} »`;
    const ambiguous = byCount.filter(([, reading]) => reading.regionOfCode !== null);
    return [
      diagnostic({
        code: 'region-deduite-du-departement',
        severity: 'info',
        message:
          `${answers} de la colonne ${column} ${this.answers > 1 ? 'donnent' : 'donne'} un département, et non une région : ` +
          `${this.answers > 1 ? 'chacune est comptée' : 'elle est comptée'} dans la région de son département (${examples.join(', ')}${more}).` +
          ambiguousSentence(ambiguous, codeOnly),
        hint:
          ambiguous.length > 0
            ? 'Rien à faire si ces nombres sont des départements ; si ce sont des codes de région, écrivez plutôt le nom de chaque région.'
            : 'Rien à faire : la région se déduit du département.',
        file,
        line: this.firstLine,
        column: this.firstColumn,
      }),
    ];
  }
}

/** The numbers that are also region codes, and why they were read as departments. */
function ambiguousSentence(ambiguous: ReadonlyArray<readonly [string, Reading]>, codeOnly: string | null): string {
  if (ambiguous.length === 0) return '';
  const shown = ambiguous.slice(0, AMBIGUOUS_SHOWN).map(([value, { department, regionOfCode }]) => `« ${value} » est le département ${department.name}, et non la région ${regionOfCode ?? ''}`);
  const others = ambiguous.length - AMBIGUOUS_SHOWN;
  const more = others > 0 ? ` et ${others} autre${others > 1 ? 's' : ''}` : '';
  const why = codeOnly === null ? '' : `, comme « ${codeOnly} » qui n’est le code d’aucune région`;
  return ` Les nombres de la colonne sont lus comme des numéros de département${why} : ${shown.join(' ; ')}${more}.`;
}
