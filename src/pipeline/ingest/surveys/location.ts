/**
 * Region and department of a row, from its department, postal code or region column, else the
 * file's `departement_fixe` or `region_fixe`. Each distinct value is resolved once (cached) and, when unknown, reported
 * once with its first line and how many rows carry it; the rows are kept with no region.
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import type { Department } from '../../model.ts';
import { cellLine, type CsvRecord } from './csv.ts';
import { LineGroups } from './line-groups.ts';
import { numericRegionDiagnostic } from './numeric-regions.ts';
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

  /** Region cells written as numbers: every region code is also a department's (« 75 », Paris). */
  private readonly numericRegions = new LineGroups();
  /**
   * Whether the region column also holds numbers that are only a department's code (« 35 »), or names:
   * either way its region codes may be departments. A column of region codes alone (an export) is not.
   */
  private doubtful = false;

  /** The place of a row whose columns say nothing: the file's fixed department or region, if any. */
  private readonly fixed: Place;

  /** Answers whose region cell is a region, and those whose cell is only a department (« 38 », « Isère »). */
  private regionAnswers = 0;
  private readonly departments = new Map<string, Department | null>();
  private departmentAnswers = 0;
  /** The region column's header, for the setting a hint gives (`colonnes: { departement: "Région" }`). */
  private readonly regionHeader: string;

  constructor(mapping: Mapping, referentiels: Referentiels, header: readonly string[] = []) {
    this.mapping = mapping;
    this.referentiels = referentiels;
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
    // A cached place has no department when it comes from the region column, and its own region otherwise.
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
    return [...ambiguous, ...kinds.flatMap((kind) =>
      this.unknown[kind].groups().map((group) => {
        const kept = `${group.count > 1 ? 'ces réponses sont gardées' : 'la réponse est gardée'} sans région`;
        const department = kind === 'region' ? this.departmentOf(group.key) : null;
        return diagnostic({
          code: REPORT[kind].code,
          severity: 'warning',
          message: department
            ? `« ${group.key} » ${group.where} n’est pas une région mais ${this.isDepartment(group.key) ? '' : 'sans doute '}le département ${department.name} : ${kept}.`
            : `${REPORT[kind].label} « ${group.key} » ${group.where} : ${kept}.`,
          hint: department ? this.departmentHint(department, file) : this.suggestion(kind, group.key) + REPORT[kind].hint,
          file,
          line: group.firstLine,
          column: group.firstColumn,
        });
      }),
    )];
  }

  /**
   * A department written in the region column: a single digit is Excel's « 01 » without its zero; a
   * misspelt name (« Ile et Vilaine ») too, when no region is near it and it is long enough for a
   * near name to mean something (« NA » is two edits from « Ain »).
   */
  private isDepartment(value: string): boolean {
    return this.referentiels.resolveDepartment(/^\d$/.test(value) ? `0${value}` : value) !== null;
  }

  private departmentOf(value: string): Department | null {
    // Asked once per row whose region is unknown: the near-name search is not repeated for each.
    let found = this.departments.get(value);
    if (found === undefined) {
      found = this.findDepartment(value);
      this.departments.set(value, found);
    }
    return found;
  }

  private findDepartment(value: string): Department | null {
    const r = this.referentiels;
    const exact = r.resolveDepartment(/^\d$/.test(value) ? `0${value}` : value);
    if (exact || value.length < MIN_NEAR_NAME || r.suggestRegion(value)) return exact;
    return r.suggestDepartment(value);
  }

  /**
   * The exact setting that reads the column as departments (each answer then takes its department's
   * region), first when the column holds mostly departments; else the region to write in the cell,
   * since the setting would lose the region names.
   */
  private departmentHint(department: Department, file: string): string {
    const region = this.referentiels.resolveRegion(department.region);
    const write = region ? `écrivez sa région, « ${region.name} » (code ${region.code})` : 'écrivez sa région';
    const setting = `déclarez-la dans ${sidecarOf(file)} (à créer s’il n’existe pas) : colonnes: { departement: "${this.regionHeader}" }`;
    return this.departmentAnswers > this.regionAnswers
      ? `La colonne « ${this.regionHeader} » donne des départements : ${setting}, et chaque réponse prend la région de son département ; sinon, ${write}.`
      : `${write[0]?.toUpperCase()}${write.slice(1)} ; si la colonne « ${this.regionHeader} » donne surtout des départements, ${setting}.`;
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
      place = this.resolve(kind, value);
      this.cache[kind].set(value, place);
    }
    if (kind === 'region') {
      if (place !== null) this.regionAnswers++;
      else if (this.departmentOf(value)) this.departmentAnswers++;
    }
    if (place === null) this.unknown[kind].add(value, cellLine(record, column), column + 1);
    else if (kind === 'region' && NUMBER.test(value)) this.numericRegions.add(value, cellLine(record, column), column + 1);
    return place;
  }

  private resolve(kind: Kind, value: string): Place | null {
    const r = this.referentiels;
    if (kind === 'region') {
      const region = r.resolveRegion(value);
      if (NUMBER.test(value) ? !region && r.resolveDepartment(value) : region) this.doubtful = true;
      return region ? { region: region.code, department: null } : null;
    }
    // Excel drops leading zeros: « 1 » is the Ain, « 1000 » is Bourg-en-Bresse.
    let department;
    if (kind === 'department') department = r.resolveDepartment(/^\d$/.test(value) ? `0${value}` : value);
    else {
      const postalCode = normalizePostalCode(value);
      department = postalCode === null ? null : r.departmentOfPostalCode(postalCode);
    }
    return department ? { region: department.region, department: department.code } : null;
  }
}

function sidecarOf(file: string): string {
  return file.replace(/\.[^./]+$/, '') + '.yml';
}

/** Five digits, spaces removed, a dropped leading zero put back; null when it cannot be a postal code. */
export function normalizePostalCode(value: string): string | null {
  const compact = value.replace(/[\s.]/g, '');
  if (/^\d{5}$/.test(compact)) return compact;
  if (/^\d{4}$/.test(compact)) return `0${compact}`;
  return null;
}
