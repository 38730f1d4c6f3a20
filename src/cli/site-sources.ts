/**
 * The fingerprint `build` writes into the site (`SOURCES_FILE`) and `export` recomputes before printing
 * the PDF from it (src/export/site-match.ts): what the pages are made of besides the Synthesis.
 * Content hashes only, never a date: two builds of the same sources give the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chaptersDirOf, hasChapters } from '../site/chapters-source.ts';
import { SOURCES_FILE, type SourcesFingerprint } from '../export/site-match.ts';
import { PACKAGE_DIR } from './package-dir.ts';
import { hashTree } from './synthesis-cache.ts';

/** The fingerprint of what `build` reads from the consultation `root` and the package, besides the Synthesis. */
export async function sourcesFingerprint(root: string, packageDir = PACKAGE_DIR): Promise<SourcesFingerprint> {
  const chapters = createHash('sha256');
  const dir = chaptersDirOf(root);
  // The files Astro loads (`*.mdx`, content.config.ts); without any, build reads no chapter at all.
  if (hasChapters(dir)) {
    const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.mdx')).map((e) => e.name).sort();
    for (const name of names) chapters.update(`${name}\u0000`).update(await readFile(path.join(dir, name))).update('\u0000');
  }
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
