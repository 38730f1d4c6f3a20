/**
 * The devset's evaluation half has one name, « témoin », in the analysis guide's table and in what
 * scripts/devset-eval.ts prints.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(REPO, 'scripts', 'devset-eval.ts');

describe('the devset’s held-out half, named « témoin »', () => {
  it('is what the script says when its errors are asked for without --held-out (no devset needed)', () => {
    const run = spawnSync(process.execPath, [SCRIPT, '--errors', 'held-out'], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('Les erreurs de la moitié témoin ne s’affichent qu’avec --held-out.\n');
  });

  it('is the title the script prints for its figures, as the analysis guide’s table names them', () => {
    const script = readFileSync(SCRIPT, 'utf8');
    expect(script).toContain("'Moitié témoin'");
    expect(script).not.toMatch(/réservée/);
    expect(readFileSync(path.join(REPO, 'docs', 'analyse.md'), 'utf8')).toMatch(/\| \*\*témoin \(\d+\)\*\* \|/);
  });
});
