/**
 * A rebuild with an unchanged Synthesis takes the downloads from the cache (src/cli/downloads-cache.ts)
 * and publishes the very same files; the PDF, which the chapters change, is still printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_STEPS, buildSite } from '../../src/cli/build.ts';
import { PDF_NAME } from '../../src/export/index.ts';
import { fixtureSynthesis } from '../fixtures/site/synthesis.ts';
import { tempDirs } from '../support/temp-dirs.ts';
import { withBuildLock } from './support/build-lock.ts';

const temp = tempDirs('lb-reconstruction-');

describe('reconstruction avec la même synthèse', () => {
  it('reprend les fichiers à télécharger du cache, identiques octet pour octet', async () => {
    const cacheDir = temp();
    const root = temp(); // no chapters: the pages are built from the Synthesis alone
    const build = async (outDir: string) => {
      const steps: string[] = [];
      const result = await withBuildLock(() =>
        buildSite({ synthesis: fixtureSynthesis, root, outDir, logLevel: 'error', cacheKey: 'cle-de-test', downloadsCacheDir: cacheDir, onStep: (step) => steps.push(step) }),
      );
      return { result, steps, downloads: path.join(outDir, 'telechargements') };
    };
    const first = await build(path.join(temp(), 'site'));
    const second = await build(path.join(temp(), 'site'));

    expect(first.result.downloadsReused).toBe(false);
    expect(first.steps[0]).toBe(BUILD_STEPS.downloads);
    expect(second.result.downloadsReused).toBe(true);
    expect(second.steps[0]).toBe(BUILD_STEPS.downloadsReused);
    const files = readdirSync(first.downloads).sort();
    expect(files).toContain('synthese.json');
    expect(readdirSync(second.downloads).sort()).toEqual(files);
    for (const file of files.filter((f) => f !== PDF_NAME)) {
      expect(readFileSync(path.join(second.downloads, file)), file).toEqual(readFileSync(path.join(first.downloads, file)));
    }
    expect(files).toContain('index.html'); // the downloads page, listing the same files either way
  }, 300_000);
});
