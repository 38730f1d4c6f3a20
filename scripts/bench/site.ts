/**
 * Site build measured through the command itself (`livre-blanc build --root R --out O`, run in
 * the bench's child process so that its peak memory is known), and the size of what it wrote.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { maxRssMb } from './pipeline-run.ts';

export interface SiteFigures {
  kind: 'site';
  ok: boolean;
  /** Exit code of the command, and its error message when it threw. */
  exitCode: number;
  error?: string;
  ms: number;
  files: number;
  pages: number;
  bytes: number;
  maxRssMb: number;
}

export async function measureSiteBuild(root: string, outDir: string): Promise<SiteFigures> {
  rmSync(outDir, { recursive: true, force: true });
  const { runBuild } = await import('../../src/cli/build.ts');
  const start = performance.now();
  let exitCode = 0;
  let error: string | undefined;
  try {
    exitCode = await runBuild(['--root', root, '--out', outDir]);
  } catch (thrown) {
    exitCode = -1;
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  const ms = performance.now() - start;
  const size = exitCode === 0 ? folderSize(outDir) : { files: 0, pages: 0, bytes: 0 };
  return { kind: 'site', ok: exitCode === 0, exitCode, ...(error ? { error } : {}), ms, ...size, maxRssMb: maxRssMb() };
}

export function folderSize(dir: string): { files: number; pages: number; bytes: number } {
  let files = 0;
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    if (entry.name.endsWith('.html')) pages++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, pages, bytes };
}
