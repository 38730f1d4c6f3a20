import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readSynthesisFile, writeChunks, writeSynthesisFile } from '../../src/pipeline/io/synthesis-file.ts';
import { stableJsonChunks, stableStringify } from '../../src/pipeline/stable-json.ts';
import type { Synthesis } from '../../src/pipeline/synthesis-model.ts';
import { tempDirs } from '../support/temp-dirs.ts';

const tempDir = tempDirs('lb-synthese-');

/** A Synthesis-shaped value: only the layout matters here, not the pipeline. */
function fakeSynthesis(count: number): Synthesis {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    text: i % 3 === 0 ? `Ligne « ${i} »\nsuite\u2028fin — 😀` : `texte ${i}`,
    themes: i % 2 === 0 ? ['acces'] : [],
    weight: 1,
    source: { file: 'data/enquete.csv', line: i + 2 },
  }));
  return { schemaVersion: 1, title: 'Essai', items, counts: { total: count } } as unknown as Synthesis;
}

describe('stableJsonChunks', () => {
  it('écrit, morceau par morceau, exactement le texte de stableStringify', () => {
    for (const value of [fakeSynthesis(0), fakeSynthesis(2_500), { a: [], b: {}, c: undefined }, [1, undefined, 'x'], 'seul', null]) {
      expect([...stableJsonChunks(value)].join('')).toBe(stableStringify(value));
    }
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        expect([...stableJsonChunks(value, indent)].join('')).toBe(stableStringify(value, indent));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('ne fait aucun morceau de la taille du tout : les éléments sont écrits un à un', () => {
    const synthesis = fakeSynthesis(5_000);
    const whole = stableStringify(synthesis).length;
    const chunks = [...stableJsonChunks(synthesis)];
    expect(chunks.length).toBeGreaterThan(5_000);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(whole / 1_000);
  });
});

describe('fichier de synthèse en lignes JSON', () => {
  it('relit la synthèse écrite, éléments compris (retours à la ligne et caractères hors BMP dans les textes)', async () => {
    const file = path.join(tempDir(), 'synthese.jsonl');
    const synthesis = fakeSynthesis(1_234);
    await writeSynthesisFile(file, synthesis);
    expect(readFileSync(file, 'utf8').split('\n').length).toBe(1 + 1_234 + 1); // envelope, items, final newline
    expect(await readSynthesisFile(file)).toEqual(synthesis);
  });

  it('refuse un fichier tronqué ou étranger au lieu de rendre une synthèse incomplète', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'synthese.jsonl');
    await writeSynthesisFile(file, fakeSynthesis(10));
    const lines = readFileSync(file, 'utf8').split('\n');
    writeFileSync(file, lines.slice(0, 6).join('\n'));
    await expect(readSynthesisFile(file)).rejects.toThrow(/incomplet : 5 éléments lus sur 10/);
    writeFileSync(file, '{"autre":1}\n');
    await expect(readSynthesisFile(file)).rejects.toThrow(/n’est pas une synthèse/);
  });

  it('attend que le flux se vide avant d’écrire la suite, et rapporte son erreur', async () => {
    const slow = new PassThrough({ highWaterMark: 16 });
    let received = '';
    const reading = (async () => {
      for await (const chunk of slow) received += String(chunk);
    })();
    const pieces = ['a'.repeat(70_000), 'b'.repeat(70_000), 'c'];
    await writeChunks(slow, pieces);
    await reading;
    expect(received).toBe(pieces.join(''));
    const broken = new PassThrough({ highWaterMark: 1 }); // nobody reads it: the first write fills it
    setImmediate(() => broken.destroy(new Error('disque plein')));
    await expect(writeChunks(broken, ['x'.repeat(70_000), 'y'.repeat(70_000)])).rejects.toThrow('disque plein');
  });
});
