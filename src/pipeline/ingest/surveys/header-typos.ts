/**
 * A misspelt role header (« Régoin », « Proifl »): not recognised, its column was reported as an
 * unread closed question with « Rien à faire », and every answer lost its region. Near a role's
 * header by a typo or two, it is named with the header it probably meant and the setting that reads it.
 */
import { foldText } from '../../text/fold.ts';
import { editDistance } from '../../text/closest.ts';

export interface RoleHeader {
  /** The header as the reader would write it (« Région »). */
  header: string;
  /** The sidecar key under `colonnes` that reads the column (`region`). */
  setting: 'region' | 'departement' | 'code_postal' | 'profil';
}

const ROLES: ReadonlyArray<readonly [string, RoleHeader]> = [
  ['region', { header: 'Région', setting: 'region' }],
  ['departement', { header: 'Département', setting: 'departement' }],
  ['code postal', { header: 'Code postal', setting: 'code_postal' }],
  ['profil', { header: 'Profil', setting: 'profil' }],
];

/** « Votre région », « la région »: the label without its determiner. */
const DETERMINER = /^(votre|la|le|sa|son|code) /;

/** The role header `header` is probably a misspelling of; null when it is none's (or is one exactly). */
export function misspeltRole(header: string): RoleHeader | null {
  const folded = foldText(header).replace(DETERMINER, '');
  if (folded.length < 4) return null;
  for (const [word, role] of ROLES) {
    if (folded === word) return null;
    // One edit, or two that swap letters (« regoin »): any two would reach other words (« religion »).
    const distance = editDistance(folded, word);
    if (distance <= 1 || (distance === 2 && word.length >= 6 && sameLetters(folded, word))) return role;
  }
  return null;
}

function sameLetters(a: string, b: string): boolean {
  return [...a].sort().join('') === [...b].sort().join('');
}

/** « « Régoin » est sans doute « Région » mal orthographié : … » */
export function misspeltRoleHint(header: string, role: RoleHeader, sidecar: string): string {
  return (
    `« ${header} » est sans doute « ${role.header} » mal orthographié : corrigez l’en-tête, ou déclarez la colonne dans ` +
    `${sidecar} (à créer s’il n’existe pas) : colonnes: { ${role.setting}: "${header}" }.`
  );
}
