/**
 * A rebuild with unchanged data, as when the bureau edits its chapters and rebuilds: the command's
 * pipeline (`runPipeline`) run twice on the same root with a private cache folder. The first run
 * synthesizes and stores; the second reads the files, hashes them and takes the stored Synthesis.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runPipeline } from '../../src/cli/run-pipeline.ts';
import { maxRssMb } from './pipeline-run.ts';

export interface RebuildFigures {
  kind: 'rebuild';
  /** First run: reading, synthesis and storing it in the cache. */
  coldMs: number;
  /** Second run: reading, hashing, and reading the stored Synthesis back. */
  warmMs: number;
  items: number;
  maxRssMb: number;
}

export async function measureRebuild(root: string): Promise<RebuildFigures> {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'livre-blanc-cache-'));
  try {
    let start = performance.now();
    const cold = await runPipeline(root, { cache: true, cacheDir });
    const coldMs = performance.now() - start;
    start = performance.now();
    const warm = await runPipeline(root, { cache: true, cacheDir });
    const warmMs = performance.now() - start;
    if (!warm.cached || warm.synthesis.items.length !== cold.synthesis.items.length) throw new Error('la seconde synthèse n’a pas été reprise du cache');
    return { kind: 'rebuild', coldMs, warmMs, items: warm.synthesis.items.length, maxRssMb: maxRssMb() };
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
