/**
 * The files docs/formats.md gives to copy under « Démarrer une consultation » make a consultation that
 * `check` accepts as it stands: the example a newcomer copies first cannot drift from what is read.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutSynthesisCache } from '../support/no-cache.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const GUIDE = path.resolve(import.meta.dirname, '../../docs/formats.md');
const newDir = tempDirs('livre-blanc-init-docs-');

/** Each code block of the section, with the file path the paragraph above it begins with, in backticks. */
function exampleFiles(): { path: string; content: string }[] {
  const text = readFileSync(GUIDE, 'utf8');
  const start = text.indexOf('\n## Démarrer une consultation\n');
  const section = text.slice(start, text.indexOf('\n## Chaque format en détail\n', start));
  const files: { path: string; content: string }[] = [];
  let named: string | null = null;
  let block: string[] | null = null;
  for (const line of section.split('\n')) {
    if (block === null && line.startsWith('```')) block = [];
    else if (block !== null && line === '```') {
      if (named !== null) files.push({ path: named, content: `${block.join('\n')}\n` });
      [named, block] = [null, null];
    } else if (block !== null) block.push(line);
    else named = /^`([\w./-]+)`/.exec(line)?.[1] ?? named;
  }
  return files;
}

withoutSynthesisCache();

describe('the minimal consultation of docs/formats.md', () => {
  it('gives every file a consultation needs, and check reads them without an error or a warning', async () => {
    const files = exampleFiles();
    expect(files.map((file) => file.path)).toEqual([
      'content/consultation.yml',
      'data/themes.yml',
      'content/ateliers/bretagne/2026-10-01-rennes.md',
      'data/enquetes/questionnaire.csv',
      'data/enquetes/questionnaire.yml',
      'content/livre-blanc/introduction.mdx',
    ]);
    const root = newDir();
    for (const file of files) {
      mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
      writeFileSync(path.join(root, file.path), file.content);
    }
    const check = await runCli(['check', '--root', root]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('✓ Aucune erreur bloquante');
    expect(check.stdout).toContain('Aucune erreur bloquante, aucun avertissement');
    expect(check.stdout).toContain('Sessions : 1 atelier, 1 enquête');
  });
});
