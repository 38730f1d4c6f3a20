/**
 * The source files a module runs: itself and every file it imports by a relative path, followed
 * through. The downloads are cached by the code that writes them (downloads-cache.ts), and that code
 * reaches beyond src/export/ (the site's labels, the search's identical answers): a key over one
 * folder would keep serving spreadsheets written by the old code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`: relative specifiers only (packages are in the lock file). */
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** Absolute paths of `entries` and everything they import relatively, sorted. */
export async function codeClosure(entries: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(RELATIVE_IMPORT)) pending.push(path.resolve(path.dirname(file), match[1] as string));
  }
  return [...seen].sort();
}
