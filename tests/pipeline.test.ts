import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './support/run-cli.ts';
import { readConsultation } from '../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../src/pipeline/synthesize.ts';
import { stableStringify } from '../src/pipeline/stable-json.ts';
import { tempDirs } from './support/temp-dirs.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');
const broken = path.join(import.meta.dirname, 'fixtures', 'broken');
const synthesisDir = tempDirs('lb-synth-');
const emptyDir = tempDirs('lb-vide-');


describe('the demo consultation', () => {
  it('passes the dry run and prints sessions, regions, items by tag and the reconciliation', async () => {
    const { code, stdout } = await run(['check', '--root', repoRoot]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Sessions : \d+ ateliers, 2 enquêtes/);
    expect(stdout).toMatch(/Régions : \d+ \(/);
    expect(stdout).toMatch(/Ce qui fonctionne [\d\u202f]+ · Ce qui dysfonctionne [\d\u202f]+ · Besoins et attentes [\d\u202f]+/);
    const total = /Total : ([\d\u202f]+) lus? = ([\d\u202f]+) retenus? \+ ([\d\u202f]+) écartés?/.exec(stdout.replaceAll('\u202f', ''));
    expect(total).not.toBeNull();
    expect(Number(total![1])).toBe(Number(total![2]) + Number(total![3]));
  });

  it('synthesizes to byte-identical JSON twice', async () => {
    const dir = synthesisDir();
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    expect((await run(['synthesize', '--root', repoRoot, '--out', a])).code).toBe(0);
    expect((await run(['synthesize', '--root', repoRoot, '--out', b])).code).toBe(0);
    const bytes = readFileSync(a);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.equals(readFileSync(b))).toBe(true);
  });

  it('names each stage as it starts, then as it ends, in pipeline order (the progress bar shows what runs)', async () => {
    const input = await readConsultation(repoRoot);
    const events: string[] = [];
    synthesize(input, (stage, done, total) => events.push(`${stage} ${done}/${total}`));
    const files = input.notes.length + input.surveys.length;
    expect(events[0]).toBe(`lecture 0/${files}`);
    expect(events[files]).toBe(`lecture ${files}/${files}`);
    expect(events.slice(files + 1)).toEqual(
      ['validation', 'anonymisation', 'étiquetage', 'thèmes', 'analyse'].flatMap((stage) => [`${stage} 0/1`, `${stage} 1/1`]),
    );
  });

  it('keeps every item traceable to its source', async () => {
    const { synthesis } = synthesize(await readConsultation(repoRoot));
    const ids = new Set<string>();
    for (const item of synthesis.items) {
      expect(item.source.file).toMatch(/^(content\/ateliers\/.+\.md|data\/enquetes\/.+\.csv)$/);
      expect(item.source.line).toBeGreaterThan(0);
      expect(ids.has(item.id)).toBe(false);
      ids.add(item.id);
    }
    expect(stableStringify(synthesis)).toBe(stableStringify(synthesize(await readConsultation(repoRoot)).synthesis));
  });
});

describe('a broken consultation', () => {
  it('exits 1 and lists each problem once with its file and line, in JSON too', async () => {
    const root = path.join(broken, 'note-region-inconnue');
    const text = await run(['check', '--root', root]);
    expect(text.code).toBe(1);
    const json = await run(['check', '--root', root, '--format', 'json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; diagnostics: Array<{ code: string; file: string; line: number }> };
    expect(report.ok).toBe(false);
    const blocking = report.diagnostics.filter((d) => d.code === 'region-inconnue');
    expect(blocking).toHaveLength(1);
    expect(text.stdout).toContain(`${blocking[0]!.file}`);
    expect(text.stdout).toContain(`${blocking[0]!.line}:`);
  });

  it('exits 2 when --root does not exist', async () => {
    expect((await run(['check', '--root', '/nonexistent/lb'])).code).toBe(2);
  });

  it('exits 2 when --root is a file, and 1 when the folder holds neither note nor survey', async () => {
    const file = await run(['check', '--root', path.join(repoRoot, 'package.json')]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('est un fichier, pas un dossier (option --root)');
    // The wrong folder (here, an empty one) is not « publishable »: nothing was read.
    const empty = await run(['check', '--root', emptyDir()]);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toContain('[consultation-vide]');
    expect(empty.stdout).not.toContain('peut être publiée');
  });
});
