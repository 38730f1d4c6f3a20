/**
 * « Vouliez-vous dire … ? » spells its word as most texts write it, not as the first text holding
 * the term does (« onseillers » → « conseillers », where the first text said « conseillère »).
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { usualForms } from '../../src/search/build/forms.ts';
import { endingShardFile, type EndingShard } from '../../src/search/format.ts';
import { indexTerm } from '../../src/search/french.ts';
import { usualSpelling } from '../../src/search/suggest.ts';
import { corpusItems, openEngine, testContext, type ItemSpec } from './fixtures.ts';

const ADVISERS: ItemSpec[] = [
  { text: 'Ma conseillère me rappelle toujours.', line: 1 },
  { text: 'Les conseillers saisissent deux fois.', line: 2 },
  { text: 'Des conseillers débordés, des Conseillers absents.', line: 3 },
  { text: 'Trop de dossiers pour les conseillers.', line: 4 },
  { text: 'Une conseillère par jeune.', line: 5 },
];

describe('the usual words of a term', () => {
  it('keeps the word the most texts hold (a text counts once), in lower case', () => {
    const forms = usualForms(ADVISERS.map((spec) => spec.text));
    // « conseillers » is in 3 texts (twice in one), « conseillère » in 2.
    expect(forms.get(indexTerm('conseillers'))).toEqual(['conseillers']);
    expect(forms.get(indexTerm('dossiers'))).toEqual(['dossiers']);
  });

  it('keeps every word of a tie, in code-unit order', () => {
    expect(usualForms(['Un conseiller.', 'Une conseillère.', 'Des conseillers.']).get(indexTerm('conseillers'))).toEqual([
      'conseillers',
      'conseillère',
    ]);
  });

  it('breaks a tie by the word closest to what was typed, then by the first', () => {
    expect(usualSpelling(['conseillers', 'conseillère'], 'onseillère')).toBe('conseillère');
    expect(usualSpelling(['conseillers', 'conseillère'], 'onseillers')).toBe('conseillers');
    expect(usualSpelling(['abcd', 'abce'], 'abcx')).toBe('abcd');
    expect(usualSpelling([], 'abcx')).toBeUndefined();
  });
});

describe('the index builder’s ending shards', () => {
  it('give each term as its most usual word, and the suggestion is spelled with it', async () => {
    const { engine, files } = await openEngine(corpusItems(ADVISERS));
    const shard = JSON.parse(files.get(endingShardFile(0)) ?? '{}') as EndingShard;
    expect(shard.words).toContain('conseillers');
    expect(shard.words.join(' ').split(' ')).not.toContain('conseillère');
    // The first document holding the term writes « conseillère »: it used to be the suggestion.
    const first = Math.min(...(await engine.search('conseillers')).hits.map((hit) => hit.doc));
    expect((await engine.documents([first]))[0]?.text).toContain('conseillère');
    expect(await engine.suggest('onseillers')).toBe('conseillers');
    expect(await engine.suggest('les onseillère')).toBe('les conseillers');
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
