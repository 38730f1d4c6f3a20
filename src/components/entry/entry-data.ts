/**
 * Build-time data of /saisie (server side only): the consultation's theme taxonomy, as the text of
 * `data/themes.yml`, so that the form resolves `#tags` and suggests themes exactly as `check` does, and
 * the public figures' names (`noms_publics`) its anonymiser lets stay, as `check`'s does.
 * The root is `LIVRE_BLANC_ROOT` (set by whoever builds for another consultation), else the current
 * directory, the same convention as the site's own Synthesis loader.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TextFile } from '../../pipeline/io/consultation-input.ts';
import { THEMES_FILE } from '../../pipeline/referentiels/themes.ts';
import { readSettings, SETTINGS_FILE } from '../../pipeline/settings.ts';
import { ROOT_ENV } from '../../site/synthesis.ts';

function consultationFile(name: string): TextFile | null {
  const root = process.env[ROOT_ENV] ?? process.cwd();
  const file = path.join(root, name);
  return existsSync(file) ? { file: name, content: readFileSync(file, 'utf8') } : null;
}

export function entryThemesFile(): TextFile | null {
  return consultationFile(THEMES_FILE);
}

/** Public figures only, never the names to mask (the pseudonym table must never reach a browser). */
export function entryPublicNames(): string[] {
  return readSettings(consultationFile(SETTINGS_FILE)).publicNames;
}
