/**
 * Reads and checks a note's front matter. Every problem points at the line of its key (or of the
 * offending list element); a problem is reported once, and a broken YAML block is not checked
 * further (its other "errors" would only be echoes).
 */
import type { z } from 'zod';
import type { Diagnostic, SessionFormat } from '../../model.ts';
import type { Referentiels } from '../../referentiels/index.ts';
import { diagnostic } from '../../diagnostics.ts';
import { closest } from '../../text/closest.ts';
import { positionOf, readYaml, yamlValue, type Position, type YamlSource } from '../../text/yaml-source.ts';
import { frenchIssue } from '../../text/zod-french.ts';
import {
  BLOCKING_FIELDS,
  FRONT_MATTER_FIELDS,
  fieldOfFrontMatterKey,
  frontMatterFields,
  type FrontMatterField,
} from './front-matter-schema.ts';
import { checkFields } from './front-matter-checks.ts';
import { brokenHeaderNames } from './broken-header-names.ts';
import { quotedValueFix, singleValueAdvice } from './header-fixes.ts';

/** What a note's front matter says about its workshop. */
export interface NoteMeta {
  title: string | null;
  date: string | null;
  format: Exclude<SessionFormat, 'enquete'>;
  region: string | null;
  departments: string[];
  structures: string[];
  participants: number | null;
  profiles: Record<string, number>;
  /** Profile of the participants when they share one (`profil: jeune`, or a single `profils` key). */
  profile: string | null;
  /** Personal names to remove before publication (ambassadors, participants' names). */
  names: string[];
  /**
   * Each profile as written, with the id made of it and where it is written: a profile is free text
   * (« Mme Dupont 06 12… » happens), checked for personal data once all declared names are known.
   */
  profileTexts: ProfileText[];
}

/** A profile as written in a note's front matter (`profil`, or a key of `participants.profils`). */
export interface ProfileText {
  id: string;
  text: string;
  line: number;
  column: number;
}

export function emptyMeta(): NoteMeta {
  return {
    title: null,
    date: null,
    format: 'presentiel',
    region: null,
    departments: [],
    structures: [],
    participants: null,
    profiles: {},
    profile: null,
    names: [],
    profileTexts: [],
  };
}

/** A field's parsed value and the key it was written under (to point at it). */
export interface FieldValue<F extends FrontMatterField = FrontMatterField> {
  key: string;
  value: z.output<(typeof frontMatterFields)[F]>;
}
export type Fields = { [F in FrontMatterField]?: FieldValue<F> };
/**
 * Why a field has no value although something was written for it: a misspelt key (`regoin:`),
 * an empty value (`region:`), or a value already reported as invalid. Keeps "missing" honest.
 */
export type Absent = Map<FrontMatterField, { key: string; reason: 'misspelt' | 'empty' | 'invalid' } & Position>;

export interface FrontMatterContext {
  file: string;
  referentiels: Referentiels;
  /** Line of the opening `---`. */
  line: number;
}

export function readFrontMatter(yamlText: string, context: FrontMatterContext): { meta: NoteMeta; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (init) => {
    diagnostics.push(diagnostic({ ...init, file: context.file }));
  };
  const { source, problem } = readYaml(yamlText, context.line);
  if (problem) {
    // A value holding « : » left unquoted: the line to write instead.
    const fix = quotedValueFix(yamlText.split(/\r?\n|\r/), problem.position.line - context.line - 1);
    report({
      code: 'yaml-invalide',
      severity: 'blocking',
      message: `L’en-tête de la note (entre les lignes « --- ») n’est pas du YAML valide : ${problem.message}.`,
      hint: fix
        ? `La valeur de la ligne ${context.line + 1 + fix.index} contient « : » : mettez-la entre guillemets, « ${fix.line.trim()} ».`
        : 'Corrigez la ligne indiquée ou celle juste au-dessus ; mettez entre guillemets les valeurs qui contiennent « : » ou « # ».',
      ...problem.position,
    });
    // Blocked, but its names are still masked in the items `synthesize` writes.
    return { meta: { ...emptyMeta(), names: brokenHeaderNames(yamlText) }, diagnostics };
  }
  const value = yamlValue(source);
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    report({
      code: value === null || value === undefined ? 'en-tete-vide' : 'en-tete-invalide',
      severity: 'blocking',
      message: "L’en-tête de la note ne contient pas les informations de l’atelier (titre, date, format, région).",
      hint: 'Écrivez une clé par ligne : « titre: Atelier … », « date: 2026-09-12 », « format: presentiel », « region: Bretagne ».',
      line: context.line,
    });
    return { meta: emptyMeta(), diagnostics };
  }
  const { fields, absent } = parseFields(value as Record<string, unknown>, source, report);
  const at = (path: readonly PropertyKey[], target?: 'key' | 'value') => positionOf(source, path, target);
  const meta = checkFields(fields, { ...context, at, absent }, report);
  return { meta, diagnostics };
}

export type Report = (init: Omit<Parameters<typeof diagnostic>[0], 'file'>) => void;

/** Maps keys to fields and checks each field's type on its own, so one bad field spares the others. */
function parseFields(raw: Record<string, unknown>, source: YamlSource, report: Report): { fields: Fields; absent: Absent } {
  const fields: Record<string, FieldValue> = {};
  const absent: Absent = new Map();
  const unknownKeys: Array<{ key: string; position: Position; guess: FrontMatterField | null }> = [];
  for (const [key, value] of Object.entries(raw)) {
    const field = fieldOfFrontMatterKey(key);
    const position = positionOf(source, [key], 'key');
    if (field === 'ignored') continue;
    if (field === null) {
      unknownKeys.push({ key, position, guess: closest(key, FRONT_MATTER_FIELDS.map((f) => ({ text: f, value: f }))) });
      continue;
    }
    if (fields[field] || absent.has(field)) {
      report({
        code: 'cle-en-double',
        severity: 'warning',
        message: `La clé « ${key} » répète « ${fields[field]?.key ?? absent.get(field)?.key} » : seule la première est prise en compte.`,
        hint: 'Gardez une seule de ces deux lignes.',
        ...position,
      });
      continue;
    }
    if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) {
      absent.set(field, { key, reason: 'empty', ...position });
      continue;
    }
    // « region: [Bretagne] »: a list where one value is expected, said with the line to write.
    const single = SINGLE_VALUES[field as keyof typeof SINGLE_VALUES];
    if (single && Array.isArray(value)) {
      absent.set(field, { key, reason: 'invalid', ...position });
      report({
        code: 'champ-invalide',
        severity: BLOCKING_FIELDS.has(field) ? 'blocking' : 'warning',
        message: `Dans l’en-tête, « ${key} » est une liste (entre crochets) : une seule valeur est attendue.`,
        hint: singleValueAdvice(key, value, single),
        ...positionOf(source, [key], 'value'),
      });
      continue;
    }
    const parsed = frontMatterFields[field].safeParse(value, { reportInput: true });
    if (parsed.success) {
      fields[field] = { key, value: parsed.data };
      continue;
    }
    absent.set(field, { key, reason: 'invalid', ...position });
    const issue = parsed.error.issues[0];
    const path: PropertyKey[] = [key, ...(issue?.path ?? [])];
    if (issue?.code === 'unrecognized_keys' && issue.keys[0] !== undefined) path.push(issue.keys[0]);
    report({
      code: 'champ-invalide',
      severity: BLOCKING_FIELDS.has(field) ? 'blocking' : 'warning',
      message: `Dans l’en-tête, « ${path.map(String).join('.')} » : ${issue ? frenchIssue(issue) : 'valeur incorrecte'}.`,
      hint: FIELD_HINTS[field],
      ...positionOf(source, path, issue?.code === 'unrecognized_keys' ? 'key' : 'value'),
    });
  }
  // A misspelt required key ("regoin") is reported once, as the missing field, at the misspelt line.
  for (const { key, position, guess } of unknownKeys) {
    if (guess && BLOCKING_FIELDS.has(guess) && !fields[guess] && !absent.has(guess)) {
      absent.set(guess, { key, reason: 'misspelt', ...position });
      continue;
    }
    report({
      code: 'cle-inconnue',
      severity: 'warning',
      message: `La clé « ${key} » de l’en-tête n’est pas connue : elle est ignorée.`,
      hint: guess ? `Vouliez-vous écrire « ${guess} » ?` : `Clés attendues : ${FRONT_MATTER_FIELDS.join(', ')}.`,
      ...position,
    });
  }
  return { fields: fields as Fields, absent };
}

/** Fields of one value, and how to say « one » of each. */
const SINGLE_VALUES: Partial<Record<FrontMatterField, string>> = {
  titre: 'Un seul titre',
  date: 'Une seule date',
  format: 'Un seul format',
  region: 'Une seule région',
  profil: 'Un seul profil',
};

const FIELD_HINTS: Readonly<Record<FrontMatterField, string>> = {
  titre: 'Exemple : « titre: Atelier Nouvelle-Aquitaine — Saintes ».',
  date: 'Exemple : « date: 2026-09-12 ».',
  format: 'Valeurs possibles : presentiel, distanciel, hybride.',
  region: 'Exemple : « region: Nouvelle-Aquitaine » ou « region: 75 ».',
  departements: 'Exemple : « departements: ["17", "16"] ».',
  structures: 'Exemple : « structures: ["Mission Locale de la Saintonge"] ».',
  ambassadeurs: 'Exemple : « ambassadeurs: ["Prénom N."] ».',
  participants: 'Exemple : « participants: 14 », ou le détail « participants: { total: 14, profils: { conseiller: 9, direction: 2 } } » ; les nombres s’écrivent en chiffres, entiers positifs.',
  profil: 'Exemple : « profil: jeune ».',
};
