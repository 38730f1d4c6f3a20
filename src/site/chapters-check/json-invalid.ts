/**
 * An imported JSON file that is not JSON (json-imports.ts): Vite would stop the build on it. Said at the
 * import's line, with the place in the file of what JSON.parse stopped on, in French.
 */
import path from 'node:path';
import type { Diagnostic } from '../../pipeline/model.ts';
import type { JsonImport } from './json-imports.ts';

export const INVALID_JSON = 'chapitre-json-invalide';

export function invalidJson(file: string, imported: JsonImport, text: string, message: string): Diagnostic {
  const body = text.replace(/^\uFEFF/, '');
  let offset = errorOffset(body, message);
  const found = body[offset];
  // `[1, 2,]`, `{ "a": 1, }`: JSON.parse stops at the bracket; the mistake is the comma before it.
  const comma = found === '}' || found === ']' ? body.slice(0, offset).trimEnd().length - 1 : -1;
  if (comma >= 0 && body[comma] === ',') offset = comma;
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const what =
    offset === comma
      ? 'virgule après le dernier élément'
      : found === undefined || (found.trim() === '' && offset >= body.trimEnd().length)
        ? 'le fichier s’arrête avant la fin du JSON'
        : `caractère inattendu « ${found} »`;
  const name = path.posix.basename(imported.specifier);
  return {
    code: INVALID_JSON,
    severity: 'blocking',
    message: `« ${imported.statement} » : ${name} n’est pas du JSON valide (ligne ${line}, colonne ${column} : ${what}) ; la construction s’arrêterait là.`,
    hint: `Corrigez ${name} à la ligne ${line} : en JSON, les textes et les clés s’écrivent entre guillemets droits ("…"), sans virgule après le dernier élément d’une liste ou d’un objet, et sans commentaire.`,
    file,
    line: imported.line,
    column: imported.column,
  };
}

/** Where JSON.parse stopped: V8 says « at position N » (and « line L column C »), or nothing at the end of the text. */
function errorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Math.min(Number(position), text.length);
  // « Unexpected token 'x', "…" is not valid JSON »: the first such character.
  const token = /^Unexpected token '(.)'/.exec(message)?.[1];
  if (token !== undefined && text.includes(token)) return text.indexOf(token);
  return text.trimEnd().length;
}
