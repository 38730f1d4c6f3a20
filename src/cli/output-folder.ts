/**
 * Whether `build` may replace its output folder: it empties it, so it must be a folder of its own —
 * not one that holds the sources or the user's home, not a file, and not a folder of other files.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { isInside } from './astro-build.ts';
import { UsageError } from './args.ts';
import { PACKAGE_DIR } from './package-dir.ts';

/** What a folder written by `build` holds: another build may replace it. */
const SITE_MARKERS = ['index.html', '_astro'];

/** Throws a French usage error when `outDir` must not be replaced. */
export function checkOutputFolder(outDir: string, root: string, cwd = process.cwd()): void {
  for (const precious of [cwd, root, PACKAGE_DIR, os.homedir()]) {
    if (outDir === precious || isInside(precious, outDir)) {
      throw new UsageError(`Le dossier de sortie « ${outDir} » contient les sources ou votre dossier personnel : il serait vidé. Choisissez un dossier dédié (par exemple --out dist).`);
    }
  }
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) {
    throw new UsageError(`« ${outDir} » est un fichier, pas un dossier : il serait remplacé par le site. Choisissez un dossier dédié (par exemple --out dist).`);
  }
  const names = readdirSync(outDir);
  if (names.length > 0 && !SITE_MARKERS.some((name) => names.includes(name))) {
    throw new UsageError(
      `Le dossier « ${outDir} » contient d’autres fichiers qu’un site construit (${names.slice(0, 3).join(', ')}${names.length > 3 ? '…' : ''}) : ` +
        'il serait vidé. Choisissez un dossier vide ou dédié (par exemple --out dist).',
    );
  }
}
