/**
 * What an imported JSON file's module exports, as Vite's JSON plugin writes it, and a named import
 * (`import { totl } from './chiffres.json'`) it does not export: the build would stop there (MISSING_EXPORT).
 */
import path from 'node:path';
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest } from '../../pipeline/text/closest.ts';
import type { JsonBinding, JsonImport } from './json-imports.ts';

export const MISSING_JSON_KEY = 'chapitre-json-cle-absente';

/** A name Vite exports a key by (`total`, `ateliers`): an identifier, as its JSON plugin writes them. */
const IDENTIFIER = /^[$_\p{ID_Start}][$\u200c\u200d\p{ID_Continue}]*$/u;

/** What the file's module exports, as Vite writes it: `default`, and each top-level key of an object that is a name. */
export function exportsOf(data: unknown): Map<string, unknown> {
  const exported = new Map<string, unknown>();
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) if (key !== 'default' && IDENTIFIER.test(key)) exported.set(key, value);
  }
  exported.set('default', data);
  return exported;
}

export function missingKey(file: string, imported: JsonImport, binding: JsonBinding, exported: ReadonlyMap<string, unknown>): Diagnostic {
  const name = path.posix.basename(imported.specifier);
  const keys = [...exported.keys()].filter((key) => key !== 'default');
  const near = closest(binding.imported, keys.map((key) => ({ text: key, value: key })));
  const renamed = binding.local === binding.imported ? '' : ` as ${binding.local}`;
  return {
    code: MISSING_JSON_KEY,
    severity: 'blocking',
    message: `« ${imported.statement} » : ${name} n’a pas de clé « ${binding.imported} » au premier niveau ; la construction s’arrêterait là.`,
    hint: near
      ? `Vouliez-vous dire { ${near}${renamed} } ?`
      : keys.length
        ? `Clés de ${name} qu’on peut importer ainsi : ${keys.join(', ')} ; ou importez le fichier entier (import donnees from '${imported.specifier}').`
        : `${name} n’est pas un objet à clés : importez-le entier (import donnees from '${imported.specifier}').`,
    file,
    line: imported.line,
    column: imported.column,
  };
}
