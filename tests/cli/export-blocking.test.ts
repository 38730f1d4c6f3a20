/**
 * `livre-blanc export` on a folder it cannot publish says what blocks it, as `check` does (file, line,
 * code, advice), rather than sending the user to run a second command to find out.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../safety/support/outputs.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-export-vide-');

describe('livre-blanc export with a blocking error', () => {
  it('prints the blocking errors with their file, code and advice, writes nothing and exits 1', async () => {
    const root = tempDir();
    const out = path.join(root, 'exports');
    const result = await runCli(['export', '--root', root, '--out', out, '--sans-pdf']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('content/ateliers');
    expect(result.stderr).toContain('[consultation-vide]');
    expect(result.stderr).toContain('Conseil :');
    expect(result.stderr).toContain('Export impossible : 1 erreur bloquante');
    // Warnings are check's to list: only what blocks the export is said here.
    expect(result.stderr).not.toContain('[themes-absents]');
    expect(result.stdout).toBe('');
  }, 60_000);
});
