/**
 * Region and department of a row, from its department, postal code or region column, else the
 * file's `departement_fixe` or `region_fixe`. A department (or postal code) in the region column gives
 * its region (region-departments.ts). Each distinct value is resolved once (cached) and, when unknown,
 * reported once with its first line and how many rows carry it; the rows are kept with no region.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import type { Department } from '../../model.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import { LineGroups } from './line-groups.ts';
import { numericRegionDiagnostic } from './numeric-regions.ts';
import { departmentOnlyCode, RegionDepartments } from './region-departments.ts';
import type { Mapping } from './mapping-types.ts';

const NUMBER = /^\d{1,3}$/;
/** Shorter values are not matched to a department's name by a near spelling. */
const MIN_NEAR_NAME = 5;

export interface Place {
  region: string | null;
  department: string | null;
}

type Kind = 'region' | 'department' | 'postalCode';

const REPORT: Readonly<Record<Kind, { code: string; label: string; hint: string }>> = {
  region: {
    code: 'region-inconnue',
    label: 'Région inconnue',
    hint: 'Écrivez le nom d’une des 18 régions (« Hauts-de-France ») ou son code INSEE (« 32 »).',
  },
  department: {
    code: 'departement-inconnu',
    label: 'Département inconnu',
    hint: 'Écrivez le nom du département (« Charente-Maritime ») ou son code (« 17 », « 2A », « 974 »).',
  },
  postalCode: {
    code: 'code-postal-inconnu',
    label: 'Code postal inconnu',
    hint: 'Un code postal français a 5 chiffres (« 17100 ») ; Excel enlève parfois le 0 du début : mettez la colonne au format texte.',
  },
};

export class Locator {
  private readonly cache: Record<Kind, Map<string, Place | null>> = { region: new Map(), department: new Map(), postalCode: new Map() };
  private readonly unknown: Record<Kind, LineGroups> = { region: new LineGroups(), department: new LineGroups(), postalCode: new LineGroups() };
  private readonly mapping: Mapping;
  private readonly referentiels: Referentiels;

  /** Region cells written as numbers and read as region codes: each is also a department's (« 75 », Paris). */
  private readonly numericRegions = new LineGroups();
  /**
   * Whether the region column also holds names (of regions or departments): its region codes may then
   * be departments. A column of region codes alone (an export) is not.
   */
  private doubtful = false;
  /** Region cells that were departments, placed in their region. */
  private readonly regionDepartments: RegionDepartments;
  /**
   * The column's first number that is only a department's code (« 35 »), which makes its other numbers
   * departments too; null when there is none; undefined until the first number that may be either.
   */
  private codeOnly: string | null | undefined;
  private readonly records: readonly CsvRecord[];

  /** The place of a row whose columns say nothing: the file's fixed department or region, if any. */
  private readonly fixed: Place;

  /** The region column's header, for the messages and the setting a hint gives (`colonnes: { departement: "Région" }`). */
  private readonly regionHeader: string;

  /** `records` are the file's, for a look at the region column's numbers when one may be a region or a department. */
  constructor(mapping: Mapping, referentiels: Referentiels, header: readonly string[] = [], records: readonly CsvRecord[] = []) {
    this.mapping = mapping;
    this.referentiels = referentiels;
    this.records = records;
    this.regionDepartments = new RegionDepartments(referentiels);
    this.regionHeader = mapping.region === null ? '' : (header[mapping.region] ?? '');
    this.fixed = { region: mapping.regionFixed?.code ?? null, department: mapping.departmentFixed?.code ?? null };
  }

  /** The row's place; the same (never modified) object for rows that share one, to spare an object per row. */
  locate(record: CsvRecord): Place {
    const { department, postalCode, region } = this.mapping;
    const fromDepartment = this.lookup('department', record, department);
    const fromPostalCode = fromDepartment ? null : this.lookup('postalCode', record, postalCode);
    const fromRegion = this.lookup('region', record, region);
    if (!fromRegion && !fromDepartment && !fromPostalCode) return this.fixed;
    // A cached place has its own region, and a department unless it is a region named in the region column.
    if (!fromRegion) return fromDepartment ?? fromPostalCode ?? this.fixed;
    if (!fromDepartment && !fromPostalCode) return fromRegion;
    const { regionFixed } = this.mapping;
    return {
      region: fromRegion?.region ?? fromDepartment?.region ?? fromPostalCode?.region ?? regionFixed?.code ?? null,
      department: fromDepartment?.department ?? fromPostalCode?.department ?? null,
    };
  }

  diagnostics(file: string): Diagnostic[] {
    const kinds: Kind[] = ['region', 'department', 'postalCode'];
    const ambiguous = this.doubtful ? numericRegionDiagnostic(this.numericRegions.groups(), this.referentiels, file, this.regionHeader) : [];
    const placed = this.regionDepartments.diagnostics(file, this.regionHeader, this.codeOnly ?? null);
    return [...placed, ...ambiguous, ...kinds.flatMap((kind) =>
      this.unknown[kind].groups().map((group) => {
        const kept = `${group.count > 1 ? 'ces réponses sont gardées' : 'la réponse est gardée'} sans région`;
        const department = kind === 'region' ? this.departmentOf(group.key) : null;
        return diagnostic({
          code: REPORT[kind].code,
          severity: 'warning',
          message: department
            ? `« ${group.key} » ${group.where} n’est pas une région mais sans doute le département ${department.name} : ${kept}.`
            : `${REPORT[kind].label} « ${group.key} » ${group.where} : ${kept}.`,
          hint: department ? this.departmentHint(department) : this.suggestion(kind, group.key) + REPORT[kind].hint,
          file,
          line: group.firstLine,
          column: group.firstColumn,
        });
      }),
    )];
  }

  /**
   * A misspelt department in the region column (« Ile et Vilaine »), when no region is near it and it
   * is long enough for a near name to mean something (« NA » is two edits from « Ain »). A department
   * spelt right was placed in its region. Asked once per unknown value, for its diagnostic.
   */
  private departmentOf(value: string): Department | null {
    const r = this.referentiels;
    if (value.length < MIN_NEAR_NAME || r.suggestRegion(value)) return null;
    return r.suggestDepartment(value);
  }

  /** The name to correct, which then gives the region, or the region to write. */
  private departmentHint(department: Department): string {
    const region = this.referentiels.resolveRegion(department.region);
    const write = region ? `« ${region.name} »` : 'sa région';
    return `Corrigez le nom du département, « ${department.name} » : la réponse prendra sa région ; ou écrivez la région, ${write}.`;
  }

  /** « Vouliez-vous dire « Bretagne » ? » when a known name is close to the bad value. */
  private suggestion(kind: Kind, value: string): string {
    const near =
      kind === 'region'
        ? this.referentiels.suggestRegion(value)
        : kind === 'department'
          ? this.referentiels.suggestDepartment(value)
          : null;
    return near ? `Vouliez-vous dire « ${near.name} » ? ` : '';
  }

  private lookup(kind: Kind, record: CsvRecord, column: number | null): Place | null {
    if (column === null) return null;
    const value = (record.fields[column] ?? '').trim();
    if (value === '') return null;
    let place = this.cache[kind].get(value);
    if (place === undefined) {
      place = kind === 'region' ? this.resolveRegionCell(value) : this.resolve(kind, value);
      this.cache[kind].set(value, place);
    }
    if (place === null) this.unknown[kind].add(value, cellLine(record, column), column + 1);
    else if (kind === 'region') {
      // In the region column, a place with a department came from one.
      const { department } = place;
      if (department !== null) this.regionDepartments.add(value, department, () => cellLine(record, column), column + 1);
      else if (NUMBER.test(value)) this.numericRegions.add(value, cellLine(record, column), column + 1);
    }
    return place;
  }

  private resolve(kind: Kind, value: string): Place | null {
    const r = this.referentiels;
    // Excel drops leading zeros: « 1 » is the Ain, « 1000 » is Bourg-en-Bresse.
    let department;
    if (kind === 'department') department = r.resolveDepartment(/^\d$/.test(value) ? `0${value}` : value);
    else {
      const postalCode = normalizePostalCode(value);
      department = postalCode === null ? null : r.departmentOfPostalCode(postalCode);
    }
    return department ? { region: department.region, department: department.code } : null;
  }

  /** A region, else a department or a postal code, which gives its region (region-departments.ts). */
  private resolveRegionCell(value: string): Place | null {
    const r = this.referentiels;
    if (NUMBER.test(value)) {
      const region = r.resolveRegion(value);
      const department = r.resolveDepartment(/^\d$/.test(value) ? `0${value}` : value);
      if (department && (!region || this.numbersAreDepartments())) return { region: department.region, department: department.code };
      return region ? { region: region.code, department: null } : null;
    }
    const region = r.resolveRegion(value);
    const department = r.resolveDepartment(value);
    if (region || department) this.doubtful = true;
    if (department && (!region || (region.code !== department.region && !r.resolveRegion(withoutCode(value))))) {
      return { region: department.region, department: department.code };
    }
    if (region) return { region: region.code, department: null };
    const postalCode = normalizePostalCode(value);
    const fromPostalCode = postalCode === null ? null : r.departmentOfPostalCode(postalCode);
    return fromPostalCode ? { region: fromPostalCode.region, department: fromPostalCode.code } : null;
  }

  private numbersAreDepartments(): boolean {
    const { region } = this.mapping;
    if (this.codeOnly === undefined) this.codeOnly = region === null ? null : departmentOnlyCode(this.records, region, this.referentiels);
    return this.codeOnly !== null;
  }
}

/**
 * The name in « 75 - Paris » or « Vaucluse (84) », whose code alone is a region's and a department's:
 * the name says which (the department Paris; the region « 84 - Auvergne-Rhône-Alpes »).
 */
function withoutCode(value: string): string {
  return value.replace(/\b(\d{1,3}|2[ab])\b|[()]/gi, ' ').replace(/^[\s\-–—:.]+|[\s\-–—:.]+$/g, '');
}

/** Five digits, spaces removed, a dropped leading zero put back; null when it cannot be a postal code. */
export function normalizePostalCode(value: string): string | null {
  const compact = value.replace(/[\s.]/g, '');
  if (/^\d{5}$/.test(compact)) return compact;
  if (/^\d{4}$/.test(compact)) return `0${compact}`;
  return null;
}
