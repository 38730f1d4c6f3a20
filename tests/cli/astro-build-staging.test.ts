/**
 * `astroBuild` into a folder outside the package stages the pages in `.astro/construction-XXXXXX` (see
 * astro-build.ts), then moves them: that folder is its own, removed whether Astro succeeds or fails.
 * Astro is replaced by a stand-in (a real build is tested in tests/site), and the folders `mkdtemp`
 * makes are noted, so that only this build's staging folder is looked at, whatever other builds run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { astroBuild } from '../../src/cli/astro-build.ts';
import { PACKAGE_DIR } from '../../src/cli/package-dir.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const { made, build } = vi.hoisted(() => ({ made: [] as string[], build: vi.fn<(options: { outDir: string }) => Promise<void>>() }));
vi.mock('astro', () => ({ build }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const mkdtemp = async (prefix: string): Promise<string> => {
    const dir = await actual.mkdtemp(prefix);
    made.push(dir);
    return dir;
  };
  return { ...actual, default: { ...actual, mkdtemp }, mkdtemp };
});

const tempDir = tempDirs('lb-astro-staging-');
beforeEach(() => {
  made.length = 0;
  build.mockReset();
});

function options(outDir: string) {
  return { outDir, cacheDir: path.join(path.dirname(outDir), 'cache'), logLevel: 'silent' as const, env: {} };
}

describe('astroBuild into a folder outside the package', () => {
  it('moves the staged pages to the output folder, and leaves no staging folder', async () => {
    const out = path.join(tempDir(), 'site');
    build.mockImplementation(async ({ outDir }) => {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path.join(outDir, 'index.html'), '<h1>Accueil</h1>');
    });
    await astroBuild(options(out));
    expect(made).toHaveLength(1);
    expect(path.dirname(made[0]!)).toBe(path.join(PACKAGE_DIR, '.astro'));
    expect(existsSync(made[0]!)).toBe(false);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<h1>Accueil</h1>');
  });

  it('removes its staging folder when Astro fails, and gives the current folder back', async () => {
    const out = path.join(tempDir(), 'site');
    const cwd = process.cwd();
    build.mockImplementation(async ({ outDir }) => {
      writeFileSync(path.join(outDir, 'a-moitie.html'), '<p>…</p>');
      throw new Error('échec simulé');
    });
    await expect(astroBuild(options(out))).rejects.toThrow('échec simulé');
    expect(made).toHaveLength(1);
    expect(existsSync(made[0]!)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(process.cwd()).toBe(cwd);
  });
});
