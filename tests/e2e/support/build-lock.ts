/**
 * A cross-process lock around Astro builds. Every build of this package shares its folder (`.astro/`,
 * `node_modules/.astro`, Vite's caches); two test files building at once (vitest runs files in
 * parallel workers) race there (`.astro/.prerender` errors were seen). The lock is a file created
 * exclusively; a lock left by a dead process is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PACKAGE_DIR } from '../../../src/cli/build.ts';
import { hashText } from '../../../src/pipeline/ids.ts';

const LOCK_FILE = path.join(os.tmpdir(), `livre-blanc-build-${hashText(PACKAGE_DIR)}.lock`);
const RETRY_MILLISECONDS = 250;
/** A build of the demo takes about a minute on a busy 2-core machine; several may queue. */
const GIVE_UP_MILLISECONDS = 20 * 60_000;

export async function withBuildLock<T>(run: () => Promise<T>): Promise<T> {
  await acquire();
  try {
    return await run();
  } finally {
    await rm(LOCK_FILE, { force: true });
  }
}

async function acquire(): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(LOCK_FILE, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (await ownerIsGone()) {
      await rm(LOCK_FILE, { force: true });
      continue;
    }
    if (Date.now() - started > GIVE_UP_MILLISECONDS) throw new Error(`Verrou de construction toujours pris après 20 minutes : ${LOCK_FILE}`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MILLISECONDS));
  }
}

/** Whether the process that wrote the lock has ended (the file may be empty for an instant: not gone). */
async function ownerIsGone(): Promise<boolean> {
  let pid: number;
  try {
    pid = Number.parseInt(await readFile(LOCK_FILE, 'utf8'), 10);
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
