// PLACEHOLDER — owned by the "notes + referentiels" helper, to be replaced.
import type { Department, Diagnostic, Region, Theme } from '../model.ts';
import type { TextFile } from '../io/consultation-input.ts';

export interface Referentiels {
  regions: Region[];
  departments: Department[];
  /** The taxonomy plus `autres`. */
  themes: Theme[];
  /** Region from a name or INSEE code, case and accents forgiven. */
  resolveRegion(input: string): Region | null;
  /** Department from a name or INSEE code. */
  resolveDepartment(input: string): Department | null;
  /** Department of a French postal code. */
  departmentOfPostalCode(postalCode: string): Department | null;
}

export function createReferentiels(themes: TextFile | null): { referentiels: Referentiels; diagnostics: Diagnostic[] } {
  void themes;
  return {
    referentiels: {
      regions: [],
      departments: [],
      themes: [{ id: 'autres', label: 'Autres', description: '', keywords: [] }],
      resolveRegion: () => null,
      resolveDepartment: () => null,
      departmentOfPostalCode: () => null,
    },
    diagnostics: [],
  };
}
