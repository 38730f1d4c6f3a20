/**
 * One Astro build of the site's pages into a folder, in this process (the Synthesis is handed over in
 * memory, see site/synthesis.ts), safe to run beside another build and from any current directory.
 */
import { cp, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { PACKAGE_DIR } from './package-dir.ts';

export interface AstroBuildOptions {
  outDir: string;
  /** A private cache folder: the content layer's data store lives there. */
  cacheDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Environment variables the pages read (the Synthesis' key, the chapters' folder…), set for the build only. */
  env: Record<string, string>;
}

/**
 * Builds never share state, so that two can run at once (e.g. parallel test files), or one beside
 * `astro dev`: a private cache (Astro's and Vite's), and an output folder of their own inside the package. Astro runs its prerendering bundle from the
 * output folder when that folder is inside the current directory (from `./.astro/` otherwise), and
 * the bundle finds its packages (`@oslojs/encoding`…) only in a `node_modules/` above it: run from
 * elsewhere (a consultation's folder), the build failed. So Astro builds from the package's folder.
 */
export async function astroBuild(options: AstroBuildOptions): Promise<void> {
  const { build } = await import('astro');
  await withEnv(options.env, async () => {
    const cwd = process.cwd();
    const staged = isInside(options.outDir, PACKAGE_DIR) ? options.outDir : await stagingFolder();
    try {
      if (cwd !== PACKAGE_DIR) process.chdir(PACKAGE_DIR);
      // Vite's cache too: in the package's node_modules/.vite, a build replaced the packages `astro dev` had
      // optimised for the browser, and a dev server open beside it answered « 504 Outdated Optimize Dep ».
      const vite = { cacheDir: path.join(options.cacheDir, 'vite') };
      await build({ root: PACKAGE_DIR, outDir: staged, cacheDir: options.cacheDir, logLevel: options.logLevel, vite });
      if (staged !== options.outDir) await moveFolder(staged, options.outDir);
    } finally {
      // The staging folder first: going back to a current folder removed meanwhile throws, and would leave it.
      if (staged !== options.outDir) await rm(staged, { recursive: true, force: true });
      if (cwd !== PACKAGE_DIR) process.chdir(cwd);
    }
  });
}

/** Whether `dir` lies strictly inside `parent`. */
export function isInside(dir: string, parent: string): boolean {
  const relative = path.relative(parent, dir);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

async function stagingFolder(): Promise<string> {
  const parent = path.join(PACKAGE_DIR, '.astro');
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, 'construction-'));
}

/** Replaces `to` with `from` (a rename, or a copy across file systems). */
async function moveFolder(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
  }
}

/** Sets environment variables for the duration of `run` (Astro's build runs in this process). */
async function withEnv<T>(values: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const previous = new Map(Object.keys(values).map((key) => [key, process.env[key]]));
  Object.assign(process.env, values);
  try {
    return await run();
  } finally {
    for (const [key, value] of previous) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
