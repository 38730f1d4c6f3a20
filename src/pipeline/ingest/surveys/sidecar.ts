/**
 * The optional `<name>.yml` beside a survey CSV (DESIGN §4): French keys, validated with zod, every
 * problem reported at its line in the YAML. French synonyms of the values are accepted.
 */
import { z } from 'zod';
import type { Diagnostic, Tag } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { foldKey } from '../../text/fold.ts';
import { positionOf, readYaml, yamlValue } from '../../text/yaml-source.ts';
import { frenchIssue } from '../../text/zod-french.ts';
import type { EncodingSetting } from './encoding.ts';
import type { DelimiterSetting } from './delimiter.ts';

const TAG_SYNONYMS: Readonly<Record<string, Tag | 'auto'>> = {
  working: 'working', fonctionne: 'working', cequifonctionne: 'working', positif: 'working', pointsforts: 'working',
  broken: 'broken', dysfonctionne: 'broken', cequidysfonctionne: 'broken', cequinefonctionnepas: 'broken', difficultes: 'broken',
  needs: 'needs', besoins: 'needs', attentes: 'needs', besoinsetattentes: 'needs', propositions: 'needs',
  auto: 'auto', automatique: 'auto',
};
const ENCODING_SYNONYMS: Readonly<Record<string, EncodingSetting>> = {
  auto: 'auto', utf8: 'utf-8', windows1252: 'windows-1252', cp1252: 'windows-1252', ansi: 'windows-1252',
  latin1: 'windows-1252', iso88591: 'windows-1252', iso885915: 'windows-1252',
};
const DELIMITER_SYNONYMS: Readonly<Record<string, DelimiterSetting>> = {
  auto: 'auto', ';': ';', pointvirgule: ';', ',': ',', virgule: ',', '\t': '\t', '\\t': '\t', tab: '\t', tabulation: '\t',
};

/** A string looked up in a synonym table (folded), left as is when unknown so zod names the bad value. */
const synonym = <T extends string>(table: Readonly<Record<string, T>>) => (value: unknown): unknown =>
  typeof value === 'string' ? (table[value] ?? table[foldKey(value)] ?? value) : value;
/** Column names may be typed as numbers in YAML (`colonne: 2024`). */
const columnName = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1));
const objectFromString = (value: unknown): unknown => (typeof value === 'string' ? { colonne: value } : value);

const textColumnSchema = z.preprocess(
  objectFromString,
  z.strictObject({
    /** Header of the column, as in the CSV (case and accents forgiven). */
    colonne: columnName,
    /** What the answers say: working | broken | needs, or auto to infer it from each answer. */
    tag: z.preprocess(synonym(TAG_SYNONYMS), z.enum(['working', 'broken', 'needs', 'auto'])).default('auto'),
  }),
);

const scaleColumnSchema = z.preprocess(
  objectFromString,
  z.strictObject({
    /** Header of a closed question: Likert 1–5 or oui/non. */
    colonne: columnName,
  }),
);

const columnsSchema = z.strictObject({
  /** Column holding the region (name or INSEE code). */
  region: columnName.optional(),
  /** Column holding the department (name or INSEE code). */
  departement: columnName.optional(),
  /** Column holding a postal code (→ department → region). */
  code_postal: columnName.optional(),
  /** The region of the whole file, when it comes from one region. */
  region_fixe: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1)).optional(),
  /** Column holding the respondent's profile (conseiller, direction, jeune…). */
  profil: columnName.optional(),
  /** The profile of every respondent of the file. */
  profil_fixe: z.string().trim().min(1).optional(),
  /** Free-text columns: each non-empty cell is one item. */
  textes: z.array(textColumnSchema).optional(),
  /** Closed questions charted as distributions. */
  echelles: z.array(scaleColumnSchema).optional(),
});

const sidecarSchema = z.strictObject({
  /** Title of the survey, shown as its session title. */
  titre: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1)).optional(),
  /** auto | utf-8 | windows-1252. */
  encodage: z.preprocess(synonym(ENCODING_SYNONYMS), z.enum(['auto', 'utf-8', 'windows-1252'])).default('auto'),
  /** auto | ";" | "," | "\t". */
  separateur: z.preprocess(synonym(DELIMITER_SYNONYMS), z.enum(['auto', ';', ',', '\t'])).default('auto'),
  /** How columns are read; without it, headers are recognised by their names. */
  colonnes: columnsSchema.optional(),
});

export type SidecarColumns = z.infer<typeof columnsSchema>;

export interface Sidecar {
  file: string;
  title: string | null;
  encoding: EncodingSetting;
  delimiter: DelimiterSetting;
  columns: SidecarColumns | null;
  /** 1-based line of a value in the YAML (`['colonnes', 'textes', 0, 'colonne']`), or of its nearest parent. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

export interface SidecarResult {
  /** Null when the YAML is invalid: the mapping is then unknown, nothing else is read. */
  sidecar: Sidecar | null;
  diagnostics: Diagnostic[];
}

export function readSidecar(file: string, content: string): SidecarResult {
  const { source, problem } = readYaml(content);
  if (problem) {
    return {
      sidecar: null,
      diagnostics: [
        diagnostic({
          code: 'yaml-invalide',
          severity: 'blocking',
          message: `Les paramètres de l’enquête ne sont pas du YAML valide : ${problem.message}.`,
          hint: 'Vérifiez l’indentation (des espaces, pas de tabulations), les deux-points et les guillemets de cette ligne.',
          file,
          line: problem.position.line,
          column: problem.position.column,
        }),
      ],
    };
  }
  const lineOf = (path: ReadonlyArray<string | number>): number => positionOf(source, path, 'key').line;
  const parsed = sidecarSchema.safeParse(yamlValue(source) ?? {});
  if (!parsed.success) {
    return { sidecar: null, diagnostics: parsed.error.issues.map((issue) => issueDiagnostic(issue, file, lineOf)) };
  }
  const data = parsed.data;
  return {
    sidecar: {
      file,
      title: data.titre ?? null,
      encoding: data.encodage,
      delimiter: data.separateur,
      columns: data.colonnes ?? null,
      lineOf,
    },
    diagnostics: [],
  };
}

function issueDiagnostic(issue: z.core.$ZodIssue, file: string, lineOf: Sidecar['lineOf']): Diagnostic {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = path[path.length - 1];
  const where = path.length > 0 ? path.join('.') : 'racine';
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys;
    return diagnostic({
      code: 'cle-inconnue',
      severity: 'blocking',
      message: `Clé inconnue dans les paramètres de l’enquête : ${keys.map((k) => `« ${k} »`).join(', ')}.`,
      hint:
        path.length === 0
          ? 'Clés possibles : titre, encodage, separateur, colonnes.'
          : 'Clés possibles sous colonnes : region, departement, code_postal, region_fixe, profil, profil_fixe, textes, echelles.',
      file,
      line: lineOf([...path, keys[0] ?? '']),
    });
  }
  if (key === 'tag') {
    return diagnostic({
      code: 'etiquette-inconnue',
      severity: 'blocking',
      message: `Étiquette inconnue pour une colonne de texte (${where}).`,
      hint: 'Valeurs possibles : working (ce qui fonctionne), broken (ce qui dysfonctionne), needs (besoins et attentes), auto.',
      file,
      line: lineOf(path),
    });
  }
  const hints: Record<string, string> = {
    encodage: 'Valeurs possibles : auto, utf-8, windows-1252.',
    separateur: 'Valeurs possibles : auto, ";", ",", "\\t".',
  };
  return diagnostic({
    code: 'parametre-enquete-invalide',
    severity: 'blocking',
    message: `Valeur invalide dans les paramètres de l’enquête (${where}) : ${frenchIssue(issue)}.`,
    hint: hints[String(key)] ?? 'Voir le format des paramètres d’enquête dans le README (colonnes, textes, echelles…).',
    file,
    line: lineOf(path),
  });
}
