/**
 * Reproducible: the demo consultation built twice (site, downloads and PDF included) and exported
 * twice, into different folders, gives byte-identical trees. Public bodies must be able to rebuild
 * the white paper and get the same files. Both runs compute everything (`LIVRE_BLANC_CACHE=0`):
 * the caches could otherwise hide a difference; what they hand back is compared at the end.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../../src/cli/build.ts';
import { chromiumAvailable } from '../../src/export/pdf.ts';
import { buildWithCli, hashTree, runCli } from './support/outputs.ts';
import { EXPORT_LIST_FILE } from '../../src/cli/export-folder.ts';

/** Files of two trees that differ or exist in one only. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const files = [...new Set([...a.keys(), ...b.keys()])].sort();
  return files.flatMap((file) => {
    if (!a.has(file)) return [`${file} (seulement dans la deuxième construction)`];
    if (!b.has(file)) return [`${file} (seulement dans la première construction)`];
    return a.get(file) === b.get(file) ? [] : [`${file} (contenu différent)`];
  });
}

const NO_CACHE = { LIVRE_BLANC_CACHE: '0' };

describe('deux constructions de la même consultation donnent les mêmes octets', () => {
  let work = '';
  const trees: Array<{ site: Map<string, string>; exports: Map<string, string> }> = [];

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'livre-blanc-reproductible-'));
    for (const run of ['premiere', 'deuxieme']) {
      const site = path.join(work, run, 'site');
      const exports = path.join(work, run, 'exports');
      await buildWithCli(PACKAGE_DIR, site, NO_CACHE);
      // The export prints its PDF from the site just built (or skips it without Chromium, both times alike).
      const result = await runCli(['export', '--root', PACKAGE_DIR, '--out', exports, '--site', site], PACKAGE_DIR, NO_CACHE);
      if (result.code !== 0) throw new Error(`livre-blanc export a échoué :\n${result.stderr}`);
      trees.push({ site: await hashTree(site), exports: await hashTree(exports) });
    }
  }, 600_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('the built sites are byte-identical (pages, scripts, search shards, downloads, PDF)', () => {
    const [first, second] = trees;
    expect(first?.site.size).toBeGreaterThan(50);
    // The PDF is the file most likely to differ (print time, Chromium's node ids, server port): it must be there.
    if (chromiumAvailable()) expect(first?.site.has('telechargements/livre-blanc.pdf')).toBe(true);
    expect(differences(first?.site ?? new Map(), second?.site ?? new Map())).toEqual([]);
  });

  it('the exports are byte-identical (XLSX, CSV, JSON, Pol.is, IRaMuTeQ, PDF)', () => {
    const [first, second] = trees;
    expect([...(first?.exports.keys() ?? [])]).toEqual(expect.arrayContaining(['livre-blanc.xlsx', 'synthese.json', 'verbatims.csv', 'corpus-iramuteq.txt']));
    if (chromiumAvailable()) expect(first?.exports.has('livre-blanc.pdf')).toBe(true);
    expect(differences(first?.exports ?? new Map(), second?.exports ?? new Map())).toEqual([]);
  });

  it('the exports taken from the cache are the same bytes as those computed', async () => {
    const fresh = trees[0]?.exports ?? new Map<string, string>();
    const runs = [];
    for (const run of ['cache-1', 'cache-2']) {
      const exports = path.join(work, run);
      const result = await runCli(['export', '--root', PACKAGE_DIR, '--out', exports, '--sans-pdf']);
      if (result.code !== 0) throw new Error(`livre-blanc export a échoué :\n${result.stderr}`);
      runs.push({ reused: result.stderr.includes('repris du cache'), tree: await hashTree(exports) });
    }
    expect(runs[1]?.reused).toBe(true); // the first one has filled the cache, if nothing had
    for (const { tree } of runs) {
      expect(tree.size).toBeGreaterThan(3);
      // The list of the files written names the PDF or not (these runs print none): compared apart.
      for (const [file, hash] of tree) if (file !== EXPORT_LIST_FILE) expect(hash, file).toBe(fresh.get(file));
    }
    const listed = JSON.parse(await readFile(path.join(work, 'cache-2', EXPORT_LIST_FILE), 'utf8')) as { fichiers: string[] };
    expect([...listed.fichiers].sort()).toEqual([...(runs[1]?.tree.keys() ?? [])].filter((file) => file !== EXPORT_LIST_FILE).sort());
  }, 120_000);
});
