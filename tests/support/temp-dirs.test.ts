/**
 * The shared helper that gives test files their temporary folders removes them once the tests that made
 * them are over: past runs had left some 1,800 folders in the temp dir, one per export or tag test.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from './temp-dirs.ts';

const made: string[] = [];

describe('tempDirs, while its tests run', () => {
  const tempDir = tempDirs('lb-temp-dirs-');

  it('makes a new folder in the temp dir, named with the prefix, at each call', () => {
    const first = tempDir();
    const second = tempDir();
    made.push(first, second);
    expect(first).not.toBe(second);
    for (const dir of made) {
      expect(path.dirname(dir)).toBe(os.tmpdir());
      expect(path.basename(dir)).toMatch(/^lb-temp-dirs-/);
      expect(existsSync(dir)).toBe(true);
    }
    // Content of its own, as a test leaves: files and nested folders.
    writeFileSync(path.join(first, 'fichier.csv'), 'a;b\n');
    mkdirSync(path.join(second, 'sous', 'dossier'), { recursive: true });
    writeFileSync(path.join(second, 'sous', 'dossier', 'page.html'), '<p>x</p>');
  });
});

describe('tempDirs, once the tests that made its folders are over', () => {
  it('has removed every one of them, with what they held', () => {
    expect(made).toHaveLength(2);
    for (const dir of made) expect(existsSync(dir), dir).toBe(false);
  });
});
