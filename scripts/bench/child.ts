/**
 * Runs one measurement in a child process (`process.execPath scripts/bench.ts --worker KIND …`),
 * so that each size starts from a fresh heap and reports its own peak memory. The child writes its
 * figures as JSON to a file; its output is kept only to explain a failure.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BENCH_SCRIPT = path.resolve(import.meta.dirname, '../bench.ts');

export interface ChildOptions {
  /** Extra Node flags, e.g. `--cpu-prof --cpu-prof-dir=DIR`. */
  nodeFlags?: string[];
  cwd?: string;
  /** Lines of the child's output, for a live view of long runs. */
  onOutput?: (line: string) => void;
}

export class ChildError extends Error {}

export async function runChild<T>(kind: string, args: string[], options: ChildOptions = {}): Promise<T> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'livre-blanc-banc-'));
  const resultFile = path.join(work, 'resultat.json');
  try {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), BENCH_SCRIPT, '--worker', kind, '--result', resultFile, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Without the synthesis cache: every measurement times the pipeline itself (rebuild.ts uses its own).
      env: { ...process.env, FORCE_COLOR: '0', LIVRE_BLANC_CACHE: '0' },
    });
    let tail = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-4000);
      if (options.onOutput) for (const line of text.split('\n')) if (line.trim()) options.onOutput(line);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) throw new ChildError(`la mesure « ${kind} » a échoué (code ${code}) :\n${tail.trim()}`);
    return JSON.parse(readFileSync(resultFile, 'utf8')) as T;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
