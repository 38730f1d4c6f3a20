/**
 * A rebuild with an unchanged Synthesis takes the downloads from the cache (src/cli/downloads-cache.ts)
 * and publishes the very same files; the PDF, which the chapters change, is still printed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_STEPS, buildSite } from '../../src/cli/build.ts';
import { downloadsKey, writeCachedDownloads } from '../../src/cli/downloads-cache.ts';
import { PDF_NAME, XLSX_NAME } from '../../src/export/index.ts';
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

  it('après un export au séparateur « , », reprend de son entrée les fichiers qui n’en dépendent pas', async () => {
    const cacheDir = temp();
    // The « , » entry an `export --separateur ,` would have left, with a workbook that only a copy can give.
    const exported = temp();
    writeFileSync(path.join(exported, XLSX_NAME), 'classeur déposé');
    const bytes = Buffer.byteLength('classeur déposé');
    const commaKey = await downloadsKey('cle-de-test', ',');
    expect(await writeCachedDownloads(commaKey, exported, [{ file: XLSX_NAME, description: 'Classeur', bytes, delimited: false }], cacheDir)).toBe(true);
    const outDir = path.join(temp(), 'site');
    const result = await withBuildLock(() => buildSite({ synthesis: fixtureSynthesis, root: temp(), outDir, logLevel: 'error', cacheKey: 'cle-de-test', downloadsCacheDir: cacheDir }));
    expect(result.downloadsReused).toBe(false);
    const downloads = path.join(outDir, 'telechargements');
    expect(readFileSync(path.join(downloads, XLSX_NAME), 'utf8')).toBe('classeur déposé');
    // The tables' CSVs are written with « ; », as always for the site.
    expect(readFileSync(path.join(downloads, 'verbatims.csv'), 'utf8').split('\r\n')[0]).toContain(';');
  }, 300_000);
});
