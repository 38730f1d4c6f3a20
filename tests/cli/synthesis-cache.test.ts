import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/cli/run-pipeline.ts';
import { cacheEnabled, codeDigest, MAX_CACHED_ITEMS, readCachedSynthesis, synthesisKey, writeCachedSynthesis } from '../../src/cli/synthesis-cache.ts';
import { describeFailure } from '../../src/cli/failure.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import type { ConsultationInput } from '../../src/pipeline/io/consultation-input.ts';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { stableStringify } from '../../src/pipeline/stable-json.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const tempDir = tempDirs('lb-cache-');

const input = (over: Partial<ConsultationInput> = {}): ConsultationInput => ({
  notes: [{ file: 'content/ateliers/a.md', content: '---\nregion: 53\n---\n# Ce qui fonctionne\n- la saisie\n' }],
  surveys: [{ file: 'data/enquetes/e.csv', bytes: new TextEncoder().encode('a;b\n1;2\n'), sidecar: null }],
  themes: null,
  pseudonyms: null,
  settings: null,
  ...over,
});

describe('cache de la synthèse', () => {
  it('réutilise la synthèse de la démo quand rien n’a changé, à l’octet près', async () => {
    const cacheDir = tempDir();
    const first = await runPipeline(REPO, { cache: true, cacheDir });
    const second = await runPipeline(REPO, { cache: true, cacheDir });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(stableStringify(second.synthesis)).toBe(stableStringify(first.synthesis));
    expect(second.diagnostics).toEqual(first.diagnostics);
    const fresh = await runPipeline(REPO, { cache: false, cacheDir });
    expect(fresh.cached).toBe(false);
    expect(stableStringify(fresh.synthesis)).toBe(stableStringify(first.synthesis));
  });

  it('change de clé dès qu’un octet d’une entrée ou du code change', async () => {
    const base = await synthesisKey(input(), 'code-1');
    expect(await synthesisKey(input(), 'code-1')).toBe(base);
    expect(await synthesisKey(input(), 'code-2')).not.toBe(base);
    const note = { file: 'content/ateliers/a.md', content: '---\nregion: 53\n---\n# Ce qui fonctionne\n- la saisiE\n' };
    expect(await synthesisKey(input({ notes: [note] }), 'code-1')).not.toBe(base);
    const renamed = { file: 'content/ateliers/b.md', content: input().notes[0]!.content };
    expect(await synthesisKey(input({ notes: [renamed] }), 'code-1')).not.toBe(base);
    const bytes = new TextEncoder().encode('a;b\n1;3\n');
    expect(await synthesisKey(input({ surveys: [{ file: 'data/enquetes/e.csv', bytes, sidecar: null }] }), 'code-1')).not.toBe(base);
    const sidecar = { file: 'data/enquetes/e.yml', content: 'titre: x\n' };
    expect(await synthesisKey(input({ surveys: [{ ...input().surveys[0]!, sidecar }] }), 'code-1')).not.toBe(base);
    expect(await synthesisKey(input({ themes: { file: 'data/themes.yml', content: 'x' } }), 'code-1')).not.toBe(base);
    expect(await synthesisKey(input({ pseudonyms: { file: 'data/pseudonymes.yml', content: 'x' } }), 'code-1')).not.toBe(base);
    expect(await synthesisKey(input({ settings: { file: 'content/consultation.yml', content: 'titre: x' } }), 'code-1')).not.toBe(base);
    // Moving text from one note to the next must not give the same key as the concatenation.
    const split = [{ file: 'n.md', content: 'ab' }, { file: 'o.md', content: 'c' }];
    const moved = [{ file: 'n.md', content: 'a' }, { file: 'o.md', content: 'bc' }];
    expect(await synthesisKey(input({ notes: split }), 'c')).not.toBe(await synthesisKey(input({ notes: moved }), 'c'));
  });

  it('prend en compte le code du pipeline', async () => {
    const copy = tempDir();
    writeFileSync(path.join(copy, 'package.json'), '{}');
    mkdirSync(path.join(copy, 'src/pipeline'), { recursive: true });
    writeFileSync(path.join(copy, 'src/pipeline/a.ts'), 'export const a = 1;\n');
    const before = await codeDigest(copy);
    expect(await codeDigest(copy)).toBe(before);
    writeFileSync(path.join(copy, 'src/pipeline/a.ts'), 'export const a = 2;\n');
    expect(await codeDigest(copy)).not.toBe(before);
  });

  it('ignore une entrée illisible et garde un nombre borné d’entrées', async () => {
    const cacheDir = tempDir();
    writeFileSync(path.join(cacheDir, 'synthese-abc.jsonl'), '{"tronqué":');
    expect(await readCachedSynthesis('abc', cacheDir)).toBeNull();
    writeFileSync(path.join(cacheDir, 'synthese-ancien.json'), '{}'); // the former layout: removed when the cache is pruned
    const { synthesis } = await runPipeline(REPO, { cache: false });
    for (const key of ['k1', 'k2', 'k3', 'k4', 'k5', 'k6']) {
      expect(await writeCachedSynthesis(key, synthesis, cacheDir)).toBe(true);
      await sleep(15); // distinct modification times: the oldest entries go first
    }
    const kept = readdirSync(cacheDir).filter((name) => name.startsWith('synthese-'));
    expect(kept.length).toBe(4);
    expect(kept).toContain('synthese-k6.jsonl');
    expect(kept).not.toContain('synthese-k1.jsonl');
    expect(kept).not.toContain('synthese-ancien.json');
  });

  it('ne met pas en cache une synthèse au-delà de la taille prévue (place sur le disque)', async () => {
    const cacheDir = tempDir();
    const huge = { items: { length: MAX_CACHED_ITEMS + 1 } } as unknown as Synthesis;
    expect(await writeCachedSynthesis('enorme', huge, cacheDir)).toBe(false);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('explique en français la limite de taille d’une chaîne, et garde le message générique pour le reste', () => {
    let tooLong: unknown;
    try {
      'x'.repeat(2 ** 30);
    } catch (error) {
      tooLong = error;
    }
    expect(tooLong).toBeInstanceOf(RangeError);
    expect(describeFailure(tooLong)).toMatch(/trop grande pour une étape qui écrit un texte d’un seul bloc.*signalez la commande/s);
    expect(describeFailure(new Error('disque plein'))).toBe('Erreur inattendue de livre-blanc : disque plein\nMerci de la signaler avec la commande lancée.\n');
  });

  it('se désactive avec LIVRE_BLANC_CACHE=0', () => {
    expect(cacheEnabled({ LIVRE_BLANC_CACHE: '0' })).toBe(false);
    expect(cacheEnabled({})).toBe(true);
  });

  it('lit la démo avec la même clé à chaque lecture', async () => {
    const code = await codeDigest();
    expect(await synthesisKey(await readConsultation(REPO), code)).toBe(await synthesisKey(await readConsultation(REPO), code));
  });
});
