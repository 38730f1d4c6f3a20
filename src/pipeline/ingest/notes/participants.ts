/**
 * The `participants:` block of a note's front matter, read key by key: one bad number (`jeune: douze`,
 * `total: -3`) or an unknown key is reported at its own line and leaves out that value only; the total,
 * the other profiles and the names are kept. Names are always kept, even badly written or under a
 * near spelling of `noms` (« nom »): they are what anonymisation masks.
 */
import { closest } from '../../text/closest.ts';
import { foldKey } from '../../text/fold.ts';
import type { Position } from '../../text/yaml-source.ts';
import type { Report } from './front-matter.ts';
import { profileId } from './front-matter-values.ts';

/** What the block says, once its unreadable values are left out. */
export interface ParticipantsBlock {
  /** The total as written, when readable. */
  total: number | null;
  /** Profiles whose name and count were read, as written, in the order of the block. */
  profiles: Array<{ name: string; count: number }>;
  /**
   * A count was written that could not be read (a profile's, or one under an unknown key): the profiles
   * read are not the whole group, so their sum is no total and a single one is no shared profile.
   */
  partial: boolean;
  /** `noms`: personal names, never published. */
  names: string[];
}

export interface ParticipantsContext {
  /** The key the block is written under (`participants`, `participant`). */
  key: string;
  at(path: readonly PropertyKey[], target?: 'key' | 'value'): Position;
}

const KEYS = ['total', 'profils', 'noms'] as const;

/**
 * Folded spellings read as `noms` (« nom », « prénoms », « names »), as the top-level `ambassadeur` is
 * read as `ambassadeurs`: names left under an unknown key would be published unmasked.
 */
const NAME_SPELLINGS: ReadonlySet<string> = new Set(['noms', 'nom', 'prenoms', 'prenom', 'nomsprenoms', 'prenomsnoms', 'nomprenom', 'prenomnom', 'names', 'name']);

export function readParticipants(block: Readonly<Record<string, unknown>>, context: ParticipantsContext, report: Report): ParticipantsBlock {
  const { key, at } = context;
  const read: ParticipantsBlock = { total: null, profiles: [], partial: false, names: [] };
  const where = (...path: string[]) => `« ${[key, ...path].join('.')} »`;
  let badTotal: { problem: string; position: Position } | null = null;
  let profilesUnread = false;

  for (const [name, value] of Object.entries(block)) {
    if (name === 'total') {
      // `total:` left empty: not known yet, as an empty top-level key is.
      if (isBlank(value)) continue;
      const count = readCount(value);
      if (typeof count === 'number') read.total = count;
      else badTotal = { problem: count.problem, position: at([key, name]) };
    } else if (name === 'profils') {
      if (isBlank(value)) continue;
      if (!isRecord(value)) {
        profilesUnread = true;
        read.partial = true;
        report({
          code: 'champ-invalide',
          severity: 'warning',
          message: `Dans l’en-tête, ${where(name)} : on attend un groupe de clés, un nombre par profil. Le détail par profil est ignoré ; le reste du bloc « ${key} » est retenu.`,
          hint: 'Écrivez un profil par clé, par exemple « profils: { conseiller: 9, direction: 2 } ».',
          ...at([key, name]),
        });
        continue;
      }
      for (const [profile, written] of Object.entries(value)) {
        const count = readCount(written);
        if (typeof count === 'number' && profileId(profile)) {
          read.profiles.push({ name: profile, count });
          continue;
        }
        read.partial = true;
        if (typeof count === 'number') {
          // « — : 3 » names no profile: its participants are in no breakdown.
          report({
            code: 'champ-invalide',
            severity: 'warning',
            message: `Dans l’en-tête, le profil « ${profile} » de ${where(name)} n’a pas de nom lisible : ses ${count} participants ne sont comptés dans aucun profil.`,
            hint: 'Nommez le profil avec des lettres, par exemple « conseiller: 9 » ou « jeune: 12 ».',
            ...at([key, name, profile], 'key'),
          });
          continue;
        }
        report({
          code: 'champ-invalide',
          severity: 'warning',
          message: `Dans l’en-tête, ${where(name, profile)} : ${count.problem}. Ce profil est ignoré ; le reste du bloc « ${key} » est retenu.`,
          hint: `Écrivez en chiffres le nombre de participants de ce profil, par exemple « ${profile}: 12 ».`,
          ...at([key, name, profile]),
        });
      }
    } else if (NAME_SPELLINGS.has(foldKey(name))) {
      const names = readNames(value);
      read.names.push(...names.names);
      if (name !== 'noms')
        report({
          code: 'champ-invalide',
          severity: 'warning',
          message: `Dans l’en-tête, ${where(name)} est lu comme ${where('noms')} : ces noms seront masqués avant publication.`,
          hint: `Écrivez « noms: » au lieu de « ${name}: ».`,
          ...at([key, name], 'key'),
        });
      if (!names.valid)
        report({
          code: 'champ-invalide',
          severity: 'warning',
          message: `Dans l’en-tête, ${where(name)} : on attend une liste de noms. Les noms qui s’y lisent seront tout de même masqués.`,
          hint: 'Écrivez les noms entre crochets, séparés par des virgules : « noms: [Prénom N., Prénom N.] ».',
          ...at([key, name]),
        });
    } else {
      const counted = typeof readCount(value) === 'number';
      const guess = closest(name, KEYS.map((k) => ({ text: k, value: k })));
      // A count under an unknown key may be a profile's (`jeunes: 12`): the profiles read are then not the whole group.
      if (counted && guess !== 'total') read.partial = true;
      report({
        code: 'cle-inconnue',
        severity: 'warning',
        message: `La clé ${where(name)} de l’en-tête n’est pas connue : elle est ignorée ; le reste du bloc « ${key} » est retenu.`,
        hint: guess
          ? `Vouliez-vous écrire « ${guess} » ?`
          : counted
            ? `Un nombre de participants par profil s’écrit sous « profils », par exemple « profils: { ${name}: ${String(value)} } ».`
            : `Clés possibles sous « ${key} » : ${KEYS.join(', ')}.`,
        ...at([key, name], 'key'),
      });
    }
  }

  if (badTotal) {
    const sum = read.profiles.reduce((total, profile) => total + profile.count, 0);
    const kept =
      read.profiles.length > 0 && !read.partial && !profilesUnread
        ? ` ; le total retenu est la somme des profils (${sum})`
        : Object.keys(block).length > 1
          ? ` ; le reste du bloc « ${key} » est retenu`
          : '';
    report({
      code: 'champ-invalide',
      severity: 'warning',
      message: `Dans l’en-tête, ${where('total')} : ${badTotal.problem}. Ce total est ignoré${kept}.`,
      hint: 'Écrivez en chiffres le nombre de participants, par exemple « total: 14 ».',
      ...badTotal.position,
    });
  }
  return read;
}

/** A head count: a whole number, 0 or more (also written as text, `"14"`); otherwise what is wrong with it. */
function readCount(value: unknown): number | { problem: string } {
  if (typeof value === 'string' && /^\s*\+?\d+\s*$/.test(value)) return Number(value);
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : { problem: `« ${value} » n’est pas un nombre entier positif ou nul` };
  if (typeof value === 'string') return { problem: value.trim() ? `« ${value.trim()} » n’est pas un nombre écrit en chiffres` : 'aucun nombre n’est indiqué' };
  if (value === null || value === undefined) return { problem: 'aucun nombre n’est indiqué' };
  return { problem: 'on attend un nombre' };
}

/** `noms`: a list or a single name; anything else is invalid, but every text found in it is still a name. */
function readNames(value: unknown): { names: string[]; valid: boolean } {
  if (isBlank(value)) return { names: [], valid: true };
  const items = Array.isArray(value) ? value : [value];
  const valid = items.every((item) => typeof item === 'string' || typeof item === 'number');
  return { names: texts(value), valid };
}

/** Every text value in a YAML value, trimmed, non-empty (not the keys: « a » or « 1 » masked everywhere would mangle the items). */
function texts(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() ? [String(value).trim()] : [];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (isRecord(value)) return Object.values(value).flatMap(texts);
  return [];
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && !value.trim());
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
