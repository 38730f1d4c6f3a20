/**
 * What the check says of a chapter's code it ran (evaluate.ts): an expression or an `export` line that
 * throws (blocking: the build would stop there), one that shows nothing, or a value shown as raw text.
 */
import type { Diagnostic } from '../../pipeline/model.ts';
import type { DataSource } from './chapter-data.ts';
import type { FrontMatterInExport } from './export-front-matter.ts';
import { frenchError } from './french-error.ts';
import { fieldHint, missingField } from './missing-field.ts';
import type { Expression, Place } from './parse.ts';
import { dateHint, type RawText } from './raw-values.ts';

export const FAILING_EXPRESSION = 'chapitre-expression-en-erreur';
export const EMPTY_EXPRESSION = 'chapitre-expression-vide';
export const RAW_EXPRESSION = 'chapitre-expression-texte-brut';

type ThrownError = { name: string; message: string };

/** The expression as the author wrote it: `{…}`, or `prop={…}`. */
export function written(expression: Expression): string {
  return expression.prop ? `${expression.prop}={${expression.source}}` : `{${expression.source}}`;
}

/** A text quoted in a message, cut to 60 characters. */
function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export function failing(file: string, expression: Expression, error: ThrownError, frontMatter: Readonly<Record<string, unknown>>, sources: readonly DataSource[]): Diagnostic {
  const missing = missingField(expression.source, sources);
  return {
    code: FAILING_EXPRESSION,
    severity: 'blocking',
    message: `${written(expression)} : ce code échoue quand la page est construite (${frenchError(error)}) ; la construction s’arrêterait là.`,
    hint: missing ? fieldHint(missing) : (dateHint(expression.source, error.message, frontMatter) ?? 'Corrigez l’expression, ou écrivez la valeur telle quelle (sans accolades).'),
    file,
    line: expression.line,
    column: expression.column,
  };
}

export function rawDiagnostic(file: string, expression: Expression, raw: RawText): Diagnostic {
  return {
    code: RAW_EXPRESSION,
    severity: 'warning',
    message: `${written(expression)} s’afficherait « ${shortened(raw.shown)} » : ${raw.why}.`,
    hint: raw.hint,
    file,
    line: expression.line,
    column: expression.column,
  };
}

/** `export const titreCourt = frontmatter.titre.slice(0, 15)`: see export-front-matter.ts. */
export function frontMatterInExportDiagnostic(file: string, read: FrontMatterInExport): Diagnostic {
  const instead = read.declared
    ? `Écrivez {${read.declared.value}} dans le texte, à la place de {${read.declared.name}} ; ou faites-en une fonction, lue quand la page est construite : « export const ${read.declared.name} = () => ${read.declared.value} », puis {${read.declared.name}()} dans le texte.`
    : 'Lisez l’en-tête dans le texte ({frontmatter.titre}), ou dans une fonction que le texte appelle (« export const f = () => frontmatter.titre », puis {f()}).';
  return {
    code: FAILING_EXPRESSION,
    severity: 'blocking',
    message: `« ${shortened(read.text)} » : en MDX, l’en-tête du chapitre (frontmatter) n’existe pas encore quand les lignes « export » s’exécutent (il y vaut undefined) ; la construction s’arrêterait là, ou la valeur serait vide.`,
    hint: instead,
    file,
    line: read.line,
    column: read.column,
  };
}

export function failingBlock(file: string, block: Place & { source: string }, error: ThrownError, sources: readonly DataSource[]): Diagnostic {
  const first = block.source.trim().split('\n')[0] ?? '';
  const missing = missingField(block.source, sources);
  return {
    code: FAILING_EXPRESSION,
    severity: 'blocking',
    message: `« ${shortened(first)} » : ce code échoue quand la page est construite (${frenchError(error)}) ; la construction s’arrêterait là.`,
    hint: missing
      ? `${fieldHint(missing)} Les expressions qui lisent ce que cette ligne définit ne sont vérifiées qu’une fois la ligne corrigée.`
      : 'Corrigez cette ligne « export » ; les expressions qui lisent ce qu’elle définit ne sont vérifiées qu’une fois corrigée.',
    file,
    line: block.line,
    column: block.column,
  };
}

export function empty(file: string, expression: Expression, sources: readonly DataSource[]): Diagnostic {
  const missing = missingField(expression.source, sources);
  return {
    code: EMPTY_EXPRESSION,
    severity: 'warning',
    message: `${written(expression)} ne vaut rien (undefined) : la page n’affichera rien à sa place.`,
    hint: missing ? fieldHint(missing) : 'Vérifiez l’expression, ou écrivez le texte voulu sans accolades.',
    file,
    line: expression.line,
    column: expression.column,
  };
}
