/**
 * The theme taxonomy, `data/themes.yml`: a YAML list of themes with French keys. Every problem is
 * reported at its line; the theme `autres` (nothing matched) is always present, last.
 */
import { z } from 'zod';
import type { Diagnostic, Theme } from '../model.ts';
import type { TextFile } from '../io/consultation-input.ts';
import { diagnostic } from '../diagnostics.ts';
import { closest } from '../text/closest.ts';
import { foldKey } from '../text/fold.ts';
import { positionOf, readYaml, yamlValue } from '../text/yaml-source.ts';
import { frenchIssue } from '../text/zod-french.ts';

export const THEMES_FILE = 'data/themes.yml';
export const OTHER_THEME: Theme = {
  id: 'autres',
  label: 'Autres',
  description: 'Ce qui ne relève d’aucun thème de la taxonomie.',
  keywords: [],
};

/** One theme as written in `data/themes.yml`. */
const themeSchema = z.object({
  /** Stable identifier: lower case, digits and hyphens (`saisie`, `agenda-rdv`); used in `#hashtags`, URLs and exports. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** French label readers see (`Saisie et ergonomie`). */
  libelle: z.string().trim().min(1),
  /** One or two French sentences saying what belongs to the theme. */
  description: z.string().trim().default(''),
  /** French words and phrases that signal the theme; the theming stage matches them on stems. */
  mots_cles: z.array(z.string().trim().min(1)),
  /** Other `#hashtags` accepted for the theme besides its id (`#ergonomie` for `saisie`). */
  etiquettes: z.array(z.string().trim().min(1)).optional(),
});

export interface LoadedThemes {
  /** The taxonomy in file order, then `autres`. */
  themes: Theme[];
  /** Folded hashtag (id, label or alias) → theme id. */
  hashtags: Map<string, string>;
  diagnostics: Diagnostic[];
}

export function loadThemes(file: TextFile | null): LoadedThemes {
  const themes: Theme[] = [];
  const aliases = new Map<string, Alias[]>();
  const diagnostics: Diagnostic[] = [];
  if (!file) {
    diagnostics.push(
      diagnostic({
        code: 'themes-absents',
        severity: 'warning',
        message: `Le fichier ${THEMES_FILE} est absent : tous les éléments iront dans le thème « Autres ».`,
        hint: 'Créez data/themes.yml : une liste de thèmes avec id, libelle, description et mots_cles.',
        file: THEMES_FILE,
      }),
    );
  } else {
    readThemes(file, themes, aliases, diagnostics);
  }
  if (!themes.some((t) => t.id === OTHER_THEME.id)) themes.push({ ...OTHER_THEME });
  return { themes, hashtags: hashtagIndex(themes, aliases, diagnostics, file?.file ?? THEMES_FILE), diagnostics };
}

/** A hashtag alias and where it is written. */
interface Alias {
  text: string;
  line: number;
  column: number;
}

function readThemes(file: TextFile, themes: Theme[], aliases: Map<string, Alias[]>, diagnostics: Diagnostic[]): void {
  const at = (line: number, column: number) => ({ file: file.file, line, column });
  const { source, problem } = readYaml(file.content.replace(/^\uFEFF/, ''));
  if (problem) {
    diagnostics.push(
      diagnostic({
        code: 'themes-yaml-invalide',
        severity: 'blocking',
        message: `Le fichier des thèmes n’est pas du YAML valide : ${problem.message}.`,
        hint: 'Corrigez la ligne indiquée (ou celle juste au-dessus) ; chaque thème commence par « - id: ».',
        ...at(problem.position.line, problem.position.column),
      }),
    );
    return;
  }
  const value = yamlValue(source);
  const list = value && typeof value === 'object' && !Array.isArray(value) && 'themes' in value ? value.themes : value;
  const prefix = list === value ? [] : ['themes'];
  if (list === null || list === undefined) {
    diagnostics.push(
      diagnostic({
        code: 'themes-vides',
        severity: 'warning',
        message: 'Le fichier des thèmes est vide : tous les éléments iront dans « Autres ».',
        hint: 'Ajoutez des thèmes : « - id: saisie », « libelle: Saisie et ergonomie »…',
        ...at(1, 1),
      }),
    );
    return;
  }
  if (!Array.isArray(list)) {
    diagnostics.push(
      diagnostic({
        code: 'themes-invalides',
        severity: 'blocking',
        message: 'Le fichier des thèmes doit être une liste de thèmes.',
        hint: 'Chaque thème commence par un tiret : « - id: saisie ».',
        ...at(1, 1),
      }),
    );
    return;
  }
  const seen = new Set<string>();
  list.forEach((entry: unknown, index) => {
    const path = [...prefix, index];
    const parsed = parseTheme(entry, index, (key, target) => {
      const position = positionOf(source, [...path, ...key], target);
      return at(position.line, position.column);
    });
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.theme) return;
    const theme = parsed.theme;
    if (seen.has(theme.id)) {
      const position = positionOf(source, [...prefix, index, 'id']);
      diagnostics.push(
        diagnostic({
          code: 'theme-en-double',
          severity: 'warning',
          message: `Le thème « ${theme.id} » est déclaré deux fois : seule la première déclaration compte.`,
          hint: 'Fusionnez les deux déclarations ou changez l’id de la seconde.',
          ...at(position.line, position.column),
        }),
      );
      return;
    }
    seen.add(theme.id);
    themes.push({ id: theme.id, label: theme.libelle, description: theme.description, keywords: theme.mots_cles });
    aliases.set(
      theme.id,
      (theme.etiquettes ?? []).map((text, i) => ({ text, ...positionOf(source, [...prefix, index, 'etiquettes', i]) })),
    );
  });
}

/** Hashtag index: a theme answers to its id, its label and its aliases, folded. First declaration wins. */
function hashtagIndex(themes: Theme[], aliases: Map<string, Alias[]>, diagnostics: Diagnostic[], file: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const theme of themes) index.set(foldKey(theme.id), theme.id);
  for (const theme of themes) {
    for (const alias of aliases.get(theme.id) ?? []) {
      const key = foldKey(alias.text.replace(/^#/, ''));
      const owner = index.get(key);
      if (owner !== undefined && owner !== theme.id) {
        diagnostics.push(
          diagnostic({
            code: 'etiquette-en-double',
            severity: 'warning',
            message: `L’étiquette « ${alias.text} » du thème « ${theme.id} » désigne déjà le thème « ${owner} ».`,
            hint: 'Retirez-la de l’un des deux thèmes.',
            file,
            line: alias.line,
            column: alias.column,
          }),
        );
      } else if (key) {
        index.set(key, theme.id);
      }
    }
  }
  for (const theme of themes) {
    const key = foldKey(theme.label);
    if (key && !index.has(key)) index.set(key, theme.id);
  }
  return index;
}

type Locate = (path: PropertyKey[], target?: 'key' | 'value') => { file: string; line: number; column: number };
const KNOWN_KEYS = Object.keys(themeSchema.shape);

/**
 * One theme entry. Unknown keys are warnings; a required key missing because it is misspelt
 * (`mots-cles`) is reported once, at the misspelt key.
 */
function parseTheme(entry: unknown, index: number, locate: Locate): { theme: z.output<typeof themeSchema> | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const unknown = (entry && typeof entry === 'object' ? Object.keys(entry) : [])
    .filter((key) => !KNOWN_KEYS.includes(key))
    .map((key) => ({ key, guess: closest(key, KNOWN_KEYS.map((k) => ({ text: k, value: k }))) }));
  const parsed = themeSchema.safeParse(entry, { reportInput: true });
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  const misspelt = issue && issue.path.length === 1 ? unknown.find((u) => u.guess === issue.path[0]) : undefined;
  for (const { key, guess } of unknown) {
    if (key === misspelt?.key) continue;
    diagnostics.push(
      diagnostic({
        code: 'cle-inconnue',
        severity: 'warning',
        message: `Thème n° ${index + 1} : la clé « ${key} » n’est pas connue, elle est ignorée.`,
        hint: guess ? `Vouliez-vous écrire « ${guess} » ?` : `Clés attendues : ${KNOWN_KEYS.join(', ')}.`,
        ...locate([key], 'key'),
      }),
    );
  }
  if (parsed.success) return { theme: parsed.data, diagnostics };
  const field = issue?.path.map(String).join('.') || 'thème';
  diagnostics.push(
    diagnostic({
      code: 'theme-invalide',
      severity: 'blocking',
      message: misspelt
        ? `Thème n° ${index + 1} : la clé « ${misspelt.key} » devrait s’écrire « ${field} ».`
        : `Thème n° ${index + 1}, « ${field} » : ${issue ? frenchIssue(issue) : 'valeur incorrecte'}.`,
      hint: 'Un thème a un id (minuscules, chiffres, tirets), un libelle, une description et une liste mots_cles ; etiquettes est facultatif.',
      ...(misspelt ? locate([misspelt.key], 'key') : locate(issue?.path ?? [])),
    }),
  );
  return { theme: null, diagnostics };
}
