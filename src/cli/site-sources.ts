/**
 * The fingerprint `build` writes into the site (`SOURCES_FILE`) and `export` recomputes before printing
 * the PDF from it (src/export/site-match.ts): what the pages are made of besides the Synthesis.
 * Content hashes only, never a date: two builds of the same sources give the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chaptersDirOf, hasChapters } from '../site/chapters-source.ts';
import { SOURCES_FILE, type SourcesFingerprint } from '../export/site-match.ts';
import { PACKAGE_DIR } from './package-dir.ts';
import { hashTree } from './synthesis-cache.ts';

/** Not hidden files nor backups. */
const isSource = (name: string): boolean => !name.startsWith('.') && !name.endsWith('~');

/** The fingerprint of what `build` reads from the consultation `root` and the package, besides the Synthesis. */
export async function sourcesFingerprint(root: string, packageDir = PACKAGE_DIR): Promise<SourcesFingerprint> {
  const chapters = createHash('sha256');
  const dir = chaptersDirOf(root);
  // The chapters and what they show beside them (`./carte.png`, in a subfolder too); without a chapter,
  // build reads nothing there. Hidden files and backups (`.chapitre.mdx.swp`, `chapitre.mdx~`), which
  // an editor writes while a chapter is open, are no source.
  if (hasChapters(dir)) await hashTree(chapters, dir, dir, isSource);
  const code = createHash('sha256');
  for (const folder of ['src', 'public']) if (existsSync(path.join(packageDir, folder))) await hashTree(code, path.join(packageDir, folder), packageDir);
  for (const file of ['astro.config.mjs', 'package.json', 'package-lock.json']) {
    const full = path.join(packageDir, file);
    if (existsSync(full)) code.update(`${file}\u0000`).update(await readFile(full)).update('\u0000');
  }
  return { chapters: chapters.digest('hex'), code: code.digest('hex') };
}

/** Writes the fingerprint at the root of a built site (after Astro has filled the folder). */
export async function writeSourcesFingerprint(siteDir: string, fingerprint: SourcesFingerprint): Promise<void> {
  await writeFile(path.join(siteDir, SOURCES_FILE), `${JSON.stringify({ chapitres: fingerprint.chapters, code: fingerprint.code }, null, 2)}\n`);
}
