/** `check --root` on a folder that is not a consultation's root: said where to run from, exit 2. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { misplacedRoot } from '../../src/cli/misplaced-root.ts';

const BIN = path.resolve(import.meta.dirname, '../../bin/livre-blanc.js');
const NOTE = '---\ntitre: Atelier\ndate: 2026-10-01\nformat: presentiel\nregion: Bretagne\n---\n\n## Ce qui fonctionne\n\n- La recherche est rapide.\n';

function consultation(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'livre-blanc-racine-'));
  mkdirSync(path.join(root, 'content/ateliers/bretagne'), { recursive: true });
  writeFileSync(path.join(root, 'content/ateliers/bretagne/2026-10-01-rennes.md'), NOTE);
  writeFileSync(path.join(root, 'content/ateliers/bretagne/2026-11-18-quimper.md'), NOTE.replace('2026-10-01', '2026-11-18'));
  return root;
}

describe('check --root on a folder that is not a consultation’s root', () => {
  it('says, for a region’s folder, how many notes it holds and the root to run from (exit 2, no report)', async () => {
    const root = consultation();
    const region = path.join(root, 'content/ateliers/bretagne');
    const run = await promisify(execFile)(process.execPath, [BIN, 'check', '--root', region]).then(
      () => ({ code: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    // Before: « Aucune note… » (consultation-vide) and warnings about consultation.yml and themes.yml, exit 1.
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Ce dossier contient 2 notes d’atelier (.md), et il est à l’intérieur de la consultation ${root}`);
    expect(run.stderr).toContain(`Lancez : livre-blanc check --root ${root}`);
    expect(run.stderr).not.toContain('consultation.yml');
  });

  it('says the same of the content folder, and nothing of the root itself', () => {
    const root = consultation();
    expect(misplacedRoot(path.join(root, 'content'))).toContain('Ce dossier contient 2 notes d’atelier');
    expect(misplacedRoot(root)).toBeNull();
  });

  it('says, for notes never filed under content/ateliers/, how to file them', () => {
    const loose = mkdtempSync(path.join(tmpdir(), 'livre-blanc-notes-'));
    writeFileSync(path.join(loose, '2026-10-01-rennes.md'), NOTE);
    expect(misplacedRoot(loose)).toMatch(/^Ce dossier contient 1 note d’atelier \(\.md\), mais pas sous content\/ateliers\/ : /);
  });

  it('leaves an empty folder outside any consultation to the report (consultation-vide)', () => {
    expect(misplacedRoot(mkdtempSync(path.join(tmpdir(), 'livre-blanc-vide-')))).toBeNull();
  });
});
