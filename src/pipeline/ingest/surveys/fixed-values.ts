/**
 * The sidecar's values for the whole file: `region_fixe` and `departement_fixe` must be known
 * (blocking: every item would be misplaced), `profil_fixe` a known profile (else « autre », warned).
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import type { Sidecar, SidecarColumns } from './sidecar.ts';
import { matchProfile } from './profiles.ts';
import type { Mapping } from './mapping-types.ts';

export function fixedValues(mapping: Mapping, columns: SidecarColumns, sidecar: Sidecar, referentiels: Referentiels): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const at = (key: string) => ({ file: sidecar.file, line: sidecar.lineOf(['colonnes', key]) });
  if (columns.region_fixe !== undefined) {
    mapping.regionFixed = referentiels.resolveRegion(columns.region_fixe);
    if (!mapping.regionFixed) {
      diagnostics.push(
        diagnostic({
          code: 'region-inconnue',
          severity: 'blocking',
          message: `Région inconnue dans region_fixe : « ${columns.region_fixe} ».`,
          hint: regionFixedHint(columns.region_fixe, referentiels),
          ...at('region_fixe'),
        }),
      );
    }
  }
  if (columns.departement_fixe !== undefined) diagnostics.push(...fixedDepartment(mapping, columns.departement_fixe, referentiels, at('departement_fixe')));
  if (columns.profil_fixe !== undefined) {
    mapping.profileFixed = matchProfile(columns.profil_fixe) ?? 'autre';
    if (matchProfile(columns.profil_fixe) === null) {
      diagnostics.push(
        diagnostic({
          code: 'profil-inconnu',
          severity: 'warning',
          message: `Profil inconnu dans profil_fixe : « ${columns.profil_fixe} » ; les réponses sont classées « autre ».`,
          hint: 'Profils reconnus : conseiller, direction, accueil, partenaire, jeune, autre.',
          ...at('profil_fixe'),
        }),
      );
    }
  }
  return diagnostics;
}

/** The department of the whole file; its region is the file's, unless region_fixe says another (blocking). */
function fixedDepartment(mapping: Mapping, value: string, referentiels: Referentiels, at: { file: string; line: number }): Diagnostic[] {
  // Excel and YAML drop leading zeros: « 1 » is the Ain.
  const department = referentiels.resolveDepartment(/^\d$/.test(value) ? `0${value}` : value);
  if (!department) {
    const guess = referentiels.suggestDepartment(value);
    return [
      diagnostic({
        code: 'departement-inconnu',
        severity: 'blocking',
        message: `Département inconnu dans departement_fixe : « ${value} ».`,
        hint: guess
          ? `Vouliez-vous dire « ${guess.code} » (${guess.name}) ?`
          : 'Écrivez le code INSEE du département (« 59 », « 2A », « 974 ») ou son nom (« Nord »).',
        ...at,
      }),
    ];
  }
  const declared = mapping.regionFixed;
  if (declared && declared.code !== department.region) {
    const actual = referentiels.regions.find((r) => r.code === department.region);
    return [
      diagnostic({
        code: 'departement-hors-region',
        severity: 'blocking',
        message: `Le département ${department.code} (${department.name}) de departement_fixe n’est pas dans la région ${declared.name} de region_fixe, mais dans la région ${actual?.name ?? department.region}.`,
        hint: 'Gardez seulement departement_fixe : la région s’en déduit.',
        ...at,
      }),
    ];
  }
  mapping.departmentFixed = department;
  mapping.regionFixed = referentiels.regions.find((r) => r.code === department.region) ?? null;
  return [];
}

/** A department in region_fixe (« Gironde ») is named as such, with the two ways to write it. */
function regionFixedHint(value: string, referentiels: Referentiels): string {
  const department = referentiels.resolveDepartment(/^\d$/.test(value) ? `0${value}` : value);
  const region = department ? referentiels.regions.find((r) => r.code === department.region) : undefined;
  if (!department || !region) return 'Écrivez le nom d’une des 18 régions (« Hauts-de-France ») ou son code INSEE (« 32 »).';
  return `« ${value} » est un département (${department.name}, région ${region.name}) : écrivez « departement_fixe: ${department.code} », la région s’en déduit, ou « region_fixe: ${region.name} ».`;
}
