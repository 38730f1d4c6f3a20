/**
 * The three places a note says its region: the header's `region`, the folder it is filed in
 * (`content/ateliers/bretagne/`), and its `departements`. When they disagree, one message names the
 * conflict and what the majority says, instead of one per département.
 *
 * When the folder and every département agree against the header, the header is the slip (a copied
 * note whose region was not changed): published as written, the workshop would sit in the wrong
 * region of the white paper, its départements dropped. That is worse than a stop, so it blocks
 * (`region-contredite`), and the region read is the majority's.
 */
import type { Department, Region } from '../../model.ts';
import { NOTES_DIR } from '../../io/folders.ts';
import { regionFolder } from '../../referentiels/region-folder.ts';
import type { Position } from '../../text/yaml-source.ts';
import type { Report } from './front-matter.ts';

export interface PlacedDepartment {
  department: Department;
  at: Position;
}

export interface RegionReadings {
  /** The header's region, resolved, and where its value is. */
  header: { region: Region; at: Position };
  folder: Region | null;
  departments: readonly PlacedDepartment[];
  regions: readonly Region[];
}

/**
 * Reports the disagreements, once each cause; returns the region to read and the départements kept
 * (those of that region).
 */
export function agreeRegion(readings: RegionReadings, report: Report): { region: Region; departments: Department[] } {
  const { header, folder, departments, regions } = readings;
  const name = (code: string) => regions.find((r) => r.code === code)?.name ?? code;
  const against = folder !== null && folder.code !== header.region.code;
  if (against && departments.length > 0 && departments.every((d) => d.department.region === folder.code)) {
    const codes = departments.map((d) => d.department.code);
    report({
      code: 'region-contredite',
      severity: 'blocking',
      message:
        `L’en-tête indique la région ${header.region.name}, mais le dossier de la note (${NOTES_DIR}/${regionFolder(folder.name)}/) et ` +
        `${departments.length === 1 ? `son département (${codes[0]})` : `ses ${departments.length} départements (${frenchList(codes)})`} sont en ${folder.name} : ` +
        `publiée ainsi, la note le serait en ${header.region.name}, sans ${departments.length === 1 ? 'son département' : 'ses départements'}.`,
      hint:
        `Corrigez l’en-tête : « region: ${folder.name} ». Si l’atelier a bien eu lieu en ${header.region.name}, corrigez plutôt ` +
        `les départements et rangez la note dans ${NOTES_DIR}/${regionFolder(header.region.name)}/.`,
      ...header.at,
    });
    return { region: folder, departments: unique(departments.map((d) => d.department)) };
  }
  if (against)
    report({
      code: 'region-dossier',
      severity: 'warning',
      message: `La note est rangée dans le dossier de la région ${folder.name} mais son en-tête indique ${header.region.name}.`,
      hint: `Vérifiez la région de l’en-tête, ou déplacez la note dans le dossier de sa région : ${NOTES_DIR}/${regionFolder(header.region.name)}/.`,
      ...header.at,
    });
  const outside = departments.filter((d) => d.department.region !== header.region.code);
  const [first] = outside;
  if (first) {
    const elsewhere = [...new Set(outside.map((d) => d.department.region))];
    const listed = frenchList(outside.map((d) => `${d.department.code} (${d.department.name})`));
    const where =
      elsewhere.length === 1
        ? `la région ${name(elsewhere[0] as string)}`
        : `les régions ${frenchList(elsewhere.map((code) => `${name(code)} (${frenchList(outside.filter((d) => d.department.region === code).map((d) => d.department.code))})`))}`;
    // Every département elsewhere, in one region: the header may be the slip as well as they.
    const majority = elsewhere.length === 1 && outside.length === departments.length && outside.length >= 2 ? name(elsewhere[0] as string) : null;
    report({
      code: 'departement-hors-region',
      severity: 'warning',
      message:
        outside.length === 1
          ? `Le département ${listed} n’est pas dans la région ${header.region.name} mais dans ${where} : il est ignoré.`
          : `Les départements ${listed} ne sont pas dans la région ${header.region.name} mais dans ${where} : ils sont ignorés.`,
      hint: majority
        ? `Tous les départements sont en ${majority} : si l’atelier y a eu lieu, corrigez l’en-tête (« region: ${majority} ») ; sinon, corrigez les départements.`
        : `Corrigez le code du département ou la région de la note.`,
      ...first.at,
    });
  }
  return { region: header.region, departments: unique(departments.filter((d) => d.department.region === header.region.code).map((d) => d.department)) };
}

function unique(departments: readonly Department[]): Department[] {
  return [...new Map(departments.map((d) => [d.code, d])).values()];
}

/** « 35, 22 et 56 ». */
export function frenchList(values: readonly string[]): string {
  return values.length <= 1 ? (values[0] ?? '') : `${values.slice(0, -1).join(', ')} et ${values.at(-1)}`;
}
