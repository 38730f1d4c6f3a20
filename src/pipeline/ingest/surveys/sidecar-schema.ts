/**
 * The zod schema of a survey's sidecar `<name>.yml` (DESIGN §4): French keys, French synonyms of the
 * values, short forms (`textes: [Commentaire]`) expanded. Reading the YAML and reporting problems is
 * sidecar.ts's concern.
 */
import { z } from 'zod';
import type { Tag } from '../../model.ts';
import { foldKey } from '../../text/fold.ts';
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

/** Most values a scale may have: a French school mark (0 to 20) is the widest met in practice. */
export const MAX_SCALE_VALUES = 21;

/** A string looked up in a synonym table (folded), left as is when unknown so zod names the bad value. */
const synonym = <T extends string>(table: Readonly<Record<string, T>>) => (value: unknown): unknown =>
  typeof value === 'string' ? (table[value] ?? table[foldKey(value)] ?? value) : value;
/** Numbers typed where a text is expected (`colonne: 2024`, `region_fixe: 32`) are that text. */
const numberAsText = (value: unknown): unknown => (typeof value === 'number' ? String(value) : value);
const text = z.preprocess(numberAsText, z.string().trim().min(1));
/** Column names may be typed as numbers in YAML (`colonne: 2024`). */
const columnName = text;
const objectFromString = (value: unknown): unknown => (typeof value === 'string' ? { colonne: value } : value);
/** `min: "0"` written with quotes is still a number. */
const integer = (min: number) =>
  z.preprocess((v) => (typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : v), z.number().int().min(min));

const textColumnSchema = z.preprocess(
  objectFromString,
  z.strictObject({
    /** Header of the column, as in the CSV (case and accents forgiven). */
    colonne: columnName,
    /** What the answers say: working | broken | needs, or auto to infer it from each answer. */
    tag: z.preprocess(synonym(TAG_SYNONYMS), z.enum(['working', 'broken', 'needs', 'auto'])).default('auto'),
    /** The question asked, when the header does not say it (« comment », « body »): context for tagging. */
    question: text.optional(),
  }),
);

/** The bounds of a numeric scale; both omitted, the column is read as 1–5 or oui/non, whichever it holds. */
const rangeFields = {
  /** Smallest value of the scale (0 for a mark out of 10); 1 when only max is given. */
  min: integer(0).optional(),
  /** Largest value of the scale (10 for a mark out of 10); 5 when only min is given. */
  max: integer(1).optional(),
};

/** min below max, and few enough values to chart one bar each. */
function checkRange(range: { min?: number | undefined; max?: number | undefined }, ctx: z.core.$RefinementCtx): void {
  if (range.min === undefined && range.max === undefined) return;
  const { min, max } = boundsOf(range);
  if (min >= max) ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${max}) doit être plus grand que min (${min})` });
  else if (max - min + 1 > MAX_SCALE_VALUES) {
    ctx.addIssue({ code: 'custom', path: ['max'], message: `une échelle a au plus ${MAX_SCALE_VALUES} valeurs (de 0 à 20, par exemple), ici ${max - min + 1}` });
  }
}

export function boundsOf(range: { min?: number | undefined; max?: number | undefined }): { min: number; max: number } {
  return { min: range.min ?? 1, max: range.max ?? 5 };
}

/** `- { colonne: "Note", min: 0, max: 10 }`, or just the header. */
const scaleListSchema = z.array(
  z.preprocess(
    objectFromString,
    z
      .strictObject({
        /** Header of a closed question: a numeric scale (1–5 unless min/max say otherwise) or oui/non. */
        colonne: columnName,
        ...rangeFields,
      })
      .superRefine(checkRange),
  ),
);

/** `Note sur 10: { min: 0, max: 10 }`, the header as key (an empty value reads as 1–5 or oui/non). */
const scaleMapSchema = z.record(
  z.string().trim().min(1),
  z.preprocess((v) => v ?? {}, z.strictObject(rangeFields).superRefine(checkRange)),
);

export interface ScaleEntry {
  colonne: string;
  min?: number | undefined;
  max?: number | undefined;
  /** Where the entry is in the YAML, to report a problem at its line. */
  path: Array<string | number>;
}

/** The issues of the form parsed, as the schema's own (their paths are prefixed as usual). */
function forward(issues: readonly z.core.$ZodIssue[], ctx: z.core.$RefinementCtx): void {
  // A parsed issue lacks only the raw input, which the messages do not use.
  for (const issue of issues) ctx.issues.push({ ...issue, input: issue.input } as z.core.$ZodRawIssue);
}

/** Either form of `echelles`, as one list that remembers where each entry was written. */
const scalesSchema = z.unknown().transform((value, ctx): ScaleEntry[] => {
  const isMap = typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isMap) {
    const parsed = scaleMapSchema.safeParse(value);
    if (parsed.success) return Object.entries(parsed.data).map(([colonne, range]) => ({ colonne, ...range, path: ['colonnes', 'echelles', colonne] }));
    forward(parsed.error.issues, ctx);
    return z.NEVER;
  }
  const parsed = scaleListSchema.safeParse(value);
  if (parsed.success) return parsed.data.map((entry, i) => ({ ...entry, path: ['colonnes', 'echelles', i, 'colonne'] }));
  forward(parsed.error.issues, ctx);
  return z.NEVER;
});

export const columnsSchema = z.strictObject({
  /** Column holding the region (name or INSEE code). */
  region: columnName.optional(),
  /** Column holding the department (name or INSEE code). */
  departement: columnName.optional(),
  /** Column holding a postal code (→ department → region). */
  code_postal: columnName.optional(),
  /** The region of the whole file, when it comes from one region. */
  region_fixe: text.optional(),
  /** The department of the whole file (name or INSEE code, « 59 »): its region follows. */
  departement_fixe: text.optional(),
  /** Column holding the respondent's profile (conseiller, direction, jeune…). */
  profil: columnName.optional(),
  /** The profile of every respondent of the file. */
  profil_fixe: z.string().trim().min(1).optional(),
  /** Column holding the question each row answers (one row per answer): context for tagging that row. */
  question: columnName.optional(),
  /** Column holding a vote count for the row's text (supports, endorsements): its weight, like « (12 votes) ». */
  votes: columnName.optional(),
  /** Free-text columns: each non-empty cell is one item. */
  textes: z.array(textColumnSchema).optional(),
  /** Closed questions charted as distributions: a list, or a map from header to { min, max }. */
  echelles: scalesSchema.optional(),
});

export const sidecarSchema = z.strictObject({
  /** Title of the survey, shown as its session title. */
  titre: text.optional(),
  /** auto | utf-8 | windows-1252. */
  encodage: z.preprocess(synonym(ENCODING_SYNONYMS), z.enum(['auto', 'utf-8', 'windows-1252'])).default('auto'),
  /** auto | ";" | "," | "\t". */
  separateur: z.preprocess(synonym(DELIMITER_SYNONYMS), z.enum(['auto', ';', ',', '\t'])).default('auto'),
  /** How columns are read; what it does not say is recognised from the headers, as without it. */
  colonnes: columnsSchema.optional(),
  /** Text of each question, by the code the question column holds (« Q178 », a Decidim debate's number). */
  questions: z.record(z.string().trim().min(1), text).optional(),
});

export type SidecarColumns = z.infer<typeof columnsSchema>;

/** The keys under `colonnes`, for the hint of an unknown one. */
export const COLUMN_KEYS = Object.keys(columnsSchema.shape);
