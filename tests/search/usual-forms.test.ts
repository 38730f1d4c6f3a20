/**
 * « Vouliez-vous dire … ? » spells its word as the texts write it, the closest to what was typed
 * first, then the most usual — never as the first text holding the term happens to (« onseillers » →
 * « conseillers », where the first text said « conseillère »).
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { usualForms } from '../../src/search/build/forms.ts';
import { endingShardFile, type EndingShard } from '../../src/search/format.ts';
import { indexTerm } from '../../src/search/french.ts';
import { corpusItems, openEngine, testContext, type ItemSpec } from './fixtures.ts';

const ADVISERS: ItemSpec[] = [
  { text: 'Ma conseillère me rappelle toujours.', line: 1 },
  { text: 'Les conseillers saisissent deux fois.', line: 2 },
  { text: 'Des conseillers débordés, des Conseillers absents.', line: 3 },
  { text: 'Trop de dossiers pour les conseillers.', line: 4 },
  { text: 'Une conseillère par jeune.', line: 5 },
];

describe('the usual words of a term', () => {
  it('keeps the words the most texts hold first (a text counts once), in lower case', () => {
    const forms = usualForms(ADVISERS.map((spec) => spec.text));
    // « conseillers » is in 3 texts (twice in one), « conseillère » in 2.
    expect(forms.get(indexTerm('conseillers'))).toEqual(['conseillers', 'conseillère']);
    expect(forms.get(indexTerm('dossiers'))).toEqual(['dossiers']);
  });

  it('orders a tie in code-unit order and keeps at most three words, the most usual', () => {
    expect(usualForms(['Une conseillère.', 'Des conseillers.']).get(indexTerm('conseillers'))).toEqual(['conseillers', 'conseillère']);
    // Four spellings of one term (« conseiller » alone is another): the least usual is left out.
    const texts = ['Des conseillères.', 'Une conseillère.', 'Des conseillers.', 'Deux conseillères.', 'Les conseillers.', 'Un Conseillers.', 'Conseillèrs ?'];
    expect(usualForms(texts).get(indexTerm('conseillers'))).toEqual(['conseillers', 'conseillères', 'conseillère']);
    expect(usualForms(texts, 1).get(indexTerm('conseillers'))).toEqual(['conseillers']);
  });
});

describe('the index builder’s ending shards', () => {
  it('give each term as its usual words, and the suggestion is spelled with the closest', async () => {
    const { engine, files } = await openEngine(corpusItems(ADVISERS));
    const shard = JSON.parse(files.get(endingShardFile(0)) ?? '{}') as EndingShard;
    expect(shard.words).toContain('conseillers conseillère');
    // The first document holding the term writes « conseillère »: it used to be the suggestion of any typo.
    const first = Math.min(...(await engine.search('conseillers')).hits.map((hit) => hit.doc));
    expect((await engine.documents([first]))[0]?.text).toContain('conseillère');
    expect(await engine.suggest('onseillers')).toBe('conseillers');
    expect(await engine.suggest('les onseillère')).toBe('les conseillère');
    // Equally far from both: the more usual.
    expect(await engine.suggest('onseillerx')).toBe('conseillers');
  });

  it('spells a tie as the word closest to what was typed', async () => {
    const { engine } = await openEngine(corpusItems([{ text: 'Une conseillère.' }, { text: 'Des conseillers.' }]));
    expect(await engine.suggest('onseillère')).toBe('conseillère');
    expect(await engine.suggest('onseillers')).toBe('conseillers');
  });

  it('are the same bytes from one build to the next', () => {
    const items = corpusItems(ADVISERS);
    const once = buildSearchIndex(items, testContext(items));
    const again = buildSearchIndex(corpusItems([...ADVISERS].reverse()), testContext(items));
    expect([...again.files]).toEqual([...once.files]);
  });
});
