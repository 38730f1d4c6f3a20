import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { runCli } from './support/run-cli.ts';

describe('livre-blanc command line', () => {
  it('exits 2 on an unknown command, naming the command meant when it is a near miss', async () => {
    const { code, stderr } = await runCli(['buld']);
    expect(code).toBe(2);
    expect(stderr).toContain('Commande inconnue : « buld ». Vouliez-vous dire « build » ?');
    const far = await runCli(['inconnue']);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain('Commande inconnue : « inconnue ».\n');
  });
  it('exits 2 on an unknown flag', async () => {
    expect(await main(['check', '--nope'])).toBe(2);
  });
  it('exits 2 on a bad --format', async () => {
    expect(await main(['check', '--format', 'xml'])).toBe(2);
  });
});

describe('livre-blanc command start-up', () => {
  it('keeps its compiled modules in Node’s compile cache, under the temporary folder', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdtemp, readdir, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'livre-blanc-cache-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
      delete env.NODE_COMPILE_CACHE;
      delete env.NODE_DISABLE_COMPILE_CACHE;
      const bin = path.resolve(import.meta.dirname, '../bin/livre-blanc.js');
      await new Promise<void>((resolve, reject) => {
        // `check --help` loads the command's modules (main.ts and the argument reader) and exits 0.
        execFile(process.execPath, [bin, 'check', '--help'], { env }, (error) => (error ? reject(error) : resolve()));
      });
      const cache = path.join(tmp, 'node-compile-cache');
      const versions = await readdir(cache);
      expect(versions.length).toBeGreaterThan(0);
      expect((await readdir(path.join(cache, versions[0] as string))).length).toBeGreaterThan(0);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
