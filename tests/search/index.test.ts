import { describe, expect, it } from 'vitest';
import { countBy } from '../../src/pipeline/analysis/count-by.ts';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { separator } from '../../src/search/build/shards.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { expandFacets } from '../../src/search/store.ts';
import { PHRASE_WINDOW } from '../../src/search/phrases-first.ts';
import { FACETS_FILE, MANIFEST_FILE, type FacetTable, type Manifest, type Shard } from '../../src/search/format.ts';
import { queryWords } from '../../src/search/french.ts';
import { LUNR_MAX_POSTINGS, postingCount, scoreDirect, scoreWithLunr } from '../../src/search/scoring.ts';
import { generateItems } from '../../scripts/generate-consultation.ts';
import { CORPUS, corpusItems, openEngine, testContext } from './fixtures.ts';

async function texts(engine: SearchEngine, query: string): Promise<string[]> {
  const { hits } = await engine.search(query);
  return (await engine.documents(hits.map((hit) => hit.doc))).map((doc) => doc.text);
}

describe('French search over the sharded index', () => {
  it('folds accents: « donnees » finds « données »', async () => {
    const { engine } = await openEngine(corpusItems());
    const found = await texts(engine, 'donnees');
    expect(found).toHaveLength(2);
    for (const text of found) expect(text).toContain('données');
    expect(await texts(engine, 'DONNÉES')).toEqual(found);
  });

  it('matches prefixes that still stem: « compos » finds « composants » and « composant »', async () => {
    const { engine } = await openEngine(corpusItems());
    const found = await texts(engine, 'compos');
    expect(found.some((text) => text.includes('composants'))).toBe(true);
    expect(found.some((text) => text.includes('composant '))).toBe(true);
    // A longer prefix is stemmed too: « composant » (whose stem is « compos ») still finds the plural.
    expect(await texts(engine, 'composant')).toEqual(expect.arrayContaining(found));
  });

  it('stems: « saisies » finds « saisie », not « saisonnier » whose stem begins like it', async () => {
    const { engine } = await openEngine(corpusItems());
    const found = await texts(engine, 'saisies');
    expect(found.some((text) => /\bsaisie\b/.test(text))).toBe(true);
    expect(found.some((text) => text.includes('saisonnier'))).toBe(false);
    // Typed in part, a word finds the words it begins: « saison » does begin « saisonnier ».
    expect(await texts(engine, 'saison')).toEqual(['Le saisonnier doit pouvoir être suivi hors saison.']);
  });

  it('requires every word and drops stop words', async () => {
    const { engine, fetched } = await openEngine(corpusItems());
    expect(await texts(engine, 'données qualité')).toEqual(['La qualité des données est inégale selon les structures.']);
    fetched.length = 0;
    const outcome = await engine.search('les de la');
    expect(outcome.hits).toEqual([]);
    expect(fetched).toEqual([]);
  });

  it('fetches only the shards holding the query terms', async () => {
    const items = generateItems(3000, { seed: 5 });
    const { files, manifest } = buildSearchIndex(items, testContext(items), { shardBudget: 2000, wordShardBudget: 2000 });
    const shardCount = [...files.keys()].filter((name) => name.startsWith('t-')).length;
    expect(shardCount).toBeGreaterThan(20);
    for (const query of ['donnees', 'rendez-vous', 'statistiques régionales', 'statistiq']) {
      // A fresh engine per query: nothing cached from the one before.
      const fetched: string[] = [];
      const engine = new SearchEngine(manifest, async (file) => {
        fetched.push(file);
        return JSON.parse(files.get(file) ?? 'null') as unknown;
      });
      const outcome = await engine.search(query);
      expect(outcome.hits.length).toBeGreaterThan(0);
      const shards = fetched.filter((name) => name.startsWith('t-'));
      // The shard of each word's stem, and those of the terms of the words it begins.
      const needed = [...outcome.words.flatMap((word) => engine.shardsFor(word)), ...outcome.terms.map((term) => engine.shardOf(term))];
      expect(shards.sort()).toEqual([...new Set(needed)].map((i) => `t-${i}.json`).sort());
      expect(shards.length).toBeLessThanOrEqual(3 * outcome.words.length);
      const wordShards = fetched.filter((name) => name.startsWith('w-'));
      expect(wordShards.sort()).toEqual([...new Set(outcome.words.flatMap((word) => engine.wordShardsFor(word)))].map((i) => `w-${i}.json`).sort());
      // Each matched term really lives in a fetched shard.
      for (const term of outcome.terms) {
        const shard = JSON.parse(files.get(`t-${engine.shardOf(term)}.json`) ?? '{}') as Shard;
        expect(shard.terms).toContain(term);
      }
      expect(fetched).not.toContain(FACETS_FILE);
      // Display chunks: none for one word; for several, only those of the first page of results,
      // re-read for the words side by side (the page fetches them next anyway).
      const firstPage = new Set(outcome.hits.slice(0, PHRASE_WINDOW + 10).map((hit) => `d-${Math.floor(hit.doc / engine.manifest.docsPerChunk)}.json`));
      const chunks = fetched.filter((name) => name.startsWith('d-'));
      if (outcome.words.length === 1) expect(chunks).toEqual([]);
      else for (const chunk of chunks) expect(firstPage.has(chunk)).toBe(true);
    }
  });

  it('puts every term in the shard its bounds designate', () => {
    const items = generateItems(2000, { seed: 9 });
    const { files, manifest } = buildSearchIndex(items, testContext(items), { shardBudget: 1500 });
    const engine = new SearchEngine(manifest, async () => null);
    let total = 0;
    manifest.bounds.forEach((_, i) => {
      const shard = JSON.parse(files.get(`t-${i}.json`) ?? '{}') as Shard;
      expect(shard.base).toBe(total);
      for (const term of shard.terms) expect(engine.shardOf(term)).toBe(i);
      total += shard.terms.length;
    });
  });

  it('separator keys are the shortest prefix above the previous term', () => {
    expect(separator('compos', 'composit')).toBe('composi');
    expect(separator('abc', 'b')).toBe('b');
    expect(separator('donne', 'dossi')).toBe('dos');
  });

  it('ranks like lunr: the direct path gives lunr’s documents, order and scores', async () => {
    const items = generateItems(9000, { seed: 11 });
    const { engine } = await openEngine(items);
    const queries = ['donnees', 'saisie ecran', 'rendez-vous', 'jeune', 'statistiques régionales', 'aide permis', 'pla', 'connexion lente'];
    for (const query of queries) {
      const plan = await engine.plan(query);
      const viaLunr = scoreWithLunr(plan);
      const direct = scoreDirect(plan);
      expect(viaLunr.length).toBeGreaterThan(0);
      expect(direct.map((hit) => hit.doc)).toEqual(viaLunr.map((hit) => hit.doc));
      direct.forEach((hit, i) => expect(hit.score).toBeCloseTo(viaLunr[i]?.score ?? NaN, 12));
    }
    // The corpus is large enough that some of these go past lunr's threshold in the engine.
    const sizes = await Promise.all(queries.map(async (q) => postingCount(await engine.plan(q))));
    expect(Math.max(...sizes)).toBeGreaterThan(LUNR_MAX_POSTINGS);
  });

  it('is deterministic: same items in any order → same bytes', () => {
    const items = generateItems(1500, { seed: 3 });
    const first = buildSearchIndex(items, testContext(items)).files;
    const shuffled = [...items].reverse();
    const second = buildSearchIndex(shuffled, testContext(shuffled)).files;
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect(second.get(name)).toBe(text);
  });

  it('keeps the facet values of every document in a compact table that counts like the items', async () => {
    const items = generateItems(3000, { seed: 4 });
    const { files, manifest } = buildSearchIndex(items, testContext(items));
    const table = JSON.parse(files.get(FACETS_FILE) ?? '{}') as FacetTable;
    const expanded = expandFacets(table, manifest);
    expect(expanded).toHaveLength(items.length);
    for (const dimension of ['tag', 'theme', 'region', 'profile', 'format'] as const) {
      expect(countBy(expanded, [dimension])).toEqual(countBy(items, [dimension]));
    }
    expect(countBy(expanded, ['theme', 'tag'])).toEqual(countBy(items, ['theme', 'tag']));
    // The table's runs agree with each document's display data.
    const engine = new SearchEngine(manifest, async (file) => JSON.parse(files.get(file) ?? 'null') as unknown);
    const sample = [0, 1, 17, 999, items.length - 1];
    const docs = await engine.documents(sample);
    docs.forEach((doc, i) => {
      const facet = expanded[sample[i] ?? 0];
      expect(doc.tag.value).toBe(facet?.tag);
      expect(doc.themes.map((t) => t.value)).toEqual(facet?.themes);
      expect(doc.region.value || null).toBe(facet?.region);
    });
    // A few hundred runs, not one entry per item.
    expect(table.groups.length).toBeLessThan(items.length / 4);
  });

  it('gives each result its permalink, source and labels', async () => {
    const items = corpusItems();
    const { engine } = await openEngine(items);
    const { hits } = await engine.search('application');
    const [doc] = await engine.documents(hits.map((hit) => hit.doc));
    const item = items.find((i) => i.text.startsWith('Une application'));
    expect(doc?.permalink).toBe(`/sessions/enquete-jeunes/#e-${item?.id}`);
    // As the item's pages write it (readableSource): session, line, who answered and from where; the file in the title.
    expect(doc?.source).toBe(`Enquête jeunes · ligne ${item?.source.line} · Jeunes · région:32`);
    expect(doc?.file).toBe(`Fichier\u00a0: content/ateliers/enquete-jeunes.md, ligne ${item?.source.line}`);
    expect(doc?.place).toEqual({ session: 'Enquête jeunes', line: item?.source.line, answer: null, element: '' });
    expect(doc?.tag).toEqual({ value: 'needs', label: 'tag:needs' });
    expect(doc?.profile.value).toBe('jeune');
  });

  it('publishes a small manifest and refuses an unknown version', async () => {
    const items = corpusItems();
    const { files } = buildSearchIndex(items, testContext(items));
    const manifest = JSON.parse(files.get(MANIFEST_FILE) ?? '{}') as Manifest;
    expect(manifest.docs).toBe(CORPUS.length);
    await expect(SearchEngine.open(async () => ({ ...manifest, version: 99 }))).rejects.toThrow(/version/);
  });

  it('analyses queries like the index', () => {
    expect(queryWords("l'application des jeunes")).toEqual([
      { word: 'application', stem: 'appliqu', written: 'application' },
      { word: 'jeunes', stem: 'jeun', written: 'jeunes' },
    ]);
  });
});
