/**
 * The folder `export` writes into: it must be a folder (or one to create), and it must not keep files
 * an earlier export wrote that this one did not — a PDF printed from an older site beside spreadsheets
 * of the current synthesis would give the bureau two sets of figures. What an export wrote is listed in
 * the folder (`EXPORT_LIST_FILE`); only those files, and the PDF, are ever removed: the user's own stay.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './args.ts';
import { PDF_NAME } from '../export/index.ts';

/** The list of the files the last export wrote, beside them (hidden on Linux and macOS). */
export const EXPORT_LIST_FILE = '.livre-blanc-export.json';

/** Throws a French usage error when `outDir`, or a folder above it, is a file: nothing could be written there. */
export function checkExportFolder(outDir: string): void {
  for (let at = outDir; ; at = path.dirname(at)) {
    if (existsSync(at)) {
      if (statSync(at).isDirectory()) return;
      throw new UsageError(
        at === outDir
          ? `« ${outDir} » est un fichier, pas un dossier : les exports ne peuvent pas y être écrits. Indiquez un dossier, existant ou à créer (par exemple --out exports).`
          : `« ${at} » est un fichier, pas un dossier : le dossier « ${outDir} » ne peut pas y être créé. Indiquez un autre dossier (par exemple --out exports).`,
      );
    }
    if (path.dirname(at) === at) return;
  }
}

/**
 * The files an earlier export left in `outDir`: those its list names, and the PDF, which every export
 * may write (a folder exported before the list existed has no list, but may have a PDF).
 */
export async function previousExportFiles(outDir: string): Promise<string[]> {
  const names = new Set<string>();
  try {
    const listed = (JSON.parse(await readFile(path.join(outDir, EXPORT_LIST_FILE), 'utf8')) as { fichiers?: unknown }).fichiers;
    // Plain names only: a list edited by hand must not reach outside the folder.
    if (Array.isArray(listed)) for (const name of listed) if (typeof name === 'string' && isPlainName(name)) names.add(name);
  } catch {
    // No list, or unreadable: only the PDF is known to be an export's.
  }
  names.add(PDF_NAME);
  const present: string[] = [];
  for (const name of names) if ((await stat(path.join(outDir, name)).catch(() => null))?.isFile()) present.push(name);
  return present.sort();
}

function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && name !== EXPORT_LIST_FILE && !/[/\\]/.test(name) && path.basename(name) === name;
}

/** Removes each of `names` from `outDir` (files only, never a folder). */
export async function removeFiles(outDir: string, names: readonly string[]): Promise<void> {
  for (const name of names) await rm(path.join(outDir, name), { force: true });
}

/** Records what this export wrote, for the next one to remove what it no longer writes. */
export async function writeExportList(outDir: string, names: readonly string[]): Promise<void> {
  await writeFile(path.join(outDir, EXPORT_LIST_FILE), `${JSON.stringify({ fichiers: [...names].sort() }, null, 2)}\n`);
}

/** The command's line for a file removed, in French. */
export function removedLine(name: string): string {
  return name === PDF_NAME
    ? `✗ ${name} supprimé — celui d’un export précédent : non réimprimé cette fois, il ne montrerait peut-être pas les chiffres des autres fichiers\n`
    : `✗ ${name} supprimé — écrit par un export précédent, il ne fait plus partie des exports\n`;
}
