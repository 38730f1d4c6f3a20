/**
 * A chapter's front matter, as src/content.config.ts requires it (`titre`, `ordre`): checked here in
 * French, where Astro would stop the build with its own English schema error.
 */
import { parse } from 'yaml';
import type { Diagnostic } from '../../pipeline/model.ts';

const HINT = 'En tête du chapitre : « --- », puis « titre: Mon chapitre » et « ordre: 2 » (sa place dans le livre blanc), puis « --- ».';

export function checkFrontMatter(file: string, yaml: string | null): Diagnostic[] {
  const problem = (message: string, line = 1): Diagnostic => ({ code: 'chapitre-entete', severity: 'blocking', message, hint: HINT, file, line, column: 1 });
  if (yaml === null) return [problem("Le chapitre n’a pas d’en-tête (titre et ordre).")];
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    return [problem(`L’en-tête du chapitre n’est pas du YAML valide : ${(error as Error).message.split('\n')[0] ?? ''}`)];
  }
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const lineOf = (key: string) => {
    const index = yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return index < 0 ? 1 : index + 2;
  };
  const diagnostics: Diagnostic[] = [];
  if (typeof fields.titre !== 'string' || fields.titre.trim() === '') diagnostics.push(problem("Le titre du chapitre (« titre: … ») manque ou est vide.", lineOf('titre')));
  if (!Number.isInteger(fields.ordre)) diagnostics.push(problem("L’ordre du chapitre (« ordre: » suivi d’un nombre entier) manque ou n’est pas un nombre entier.", lineOf('ordre')));
  if (fields.resume !== undefined && typeof fields.resume !== 'string') diagnostics.push(problem('Le résumé du chapitre (« resume: ») doit être un texte.', lineOf('resume')));
  return diagnostics;
}
