/**
 * A key an expression reads in the front matter or an imported JSON file, and that is not there: the
 * first one of its path, and the hint that says where to add it, or the name it may have meant.
 */
import { closest } from '../../pipeline/text/closest.ts';
import type { DataSource } from './chapter-data.ts';
import { frontMatterAccess, pathsRead } from './front-matter.ts';

export interface Missing {
  path: string[];
  within: Record<string, unknown>;
  source: DataSource;
}

/**
 * The first key of a `frontmatter.a.b.c` (or `frontmatter?.a`, `frontmatter['a-b']`, `chiffres.a.b` of a
 * JSON import) of the expression that its data lacks: its path up to that key (`['auteur']`,
 * `['auteur', 'nom']`), the object it was looked for in, and the data it was read in.
 */
export function missingField(source: string, sources: readonly DataSource[]): Missing | null {
  for (const data of sources) {
    for (const keys of pathsRead(source, data.root)) {
      let within: unknown = data.value;
      for (const [index, key] of keys.entries()) {
        if (typeof within !== 'object' || within === null || Array.isArray(within)) break;
        const record = within as Record<string, unknown>;
        if (!(key in record) || record[key] === undefined || record[key] === null) return { path: keys.slice(0, index + 1), within: record, source: data };
        within = record[key];
      }
    }
  }
  return null;
}

export function fieldHint(missing: Missing): string {
  const key = missing.path.at(-1) ?? '';
  const parents = missing.path.slice(0, -1);
  // A namespace import's `default` is the whole file, not one of its keys.
  const keys = Object.keys(missing.within).filter((k) => !(missing.within === missing.source.value && missing.source.namespace && k === 'default'));
  const near = closest(key, keys.map((k) => ({ text: k, value: k })));
  const { file, root, value, within = [] } = missing.source;
  const inFile = [...within, ...parents];
  const fix = file
    ? inFile.length === 0
      ? `${file} n’a pas de clé « ${key} » (ou elle est vide) : ajoutez-la, ou corrigez le nom.`
      : `Dans ${file}, « ${inFile.join('.')} » n’a pas de clé « ${key} » (ou elle est vide) : ajoutez-la, ou corrigez le nom.`
    : parents.length === 0
      ? `L’en-tête du chapitre n’a pas de « ${key}: » (ou il est vide) : ajoutez-le entre les « --- » du début, ou corrigez le nom.`
      : `Dans l’en-tête du chapitre, « ${parents.join('.')} » n’a pas de « ${key}: » (ou il est vide) : ajoutez-le, ou corrigez le nom.`;
  // The front matter's own keys are the chapter's title and order: listed, they would help no one.
  const listed = keys.length > 0 && (file !== undefined || missing.within !== value);
  const suggestion = near ? ` Vouliez-vous dire ${frontMatterAccess([...parents, near], root)} ?` : listed ? ` Clés présentes : ${keys.join(', ')}.` : '';
  return `${fix}${suggestion}`;
}
