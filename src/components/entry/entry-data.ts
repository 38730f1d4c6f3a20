/**
 * Build-time data of /saisie (server side only): the consultation's theme taxonomy, as the text of
 * `data/themes.yml`, so that the form resolves `#tags` and suggests themes exactly as `check` does.
 * The root is `LIVRE_BLANC_ROOT` (set by whoever builds for another consultation), else the current
 * directory, the same convention as the site's own Synthesis loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TextFile } from '../../pipeline/io/consultation-input.ts';
import { THEMES_FILE } from '../../pipeline/referentiels/themes.ts';
import { ROOT_ENV } from '../../site/synthesis.ts';

export function entryThemesFile(): TextFile | null {
  const root = process.env[ROOT_ENV] ?? process.cwd();
  const file = path.join(root, THEMES_FILE);
  return existsSync(file) ? { file: THEMES_FILE, content: readFileSync(file, 'utf8') } : null;
}
