/**
 * The optional `<name>.yml` beside a survey CSV (DESIGN §4): French keys, validated with zod, every
 * problem reported at its line in the YAML. French synonyms of the values are accepted.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../../model.ts';
import { diagnostic } from '../../diagnostics.ts';
import { positionOf, readYaml, yamlValue } from '../../text/yaml-source.ts';
import { frenchIssue } from '../../text/zod-french.ts';
import type { EncodingSetting } from './encoding.ts';
import type { DelimiterSetting } from './delimiter.ts';
import { COLUMN_KEYS, sidecarSchema, type SidecarColumns } from './sidecar-schema.ts';

export type { SidecarColumns } from './sidecar-schema.ts';

export interface Sidecar {
  file: string;
  title: string | null;
  encoding: EncodingSetting;
  delimiter: DelimiterSetting;
  columns: SidecarColumns | null;
  /** Text of each question by the code a question column holds (`questions:`); empty when not given. */
  questionLabels: ReadonlyMap<string, string>;
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
      questionLabels: new Map(Object.entries(data.questions ?? {})),
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
          ? 'Clés possibles : titre, encodage, separateur, colonnes, questions.'
          : path[path.length - 1] === 'colonnes'
            ? `Clés possibles sous colonnes : ${COLUMN_KEYS.join(', ')}.`
            : `Clés possibles ici : ${possibleKeys(path)}.`,
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
  if (issue.code === 'custom') {
    return diagnostic({
      code: 'parametre-enquete-invalide',
      severity: 'blocking',
      message: `Valeur invalide dans les paramètres de l’enquête (${where}) : ${issue.message}.`,
      hint: 'Une échelle s’écrit par exemple - { colonne: "Note sur 10", min: 0, max: 10 }.',
      file,
      line: lineOf(path),
    });
  }
  const hints: Record<string, string> = {
    encodage: 'Valeurs possibles : auto, utf-8, windows-1252.',
    separateur: 'Valeurs possibles : auto, ";", ",", "\\t".',
    min: 'min et max sont des nombres entiers : - { colonne: "Note sur 10", min: 0, max: 10 }.',
    max: 'min et max sont des nombres entiers : - { colonne: "Note sur 10", min: 0, max: 10 }.',
  };
  return diagnostic({
    code: 'parametre-enquete-invalide',
    severity: 'blocking',
    message: `Valeur invalide dans les paramètres de l’enquête (${where}) : ${frenchIssue(issue)}.`,
    hint: hints[String(key)] ?? 'Voir le format des paramètres d’enquête dans docs/formats.md (colonnes, textes, echelles…).',
    file,
    line: lineOf(path),
  });
}

/** The keys an entry of `textes` or `echelles` may have. */
function possibleKeys(path: ReadonlyArray<string | number>): string {
  return path.includes('textes') ? 'colonne, tag, question' : path.includes('echelles') ? 'colonne, min, max' : COLUMN_KEYS.join(', ');
}
