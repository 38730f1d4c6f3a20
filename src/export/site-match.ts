/**
 * Whether a built site shows the Synthesis being exported. The PDF is printed from the site, so a site
 * built from other data, or from an older state of the data, would give a PDF whose figures disagree
 * with the spreadsheets written beside it. Every built site publishes its Synthesis
 * (`telechargements/synthese.json`, the same bytes for the same Synthesis): that is its fingerprint.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DOWNLOADS_DIR } from '../site/downloads.ts';
import { SYNTHESIS_JSON } from '../site/synthesis-json.ts';

/** `unknown`: the site publishes no Synthesis to compare (built without its downloads). */
export type SiteMatch = 'same' | 'different' | 'unknown';

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

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
