/**
 * A region column holding numbers among names, or among numbers that are only departments' codes.
 * Every region code is also a department's (« 75 » is Nouvelle-Aquitaine and Paris, « 11 »
 * Île-de-France and the Aude), and someone asked for a region may type their department's number:
 * say once, per file, how the numbers were read, so that « 75 » is never counted in
 * Nouvelle-Aquitaine without a word. (A column of region codes alone, as an export writes them, is
 * read without a word: location.ts calls this only when the column gives cause for doubt.)
 */
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import type { LineGroup } from './line-groups.ts';

const SHOWN = 4;

export function numericRegionDiagnostic(groups: readonly LineGroup[], referentiels: Referentiels, file: string, header: string): Diagnostic[] {
  const first = groups[0];
  if (!first) return [];
  const readings = groups.slice(0, SHOWN).map((group) => {
    const region = referentiels.resolveRegion(group.key)?.name ?? '?';
    const department = referentiels.resolveDepartment(group.key)?.name;
    const answers = group.count > 1 ? `${group.count} réponses` : '1 réponse';
    return `« ${group.key} » → ${region} (${answers}${department ? `, et non le département ${department}` : ''})`;
  });
  const more = groups.length > SHOWN ? ` et ${groups.length - SHOWN} autre${groups.length - SHOWN > 1 ? 's' : ''}` : '';
  const sidecar = file.replace(/\.[^./]+$/, '.yml');
  return [
    diagnostic({
      code: 'region-en-chiffres',
      severity: 'warning',
      message: `La colonne de la région contient des nombres, lus comme des codes de région INSEE : ${readings.join(' ; ')}${more}.`,
      hint:
        `S’il s’agit de départements, déclarez la colonne dans ${sidecar} (à créer s’il n’existe pas) : colonnes: { departement: "${header}" } ; ` +
        's’il s’agit bien de régions, écrire leur nom lève le doute.',
      file,
      line: first.firstLine,
      column: first.firstColumn,
    }),
  ];
}
