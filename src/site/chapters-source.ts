/**
 * Where the white paper's chapters are read from, and whether there are any. Shared by the content
 * config, the pages and `build`, so that a consultation without chapters is said once, in French,
 * rather than by Astro's English warnings (a missing glob base, an empty collection).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT_ENV } from './synthesis.ts';

/** Set by `livre-blanc build`: the chapters' folder (or an empty one when there are none). */
export const CHAPTERS_ENV = 'LIVRE_BLANC_CHAPTERS';

/** The chapters' folder, relative to a consultation root (`/` separators, as diagnostics name files). */
export const CHAPTERS_FOLDER = 'content/livre-blanc';

/** `content/livre-blanc/` of a consultation root. */
export function chaptersDirOf(root: string): string {
  return path.join(root, ...CHAPTERS_FOLDER.split('/'));
}

/** Whether a file (relative to the root, `/` separators) is a chapter. */
export function isChapterFile(file: string): boolean {
  return file.startsWith(`${CHAPTERS_FOLDER}/`) && file.endsWith('.mdx') && !file.slice(CHAPTERS_FOLDER.length + 1).includes('/');
}

/** The folder the site reads its chapters from: `LIVRE_BLANC_CHAPTERS`, else that of `LIVRE_BLANC_ROOT`, else the demo's. */
export function chaptersDir(env: NodeJS.ProcessEnv = process.env): string {
  return env[CHAPTERS_ENV] ?? chaptersDirOf(env[ROOT_ENV] ?? '.');
}

/** Whether a folder holds at least one chapter (`*.mdx`). */
export function hasChapters(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.mdx'));
}

/** The notice for a consultation without chapters (`dir` as the user would type it). */
export function noChaptersNotice(dir: string): string {
  return (
    `Aucun chapitre dans ${dir}/ (fichiers .mdx) : le site montrera les données de la consultation, ` +
    "sans texte de synthèse. Voir « Ce que l'on écrit » dans docs/formats.md."
  );
}
