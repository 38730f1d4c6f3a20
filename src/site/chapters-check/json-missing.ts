/**
 * A JSON file a chapter imports that is not there (`import chiffres from './chifres.json'`): the build
 * would stop on Vite's English UNRESOLVED_IMPORT. Said at the import's line, with the consultation's
 * JSON file whose name is nearest, written as the import should write it.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../pipeline/model.ts';
import { closest, type Candidate } from '../../pipeline/text/closest.ts';
import type { JsonFolders, JsonImport } from './json-imports.ts';

export const JSON_NOT_FOUND = 'chapitre-json-introuvable';

/** Folders deep enough for a consultation's content, few enough to list at each check. */
const MAX_DEPTH = 4;
const MAX_FILES = 500;

export function missingJson(file: string, imported: JsonImport, folders: JsonFolders): Diagnostic {
  const name = path.posix.basename(imported.specifier);
  const near = nearestJson(imported.specifier, folders);
  return {
    code: JSON_NOT_FOUND,
    severity: 'blocking',
    message: `« ${imported.statement} » : le fichier ${imported.specifier} est introuvable ; la construction s’arrêterait là.`,
    hint: near
      ? `Vouliez-vous dire '${near}' ? Le chemin se lit depuis le dossier du chapitre.`
      : `Placez ${name} dans le dossier du chapitre et écrivez './${name}', ou corrigez le chemin (il se lit depuis le dossier du chapitre).`,
    file,
    line: imported.line,
    column: imported.column,
  };
}

/**
 * The content folder's JSON file nearest to the one written, as a path from the chapter's folder
 * (`./chiffres.json`, `../partage/communs.json`): by name, those of the folder written first (a tie goes
 * to them), then by the whole path.
 */
function nearestJson(specifier: string, folders: JsonFolders): string | null {
  const written = path.resolve(folders.chapterDir, specifier);
  const files = jsonFiles(folders.contentDir).sort((a, b) => Number(path.dirname(b) === path.dirname(written)) - Number(path.dirname(a) === path.dirname(written)) || a.localeCompare(b));
  const asWritten = (target: string) => {
    const relative = path.relative(folders.chapterDir, target).split(path.sep).join('/');
    return relative.startsWith('../') ? relative : `./${relative}`;
  };
  const candidates: Candidate<string>[] = files.map((target) => ({ text: path.basename(target), value: asWritten(target) }));
  return closest(path.posix.basename(specifier), candidates) ?? closest(specifier, files.map((target) => ({ text: asWritten(target), value: asWritten(target) })));
}

/** The `.json` files of a folder and its subfolders (hidden ones and node_modules aside). */
function jsonFiles(folder: string, depth = 0, found: string[] = []): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (found.length >= MAX_FILES || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) jsonFiles(full, depth + 1, found);
    else if (entry.isFile() && /\.json$/i.test(entry.name)) found.push(full);
  }
  return found;
}
