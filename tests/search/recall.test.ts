/**
 * What a reader types against what the texts say: plurals the French stemmer leaves alone (« applis »),
 * misspellings (« dématérialistion » → « Vouliez-vous dire … ? ») and words side by side (« France
 * Travail ») ranked above the same words apart.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MANIFEST_FILE } from '../../src/search/format.ts';
import type { SearchEngine } from '../../src/search/engine.ts';
import { foldPlural, foldWritten, indexTerm, queryWords } from '../../src/search/french.ts';
import { closestWord, editDistance, type Candidate } from '../../src/search/suggest.ts';
import { generateItems, loadRealAnswers } from '../../scripts/generate-consultation.ts';
import { corpusItems, openEngine, type ItemSpec } from './fixtures.ts';

async function texts(engine: SearchEngine, query: string): Promise<string[]> {
  const { hits } = await engine.search(query);
  return (await engine.documents(hits.map((hit) => hit.doc))).map((doc) => doc.text);
}

const APPS: ItemSpec[] = [
  { text: 'Une appli mobile pour prendre rendez-vous.' },
  { text: 'Les applis mobiles des partenaires ne se parlent pas.' },
  { text: 'Des infos à jour sur les aides.' },
  { text: 'Une info claire pour chaque jeune.' },
  { text: 'Les délais sont trop longs, deux mois.' },
];

describe('plurals the stemmer keeps (« applis », « infos »)', () => {
  it('folds the plural s after i, o, u in the index and the query alike', () => {
    expect(indexTerm('applis')).toBe(indexTerm('appli'));
    expect(indexTerm('infos')).toBe(indexTerm('info'));
    expect(indexTerm('vidéos')).toBe(indexTerm('vidéo'));
    expect(queryWords('applis').map((word) => word.stem)).toEqual([indexTerm('appli')]);
    // Short words keep their s: « mois », « avis », « fois » are no plurals of « moi », « avi », « foi ».
    expect(foldPlural('mois')).toBe('mois');
    expect(foldPlural('avis')).toBe('avis');
    expect(foldPlural('fois')).toBe('fois');
  });

  it('« applis » finds « appli », and the reverse', async () => {
    const { engine } = await openEngine(corpusItems(APPS));
    const both = ['Une appli mobile pour prendre rendez-vous.', 'Les applis mobiles des partenaires ne se parlent pas.'];
    expect((await texts(engine, 'applis')).sort()).toEqual(both.slice().sort());
    expect((await texts(engine, 'appli')).sort()).toEqual(both.slice().sort());
    expect((await texts(engine, 'applis mobiles')).sort()).toEqual(both.slice().sort());
    expect((await texts(engine, 'appli mobile')).sort()).toEqual(both.slice().sort());
    expect((await texts(engine, 'infos')).sort()).toEqual(['Des infos à jour sur les aides.', 'Une info claire pour chaque jeune.']);
  });
});

describe('« Vouliez-vous dire … ? »', () => {
  it('measures edits: insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('dematerialist', 'dematerialis', 2)).toBe(1);
    expect(editDistance('donnes', 'donens', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
    const candidate = (word: string, docs = 3): Candidate => ({ word, term: indexTerm(word), docs });
    const closest = (typed: string, words: Candidate[]) => closestWord(typed, words, foldWritten)?.word;
    expect(closest('dématérialistion', [candidate('dématérialisation'), candidate('déménagement', 9)])).toBe('dématérialisation');
    // Words compared as written: a typo that keeps the stemmer from cutting the ending changes nothing.
    expect(closest('statisitques', [candidate('statistiques')])).toBe('statistiques');
    expect(closest('pom', [candidate('pam')])).toBeUndefined();
  });

  it('suggests the consultation’s word for a misspelled one, and nothing for a word it holds', async () => {
    const items = corpusItems([
      ...APPS,
      { text: 'La dématérialisation des dossiers a simplifié le suivi.' },
      { text: 'Dématérialisation : les jeunes sans ordinateur sont perdus.' },
    ]);
    const { engine } = await openEngine(items);
    expect((await engine.search('dématérialistion')).hits).toEqual([]);
    expect(await engine.suggest('dématérialistion')).toBe('dématérialisation');
    expect(await engine.suggest('la dématérialistion des dossiers')).toBe('la dématérialisation des dossiers');
    expect(await engine.suggest('dématérialisation')).toBeUndefined();
    expect(await engine.suggest('zzzzzzzz')).toBeUndefined();
  });

  it('finds the word in the shard the query fetched, and its spelling in the ending shards, without display chunks', async () => {
    const generated = generateItems(3000, { seed: 5 });
    const { engine, fetched } = await openEngine(generated, { shardBudget: 2000 });
    await engine.search('statisitques');
    const before = new Set(fetched);
    expect(await engine.suggest('statisitques')).toMatch(/^statistique/);
    const added = fetched.filter((file) => !before.has(file));
    // The corrected query's shards at most, and the ending shard.
    expect(added.filter((file) => file.startsWith('t-')).length).toBeLessThanOrEqual(1);
    expect(added.filter((file) => file.startsWith('w-')).length).toBeLessThanOrEqual(1);
    expect(added.filter((file) => file.startsWith('d-'))).toEqual([]);
    expect(added.filter((file) => file.startsWith('r-')).length).toBeLessThanOrEqual(1);
  });
});

describe('« Vouliez-vous dire … ? » for a typo in the first letters', () => {
  const items = () =>
    corpusItems([
      ...APPS,
      { text: 'La dématérialisation des dossiers a simplifié le suivi.' },
      { text: 'Dématérialisation : les jeunes sans ordinateur sont perdus.' },
      { text: 'Les statistiques mensuelles arrivent trop tard.' },
      { text: 'Un tableau de bord pour les statistiques de la structure.' },
    ]);

  it('finds the word among the terms ending alike, which the query’s own shard does not hold', async () => {
    // Small shards: « sématérialisation », « edmatérialisation » and « tatistiques » fall far from their words.
    const { engine } = await openEngine(items(), { shardBudget: 60 });
    expect(engine.shardOf(indexTerm('sématérialisation'))).not.toBe(engine.shardOf(indexTerm('dématérialisation')));
    expect(await engine.suggest('sématérialisation')).toBe('dématérialisation');
    expect(await engine.suggest('edmatérialisation')).toBe('dématérialisation');
    expect(await engine.suggest('la xématérialisation des dossiers')).toBe('la dématérialisation des dossiers');
    expect(await engine.suggest('tatistiques')).toBe('statistiques');
    expect(await engine.suggest('zzzzzzzz')).toBeUndefined();
  });

  it('reads the ending shard and the word’s shard only after a query that found nothing', async () => {
    const { engine, fetched } = await openEngine(items(), { shardBudget: 60, endingShardBudget: 60 });
    expect((await engine.search('dossiers')).hits).toHaveLength(1);
    expect((await engine.search('sématérialisation')).hits).toEqual([]);
    // A search, found or not, reads no ending shard: only the suggestion does.
    expect(fetched.filter((file) => file.startsWith('r-'))).toEqual([]);
    const before = new Set(fetched);
    expect(await engine.suggest('sématérialisation')).toBe('dématérialisation');
    const added = fetched.filter((file) => !before.has(file));
    expect(added.filter((file) => file.startsWith('r-'))).toHaveLength(1);
    expect(added.filter((file) => file.startsWith('t-'))).toHaveLength(1);
    expect(engine.manifest.endingBounds.length).toBeGreaterThan(1);
  });

  it('costs a first query only the ending shards’ bounds in the manifest', async () => {
    const { engine, files } = await openEngine(generateItems(20_000, { seed: 5, realAnswers: loadRealAnswers() }));
    const { endingBounds, ...without } = engine.manifest;
    const added = gzipSync(files.get(MANIFEST_FILE) ?? '').length - gzipSync(JSON.stringify(without)).length;
    expect(endingBounds.length).toBeGreaterThan(1);
    expect(added).toBeLessThan(200);
  }, 60_000);
});

describe('words side by side', () => {
  it('ranks « France Travail » above « travail » and « français » apart', async () => {
    const { engine } = await openEngine(
      corpusItems([
        { text: 'Code du travail français.' },
        { text: 'Le travail en France et à l’étranger, pour les jeunes qui partent en stage loin de chez eux.' },
        { text: 'Les échanges avec France Travail sont longs : chaque dossier est ressaisi par le conseiller et par l’agence, et les jeunes attendent des semaines.' },
        { text: 'Rien à voir.' },
      ]),
    );
    const found = await texts(engine, 'France Travail');
    expect(found).toHaveLength(3);
    expect(found[0]).toContain('France Travail');
    // One word alone keeps lunr's order (the shortest text first).
    expect((await texts(engine, 'travail'))[0]).toBe('Code du travail français.');
  });
});
