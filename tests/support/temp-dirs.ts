/**
 * Temporary folders for one test file, removed when its tests are over (the folders of every test
 * that makes some go through here, so that no run leaves any in the temp dir).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Call it where `afterAll` may be registered (a file's top level or a `describe`, not inside a hook):
 * the returned function makes one folder named `<prefix>XXXXXX` in the temp dir at each call, and every
 * one is removed after the tests of that file or `describe`, failed or not.
 */
export function tempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}

/**
 * The environment of a child command whose temporary folders go to `dir`, to check that it leaves none
 * there (a private folder: other runs cannot interfere). Node's compile cache stays where it was: it is
 * meant to outlive the command, and a cold one only slows the child.
 */
export function childTempEnv(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, TMPDIR: dir, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(os.tmpdir(), 'node-compile-cache') };
}
