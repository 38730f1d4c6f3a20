import { describe, expect, it } from 'vitest';
import { chunkSize, MAX_CHUNK_FILES } from '../../src/search/build/index.ts';
import type { Manifest } from '../../src/search/format.ts';
import { generateItems } from '../../scripts/generate-consultation.ts';
import { openEngine } from './fixtures.ts';

describe('taille des morceaux d’affichage de l’index', () => {
  it('garde 8 documents par morceau jusqu’à 100 000, puis borne le nombre de fichiers', () => {
    expect(chunkSize(10)).toBe(8);
    expect(chunkSize(100_000)).toBe(8);
    expect(chunkSize(100_001)).toBe(9);
    expect(chunkSize(1_000_000)).toBe(80);
    for (const docs of [150_000, 1_000_000, 3_000_000]) expect(Math.ceil(docs / chunkSize(docs))).toBeLessThanOrEqual(MAX_CHUNK_FILES);
  });

  it('trouve et affiche les mêmes documents quelle que soit la taille des morceaux, qui est écrite dans le manifeste', async () => {
    const items = generateItems(600, { seed: 3 });
    const small = await openEngine(items);
    const large = await openEngine(items, { docsPerChunk: 80 });
    expect((JSON.parse(large.files.get('manifeste.json') ?? '{}') as Manifest).docsPerChunk).toBe(80);
    expect([...large.files.keys()].filter((name) => name.startsWith('d-'))).toHaveLength(Math.ceil(600 / 80));
    for (const query of ['saisie', 'rendez-vous', 'données partenaires']) {
      const a = await small.engine.search(query);
      const b = await large.engine.search(query);
      expect(b.hits).toEqual(a.hits);
      expect(a.hits.length).toBeGreaterThan(0);
      const docs = a.hits.slice(0, 20).map((hit) => hit.doc);
      expect(await large.engine.documents(docs)).toEqual(await small.engine.documents(docs));
    }
  });
});
