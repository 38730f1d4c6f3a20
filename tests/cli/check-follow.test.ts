/**
 * `check --suivre`: the command stays open and runs the dry run again when a note is saved, shows the
 * new blocking problem, then its fix; Ctrl+C stops it with the last run's exit code. A real process,
 * a real folder, Node's own file watch.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(REPO, 'bin/livre-blanc.js');
const BROKEN = path.join(REPO, 'tests/fixtures/broken/note-region-inconnue/content/ateliers/bretagne/2026-09-12-rennes.md');
const temp = tempDirs('lb-suivre-');

describe('check --suivre', () => {
  it('refait le tir à blanc à chaque note enregistrée, puis s’arrête sur Ctrl+C avec le code du dernier', { timeout: 60_000 }, async () => {
    const root = temp();
    mkdirSync(path.join(root, 'content/ateliers'), { recursive: true });
    cpSync(path.join(REPO, 'content/ateliers/bretagne'), path.join(root, 'content/ateliers/bretagne'), { recursive: true });
    const child = spawn(process.execPath, [BIN, 'check', '--root', root, '--suivre'], { env: { ...process.env, LIVRE_BLANC_CACHE: '0' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const reports = () => stdout.split('Bilan (lus = retenus + écartés)').length - 1;
    const until = async (what: string, holds: () => boolean) => {
      for (const started = Date.now(); !holds(); ) {
        if (Date.now() - started > 30_000) throw new Error(`Attendu : ${what}.\nstdout :\n${stdout}\nstderr :\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    try {
      await until('le premier tir et le suivi', () => reports() === 1 && stderr.includes('Suivi de la consultation'));
      expect(stdout).not.toContain('region-inconnue');
      const afterFirst = stdout.length;

      const note = path.join(root, 'content/ateliers/bretagne/2026-09-12-rennes.md');
      cpSync(BROKEN, note);
      await until('un second tir, avec la région inconnue', () => reports() === 2);
      expect(stderr).toContain('content/ateliers/bretagne/2026-09-12-rennes.md a changé : nouveau tir à blanc.');
      const second = stdout.slice(afterFirst);
      expect(second).toContain('region-inconnue');
      expect(second).toContain("1 erreur bloquante : la publication est impossible tant qu’elle n’est pas corrigée.");
      const afterSecond = stdout.length;

      rmSync(note);
      await until('un troisième tir, sans erreur', () => reports() === 3);
      const third = stdout.slice(afterSecond);
      expect(third).toContain('Aucune erreur bloquante');
      expect(third).not.toContain('region-inconnue');
      const afterThird = stdout.length;

      // A chapter is checked too: saving one with a typo runs the dry run again, and the fix once more.
      const chapter = path.join(root, 'content/livre-blanc/01-essai.mdx');
      mkdirSync(path.dirname(chapter), { recursive: true });
      writeFileSync(chapter, '---\ntitre: Essai\nordre: 1\n---\n\n<Figure stat="items" tagg="needs" />\n');
      await until('un quatrième tir, avec le chapitre', () => reports() === 4);
      expect(stdout.slice(afterThird)).toContain('chapitre-propriete-inconnue');
      rmSync(chapter);
      await until('un cinquième tir, sans erreur', () => reports() === 5);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stderr).toContain('Suivi arrêté.');
    } finally {
      child.kill();
    }
  });

  it('refuse le rapport JSON, qui ne se lit pas en continu', async () => {
    const { code, stderr } = await runCli(['check', '--root', REPO, '--format', 'json', '--suivre']);
    expect(code).toBe(2);
    expect(stderr).toContain('--suivre s’utilise avec le rapport texte');
  });
});
