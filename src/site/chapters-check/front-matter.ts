/**
 * A chapter's front matter, as src/content.config.ts requires it (`titre`, `ordre`): checked here in
 * French, where Astro would stop the build with its own English schema error.
 */
import { parse } from 'yaml';
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';

/** The keys Astro reads: the schema's three (src/content.config.ts), and `slug`, which sets the address. */
const KEYS = ['titre', 'ordre', 'resume', 'slug'];

/** The front matter's fields, or null when it is missing or not YAML (checkFrontMatter says so). */
export function frontMatterFields(yaml: string | null): Record<string, unknown> | null {
  if (yaml === null) return null;
  try {
    const data: unknown = parse(yaml);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return null;
  }
}

/** The line of `key:` in the chapter (the front matter starts at line 2), else 1. */
export function frontMatterLine(yaml: string, key: string): number {
  const index = yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 2;
}

const HINT = 'En tête du chapitre : « --- », puis « titre: Mon chapitre » et « ordre: 2 » (sa place dans le livre blanc), puis « --- ».';

/** `read`: the keys the chapter's expressions read (`{frontmatter.auteur}`): not Astro's, but not ignored either. */
export function checkFrontMatter(file: string, yaml: string | null, read: ReadonlySet<string> = new Set()): Diagnostic[] {
  const problem = (message: string, line = 1): Diagnostic => ({ code: 'chapitre-entete', severity: 'blocking', message, hint: HINT, file, line, column: 1 });
  if (yaml === null) return [problem("Le chapitre n’a pas d’en-tête (titre et ordre).")];
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    return [problem(`L’en-tête du chapitre n’est pas du YAML valide : ${(error as Error).message.split('\n')[0] ?? ''}`)];
  }
  const fields = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const lineOf = (key: string) => frontMatterLine(yaml, key);
  const diagnostics: Diagnostic[] = [];
  if (typeof fields.titre !== 'string' || fields.titre.trim() === '') diagnostics.push(problem("Le titre du chapitre (« titre: … ») manque ou est vide.", lineOf('titre')));
  if (!Number.isInteger(fields.ordre)) diagnostics.push(problem("L’ordre du chapitre (« ordre: » suivi d’un nombre entier) manque ou n’est pas un nombre entier.", lineOf('ordre')));
  if (fields.resume !== undefined && typeof fields.resume !== 'string') diagnostics.push(problem('Le résumé du chapitre (« resume: ») doit être un texte.', lineOf('resume')));
  for (const key of Object.keys(fields).filter((k) => !KEYS.includes(k) && !read.has(k))) {
    const guess = closest(key, KEYS.slice(0, 3).map((k) => ({ text: k, value: k })));
    diagnostics.push({
      code: 'chapitre-entete-cle-inconnue',
      severity: 'warning',
      message: `Clé inconnue « ${key} » dans l’en-tête du chapitre : elle serait ignorée.`,
      hint: guess ? `Vouliez-vous dire ${guess} ? (clés possibles : titre, ordre, resume)` : 'Clés possibles : titre, ordre, resume.',
      file,
      line: lineOf(key),
      column: 1,
    });
  }
  return diagnostics;
}

/** The front matter's keys a chapter's expressions read: `frontmatter.auteur`, `frontmatter?.auteur`, `frontmatter["auteur"]`. */
export function frontMatterKeysRead(sources: readonly string[]): Set<string> {
  return new Set(sources.flatMap((source) => frontMatterPaths(source).map((path) => path[0] ?? '')));
}

const STEP = /^\s*(?:\?\.\s*([\p{L}_$][\p{L}\p{N}_$]*)|(?:\?\.)?\[\s*(?:"([^"]*)"|'([^']*)')\s*\]|\.\s*([\p{L}_$][\p{L}\p{N}_$]*))/u;

/** The key paths an expression reads in `frontmatter`: `frontmatter?.a.b` → `['a', 'b']`, `frontmatter['sous-titre']` → `['sous-titre']`. */
export function frontMatterPaths(source: string): string[][] {
  return pathsRead(source, 'frontmatter');
}

/** The key paths an expression reads in the variable `root` (`chiffres.ateliers.total` → `['ateliers', 'total']`). */
export function pathsRead(source: string, root: string): string[][] {
  const paths: string[][] = [];
  const escaped = root.replace(/\$/g, '\\$');
  for (const match of source.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_$.])${escaped}(?![\\p{L}\\p{N}_$])`, 'gu'))) {
    const keys: string[] = [];
    let rest = source.slice((match.index ?? 0) + match[0].length);
    for (let step = STEP.exec(rest); step; step = STEP.exec(rest)) {
      keys.push(step[1] ?? step[2] ?? step[3] ?? step[4] ?? '');
      rest = rest.slice(step[0].length);
    }
    if (keys.length) paths.push(keys);
  }
  return paths;
}

/** `frontmatter.auteur.nom`, `frontmatter['sous-titre']`: a path as JavaScript reads it. */
export function frontMatterAccess(path: readonly string[], root = 'frontmatter'): string {
  return `${root}${path.map((key) => (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key) ? `.${key}` : `['${key.replace(/['\\]/g, '\\$&')}']`)).join('')}`;
}

