/**
 * The data a chapter's expressions read, checked alike: the front matter, and the JSON files the
 * chapter imports (json-imports.ts), each under the name the chapter gives it.
 */
import path from 'node:path';
import { pathsRead } from './front-matter.ts';
import { unknownNames } from './expressions.ts';
import type { JsonImport } from './json-imports.ts';

/** The chapter's JSON imports that could be read (json-imports.ts), and their values by the name the chapter gives them. */
export interface ChapterData {
  imports: readonly JsonImport[];
  values: Readonly<Record<string, unknown>>;
}

export const NO_DATA: ChapterData = { imports: [], values: {} };

/** Where an expression's data comes from: the front matter, or a JSON file (named as the chapter imports it). */
export interface DataSource {
  root: string;
  value: unknown;
  /** The JSON file's name (`chiffres.json`); absent for the front matter. */
  file?: string;
  /** Where the name is in the file: `['total']` for `import { total } from …`, none for the whole file. */
  within?: string[];
  /** `import * as chiffres from …`: its keys and `default`, the whole file. */
  namespace?: boolean;
}

export function dataSources(frontMatter: Readonly<Record<string, unknown>>, data: ChapterData): DataSource[] {
  return [
    { root: 'frontmatter', value: frontMatter },
    ...data.imports.flatMap((i) =>
      i.bindings
        .filter((b) => b.local in data.values)
        .map((b) => ({ root: b.local, value: data.values[b.local], file: path.posix.basename(i.specifier), within: b.imported === '*' || b.imported === 'default' ? [] : [b.imported], namespace: b.imported === '*' })),
    ),
  ];
}

/** Whether an expression reads the front matter or a JSON file: a path in either (`chiffres.total`), or a JSON import's name alone (`{total}` of `import { total } from …`). */
export function readsData(source: string, sources: readonly DataSource[]): boolean {
  if (sources.some((data) => pathsRead(source, data.root).length)) return true;
  const files = new Set(sources.filter((data) => data.file !== undefined).map((data) => data.root));
  return files.size > 0 && unknownNames(source, NOTHING).some((name) => files.has(name));
}

const NOTHING: ReadonlySet<string> = new Set();
