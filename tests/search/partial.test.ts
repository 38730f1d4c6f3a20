/**
 * A query of several words that no text holds all of (« application mobile » on the 100,000-item bench:
 * 1,584 texts say « application », 64 « mobile », none both) found nothing. The engine now offers the
 * texts holding some of the words, apart from the results (whose count stays that of texts holding every
 * word), those with the most words first; the page names them for what they are.
 */
import { describe, expect, it } from 'vitest';
import type { SearchEngine } from '../../src/search/engine.ts';
import { queryWords } from '../../src/search/french.ts';
import { MAX_COUNTED_WORDS, partialHeading, partialSummary } from '../../src/search/partial-text.ts';
import { scoreSome } from '../../src/search/scoring.ts';
import { corpusItems, openEngine, type ItemSpec } from './fixtures.ts';

const APART: ItemSpec[] = [
  { text: 'L’application de la réforme est lente.' },
  { text: 'Les applications des partenaires ne se parlent pas.' },
  { text: 'Une application pour les jeunes, enfin.' },
  { text: 'Un bus mobile dans les villages.' },
  { text: 'La mobilité des jeunes en zone rurale.' },
  { text: 'Des conseillers mobiles pour les jeunes.' },
  { text: 'Le tableau de bord est attendu.' },
];

async function texts(engine: SearchEngine, docs: readonly number[]): Promise<string[]> {
  return (await engine.documents([...docs])).map((doc) => doc.text);
}

describe('texts holding some of the words, when none holds them all', () => {
  it('offers them apart, the results staying empty, with how many texts hold each word', async () => {
    const { engine } = await openEngine(corpusItems(APART));
    const outcome = await engine.search('application mobile');
    expect(outcome.hits).toEqual([]);
    expect(outcome.partial?.counts).toEqual([3, 2]);
    const listed = await texts(engine, outcome.partial?.hits.map((hit) => hit.doc) ?? []);
    expect(listed).toHaveLength(5);
    expect(new Set(listed)).toEqual(new Set([APART[0]?.text, APART[1]?.text, APART[2]?.text, APART[3]?.text, APART[5]?.text]));
    // « mobile » is not « mobilité »: the fallback does not widen the words.
    expect(listed).not.toContain(APART[4]?.text);
  });

  it('lists first the texts holding the most words', async () => {
    const { engine } = await openEngine(corpusItems(APART));
    const outcome = await engine.search('application mobile jeunes');
    expect(outcome.hits).toEqual([]);
    const hits = outcome.partial?.hits ?? [];
    const listed = await texts(engine, hits.map((hit) => hit.doc));
    expect(hits.map((hit) => hit.words).slice(0, 2)).toEqual([2, 2]);
    expect(new Set(listed.slice(0, 2))).toEqual(new Set([APART[2]?.text, APART[5]?.text]));
    expect(hits.every((hit, k) => k === 0 || (hits[k - 1]?.words ?? 0) >= hit.words)).toBe(true);
    expect(outcome.partial?.counts).toEqual([3, 2, 3]);
  });

  it('offers nothing apart when a text holds every word, or for one word', async () => {
    const { engine } = await openEngine(corpusItems());
    const both = await engine.search('application mobile');
    expect(both.hits).toHaveLength(1);
    expect(both.partial).toBeUndefined();
    const one = await engine.search('mobile');
    expect(one.partial).toBeUndefined();
    const nowhere = await engine.search('zzyzx');
    expect(nowhere.partial).toBeUndefined();
  });

  it('counts a word found nowhere as such, the other word still listing its texts', async () => {
    const { engine } = await openEngine(corpusItems(APART));
    const outcome = await engine.search('mobile zzyzx');
    expect(outcome.hits).toEqual([]);
    expect(outcome.partial?.counts).toEqual([2, 0]);
    expect(outcome.partial?.hits).toHaveLength(2);
  });

  it('scoreSome leaves out the documents holding every word and ranks a rare word above a common one', () => {
    const word = (text: string) => queryWords(text)[0]!;
    const entry = (term: string, index: number, docs: number[], weight: number) => ({
      term,
      index,
      docs: Uint32Array.from(docs),
      weights: Float64Array.from(docs, () => weight),
    });
    const hits = scoreSome([
      { word: word('application'), entries: [entry('appliqu', 0, [0, 1, 2], 0.5)] },
      { word: word('mobile'), entries: [entry('mobil', 1, [2, 3], 3)] },
    ]);
    expect(hits.map((hit) => hit.doc)).toEqual([3, 0, 1]);
    expect(hits.map((hit) => hit.mask)).toEqual([2, 1, 1]);
  });
});

describe('what the page says of them', () => {
  const words = queryWords('application mobile');

  it('says that no result holds both words, then what is listed instead, with each word’s count', () => {
    const partial = { hits: Array.from({ length: 1648 }, (_, doc) => ({ doc, score: 1, mask: 1, words: 1 })), counts: [1584, 64] };
    expect(partialSummary(words, partial)).toBe(
      'Aucun résultat ne contient à la fois « application » et « mobile ». Ci-dessous, 1\u202f648 textes qui contiennent l’un des deux : « application » (1\u202f584), « mobile » (64).',
    );
    expect(partialSummary(words, partial, 3)).toContain('l’un des deux : « application » (1\u202f584), « mobile » (64) ; 3 retenus par les filtres.');
    expect(partialHeading(words)).toBe('Textes qui contiennent « application » ou « mobile », pas les deux');
  });

  it('for three words and more, and a word in no text', () => {
    const three = queryWords('application mobile zzyzx');
    const partial = { hits: [{ doc: 0, score: 1, mask: 1, words: 1 }], counts: [1, 0, 0] };
    expect(partialSummary(three, partial)).toBe(
      'Aucun résultat ne contient tous les mots « application », « mobile » et « zzyzx ». Ci-dessous, le texte qui contient « application » : « application » (1), « mobile » (dans aucun texte), « zzyzx » (dans aucun texte).',
    );
    expect(partialHeading(three)).toBe('Textes qui contiennent une partie des mots cherchés, pas tous');
    // Up to MAX_COUNTED_WORDS words, each is named with its count; past it, the query as the page quotes it.
    expect(partialSummary(three, partial, undefined, 'application mobile zzyzx')).toBe(partialSummary(three, partial));
    const many = queryWords('application mobile jeunes réforme villages');
    expect(many).toHaveLength(MAX_COUNTED_WORDS + 1);
    const manyPartial = { hits: [partial.hits[0]!, { doc: 1, score: 1, mask: 2, words: 1 }], counts: [1, 1, 0, 0, 0] };
    expect(partialSummary(many, manyPartial, 0, 'application mobile jeunes…')).toBe(
      'Aucun résultat ne contient tous les mots de « application mobile jeunes… ». Ci-dessous, 2 textes qui en contiennent une partie ; aucun n’est retenu par les filtres.',
    );
    expect(partialHeading(three, [2, 1, 0])).toBe('Textes qui contiennent une partie des mots cherchés, pas tous');
    // One word alone in some text: the list is its texts, named so (not « … ou « zzyzx », pas les deux »).
    expect(partialHeading(three, partial.counts)).toBe('Textes qui contiennent « application »');
    expect(partialHeading(queryWords('mobile zzyzx'), [2, 0])).toBe('Textes qui contiennent « mobile »');
    expect(partialHeading(queryWords('application mobile'), [3, 2])).toBe('Textes qui contiennent « application » ou « mobile », pas les deux');
  });
});

describe('« Vouliez-vous dire … ? » when the words are never together', () => {
  it('offers the corrected words although no text holds them all: each is in some text', async () => {
    const { engine } = await openEngine(corpusItems(APART));
    expect(await engine.suggest('aplication mobile')).toBe('application mobile');
    expect(await engine.suggest('application mobile')).toBeUndefined();
  });
});
