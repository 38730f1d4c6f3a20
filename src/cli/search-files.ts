/**
 * The search index written by `build` itself into the finished site, instead of one Astro endpoint
 * call per file: at 100,000 items that is 13,000 files (~5 s of Astro's time), at a million 127,000
 * (over a minute), and the index's text no longer sits in memory while Astro renders the pages.
 * `astro dev` still serves them through `src/pages/index-recherche/[fichier].json.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { buildSearchIndex } from '../search/build/index.ts';
import { siteSearchContext } from '../search/site-index.ts';
import { createSite } from '../site/site.ts';

/** Files written at once: enough to keep the disk busy, few enough to stay far from the open-file limit. */
const PARALLEL_WRITES = 32;

/** Writes the index files into `dir`; returns how many. */
export async function writeSearchFiles(synthesis: Synthesis, dir: string): Promise<number> {
  const { files } = buildSearchIndex(synthesis.items, siteSearchContext(createSite(synthesis)));
  await mkdir(dir, { recursive: true });
  const entries = [...files];
  let next = 0;
  const worker = async () => {
    for (let entry = entries[next++]; entry !== undefined; entry = entries[next++]) await writeFile(path.join(dir, entry[0]), entry[1]);
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
  return entries.length;
}
