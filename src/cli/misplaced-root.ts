/**
 * `check --root` given a folder that is not a consultation's root: a region's folder of notes, the
 * `content/` folder, or a folder of notes never filed under `content/ateliers/`. Read as a
 * consultation, it has nothing to publish, and the report speaks of consultation.yml and themes.yml
 * instead of the notes that are right there. Said instead: how many notes it holds, and where to
 * run from.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { NOTES_DIR, SURVEYS_DIR } from '../pipeline/io/folders.ts';
import { plural } from '../pipeline/text/plural.ts';

/** Folders and files looked at below the root, at most: a wrong root may be a home folder. */
const MAX_ENTRIES = 20_000;
const SKIPPED = new Set(['node_modules', 'dist', '.git']);

/** The message that says where to run from, or null when `root` is a consultation (or holds no note). */
export function misplacedRoot(root: string): string | null {
  // A missing folder or a file: runPipeline says so.
  if (!isDirectory(root) || isConsultation(root)) return null;
  const notes = notesBelow(root);
  const outer = consultationAbove(root);
  const holds = notes === 0 ? 'Ce dossier ne contient aucune note' : `Ce dossier contient ${plural(notes, 'note')} d’atelier (.md)`;
  if (outer !== null)
    return (
      `${holds}, et il est à l’intérieur de la consultation ${outer} : le tir à blanc se lance depuis la racine de la consultation, ` +
      `qui contient ${NOTES_DIR}/ et ${SURVEYS_DIR}/.\nLancez : livre-blanc check --root ${quoted(outer)}`
    );
  if (notes === 0) return null;
  return (
    `${holds}, mais pas sous ${NOTES_DIR}/ : le tir à blanc lit les notes d’une consultation, rangées dans ${NOTES_DIR}/<région>/ ` +
    `(par exemple ${NOTES_DIR}/bretagne/2026-10-01-rennes.md).\nRangez-les ainsi dans un dossier de consultation (« livre-blanc init DOSSIER » en crée un), ` +
    `puis lancez depuis sa racine : livre-blanc check --root <dossier de la consultation>`
  );
}

function isConsultation(folder: string): boolean {
  return isDirectory(path.join(folder, NOTES_DIR)) || isDirectory(path.join(folder, SURVEYS_DIR)) || existsSync(path.join(folder, 'content/consultation.yml'));
}

/** The nearest folder above `folder` that is a consultation's root, or null. */
function consultationAbove(folder: string): string | null {
  let current = path.dirname(folder);
  while (current !== path.dirname(current)) {
    if (isConsultation(current)) return current;
    current = path.dirname(current);
  }
  return isConsultation(current) ? current : null;
}

/** Markdown files below `folder` (sub-folders included, within MAX_ENTRIES). */
function notesBelow(folder: string): number {
  let count = 0;
  let seen = 0;
  const pending = [folder];
  while (pending.length > 0 && seen < MAX_ENTRIES) {
    const current = pending.pop() as string;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) break;
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      if (entry.isDirectory()) pending.push(path.join(current, entry.name));
      else if (entry.isFile() && /\.md$/i.test(entry.name) && !/^readme\.md$/i.test(entry.name)) count++;
    }
  }
  return count;
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function quoted(folder: string): string {
  return /[\s"'$`\\]/.test(folder) ? `"${folder.replace(/(["$`\\])/g, '\\$1')}"` : folder;
}
