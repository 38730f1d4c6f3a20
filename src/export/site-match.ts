/**
 * Whether a built site shows what is being exported. The PDF is printed from the site, so a site
 * built from other data, from an older state of the data or of the chapters, or by another version of
 * livre-blanc, would give a PDF that disagrees with the spreadsheets written beside it, or with the
 * chapters as they now read. Every built site publishes its Synthesis (`telechargements/synthese.json`,
 * the same bytes for the same Synthesis: the figures, the title and the other settings of
 * consultation.yml) and a fingerprint of the rest it was built from (`SOURCES_FILE`: the chapters'
 * sources and the code that renders them). Both are content hashes: a rebuild gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DOWNLOADS_DIR } from '../site/downloads.ts';
import { SYNTHESIS_JSON } from '../site/synthesis-json.ts';

/** `unknown`: the site publishes nothing to compare (built without its downloads, or before fingerprints). */
export type SiteMatch = 'same' | 'different' | 'unknown';

/** At the site's root, written by `build` (src/cli/site-sources.ts computes it). */
export const SOURCES_FILE = 'empreinte-des-sources.json';

/** What a site was built from besides its Synthesis, as SHA-256 digests. */
export interface SourcesFingerprint {
  /** The chapters and their images (every file of `content/livre-blanc/` but hidden ones and backups): names and bytes. */
  chapters: string;
  /** The code that renders the pages (src/, public/, Astro's config, the locked dependencies). */
  code: string;
}

/** Compares the site's published Synthesis with `exportedJson` (the `synthese.json` just exported). */
export async function siteMatchesSynthesis(siteDir: string, exportedJson: string): Promise<SiteMatch> {
  const published = path.join(siteDir, DOWNLOADS_DIR, SYNTHESIS_JSON);
  const [site, exported] = await Promise.all([stat(published).catch(() => null), stat(exportedJson)]);
  if (!site?.isFile()) return 'unknown';
  // Different sizes settle it without reading hundreds of megabytes (a million items).
  if (site.size !== exported.size) return 'different';
  const [a, b] = await Promise.all([sha256(published), sha256(exportedJson)]);
  return a === b ? 'same' : 'different';
}

/** Compares the fingerprint a site was built with to the current one, part by part. */
export async function siteMatchesSources(siteDir: string, current: SourcesFingerprint): Promise<{ chapters: SiteMatch; code: SiteMatch }> {
  let written: { chapitres?: unknown; code?: unknown };
  try {
    written = JSON.parse(await readFile(path.join(siteDir, SOURCES_FILE), 'utf8')) as typeof written;
  } catch {
    return { chapters: 'unknown', code: 'unknown' };
  }
  const match = (value: unknown, expected: string): SiteMatch => (typeof value !== 'string' ? 'unknown' : value === expected ? 'same' : 'different');
  return { chapters: match(written.chapitres, current.chapters), code: match(written.code, current.code) };
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
