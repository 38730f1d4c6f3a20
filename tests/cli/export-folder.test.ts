/**
 * `livre-blanc export`'s output folder: a file given as --out is said in French (exit 2), and what an
 * earlier export wrote that this one does not — above all a PDF not printed this time, whose figures
 * would be another synthesis' — is removed and said so; the user's own files stay.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORT_LIST_FILE } from '../../src/cli/export-folder.ts';
import { runCli } from '../safety/support/outputs.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-export-dossier-');
const ROOT = path.resolve(import.meta.dirname, '../fixtures/site-sans-region');

describe('livre-blanc export and its output folder', () => {
  it('removes a PDF left by an earlier export when none is printed, and the files the last export listed but no longer writes', async () => {
    const out = tempDir();
    writeFileSync(path.join(out, 'livre-blanc.pdf'), '%PDF-1.4 ancien : 2 166 contributions');
    writeFileSync(path.join(out, 'ancienne-vue.csv'), 'a;b');
    writeFileSync(path.join(out, 'notes-du-bureau.txt'), 'à garder');
    writeFileSync(path.join(out, EXPORT_LIST_FILE), JSON.stringify({ fichiers: ['ancienne-vue.csv', 'livre-blanc.pdf', '../hors-du-dossier.txt'] }));
    const result = await runCli(['export', '--root', ROOT, '--out', out, '--sans-pdf']);
    expect(result.code).toBe(0);
    expect(existsSync(path.join(out, 'livre-blanc.pdf'))).toBe(false);
    expect(existsSync(path.join(out, 'ancienne-vue.csv'))).toBe(false);
    expect(readFileSync(path.join(out, 'notes-du-bureau.txt'), 'utf8')).toBe('à garder');
    expect(result.stdout).toMatch(/^✗ livre-blanc\.pdf supprimé — celui d’un export précédent/m);
    expect(result.stdout).toMatch(/^✗ ancienne-vue\.csv supprimé — écrit par un export précédent/m);
    expect(result.stdout).not.toContain('notes-du-bureau');
    // The list now names what this export wrote, and the next export removes nothing more.
    const listed = (JSON.parse(readFileSync(path.join(out, EXPORT_LIST_FILE), 'utf8')) as { fichiers: string[] }).fichiers;
    expect(listed).toContain('livre-blanc.xlsx');
    expect(listed).not.toContain('livre-blanc.pdf');
    const again = await runCli(['export', '--root', ROOT, '--out', out, '--sans-pdf']);
    expect(again.stdout).not.toContain('supprimé');
  }, 120_000);

  it('says in French that --out is a file, and exits 2 without writing', async () => {
    const file = path.join(tempDir(), 'exports.txt');
    writeFileSync(file, 'un fichier');
    for (const out of [file, path.join(file, 'sous-dossier')]) {
      const result = await runCli(['export', '--root', ROOT, '--out', out, '--sans-pdf']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`« ${file} » est un fichier, pas un dossier`);
      expect(result.stderr).not.toContain('Erreur inattendue');
      expect(result.stdout).toBe('');
    }
    expect(readFileSync(file, 'utf8')).toBe('un fichier');
  }, 60_000);
});
