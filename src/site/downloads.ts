/**
 * The files offered on the downloads page. `livre-blanc build` writes the exports (src/export) before
 * building the site and passes their list through `LIVRE_BLANC_DOWNLOADS` (a JSON manifest), then
 * copies them to `<out>/telechargements/`. Without it (e.g. `astro dev`) only the JSON endpoint is listed.
 */
import { existsSync, readFileSync } from 'node:fs';

export const DOWNLOADS_ENV = 'LIVRE_BLANC_DOWNLOADS';
export const DOWNLOADS_DIR = 'telechargements';

export interface Download {
  file: string;
  description: string;
  bytes: number;
}

export function readDownloads(): Download[] {
  const manifest = process.env[DOWNLOADS_ENV];
  if (!manifest || !existsSync(manifest)) return [];
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as Download[];
  return [...parsed].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/**
 * `12 345` bytes → `12,1 Ko`, with a narrow no-break space before the unit (as Intl's unit style
 * writes it): the PDF's size is written into the page after the pages' typography pass (src/middleware.ts).
 */
export function formatBytes(bytes: number): string {
  const f = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes}\u202fo`;
  if (bytes < 1024 * 1024) return `${f.format(bytes / 1024)}\u202fKo`;
  return `${f.format(bytes / 1024 / 1024)}\u202fMo`;
}

export function formatOf(file: string): string {
  const ext = file.slice(file.lastIndexOf('.') + 1).toUpperCase();
  return ext === 'TXT' ? 'Texte' : ext;
}
