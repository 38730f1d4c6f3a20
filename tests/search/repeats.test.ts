import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import fc from 'fast-check';
import { foldedWords, groupSameAnswers, identicalAnswers } from '../../src/search/same-answer.ts';
import { orderDocuments } from '../../src/search/build/documents.ts';
import { entriesOf, entryAt } from '../../src/search/entries.ts';
import { answerSizes, preferRepeated } from '../../src/search/repeat-order.ts';
import { SearchEngine } from '../../src/search/engine.ts';
import { expandFacets } from '../../src/search/store.ts';
import { FACETS_FILE, type FacetTable } from '../../src/search/format.ts';
import { generateItems } from '../../scripts/generate-consultation.ts';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { corpusItems, openEngine, testContext, type ItemSpec } from './fixtures.ts';

/** Answers of a survey as real ones come: the same word written many ways, among longer answers. */
const ANSWERS: ItemSpec[] = [
  { text: "L'hôpital de proximité a fermé ses urgences la nuit.", tag: 'broken', themes: ['sante'], line: 2 },
  { text: 'Hôpital', tag: 'needs', themes: ['sante'], line: 3 },
  { text: 'Un hôpital plus proche, avec des urgences ouvertes.', tag: 'needs', themes: ['sante'], line: 4 },
  { text: 'hopital.', tag: 'needs', themes: ['sante'], line: 5 },
  { text: "l'hôpital", tag: 'needs', themes: ['sante'], line: 6 },
  { text: 'HOPITAL -', tag: 'needs', themes: ['sante'], line: 7 },
  { text: 'Hôpital', tag: 'needs', themes: ['sante'], region: '84', line: 8 },
  { text: 'Hôpital', tag: 'broken', themes: ['sante'], line: 9 },
  { text: 'Hôpital !', tag: 'needs', themes: ['sante'], line: 10 },
  { text: "L'HÔPITAL", tag: 'needs', themes: ['sante'], line: 11 },
];

async function hitsOf(engine: SearchEngine, query: string): Promise<number[]> {
  return (await engine.search(query)).hits.map((hit) => hit.doc);
}

describe('identical answers', () => {
  it('are the same words up to case, accents and punctuation, not the same terms alone', () => {
    const same = (a: string, b: string) => groupSameAnswers([a, b], (text) => text).length === 1;
    expect(same('Hôpital', 'HOPITAL -')).toBe(true);
    expect(same('Transports en commun.', 'transports  en commun')).toBe(true);
    // Same index terms (« l » is a stop word, plurals stem alike) but other words: not the same answer.
    expect(same("l'hôpital", 'hôpital')).toBe(false);
    expect(same('Transport en commun', 'Transports en commun')).toBe(false);
  });

  it('fold words as lower-casing, splitting into letters and digits and removing accents would', () => {
    const reference = (text: string) =>
      (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')).join(' ');
    // French letters in both cases, ligatures, digits, punctuation, spaces of all kinds, a decomposed accent, other scripts, an emoji.
    const alphabet = [...'aeéèêëàâäîïôöùûüçœæÿAÉÈÊÀÂÎÔÙÛÇŒÆzZ09 \t\n\u00a0\u202f.,;:!?\'’«»()-–—/"ßıñØłЖжλ中', '\u0301', '😀'];
    const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((chars) => chars.join(''));
    fc.assert(fc.property(texts, (text) => foldedWords(text) === reference(text)), { numRuns: 2000 });
    expect(foldedWords("  L'ÉTÉ, à  Noël ! ")).toBe('l ete a noel');
  });

  it('are grouped in order of first appearance, words that fold alike but index apart split', () => {
    // « là » is indexed, « la » is a stop word: the same folded words, not the same score, so not the same answer.
    expect(groupSameAnswers(['la', 'x', 'là', 'LA', 'X.'], (text) => text)).toEqual([['la', 'LA'], ['x', 'X.'], ['là']]);
  });

  it('are numbered right after their first occurrence, which says how many follow', async () => {
    const items = corpusItems(ANSWERS);
    const { engine, files } = await openEngine(items);
    const views = await engine.documents([...items.keys()]);
    const texts = views.map((view) => `${view.text}|${view.repeat}`);
    // « Hôpital », « hopital. », « HOPITAL - », « Hôpital ! » in the same facets: one first occurrence
    // (the earliest line) and its three repeats, in source order.
    const start = texts.indexOf('Hôpital|3');
    expect(texts.slice(start, start + 4)).toEqual(['Hôpital|3', 'hopital.|-1', 'HOPITAL -|-2', 'Hôpital\u202f!|-3']);
    // The most repeated answers come first in their facet group, then the source's order: the next
    // answer given twice before the unique answer of line 4.
    expect(texts.slice(start + 4, start + 7)).toEqual(['l’hôpital|1', 'L’HÔPITAL|-1', 'Un hôpital plus proche, avec des urgences ouvertes.|0']);
    // Other facets (a region, a tag) are other answers; unique texts stay alone.
    expect(texts.filter((text) => text.startsWith('Hôpital|0'))).toHaveLength(2);
    expect(views.filter((view) => view.text.length > 20).map((view) => view.repeat)).toEqual([0, 0]);
    // The facet table tells the same as the display data.
    const table = JSON.parse(files.get(FACETS_FILE) ?? '{}') as FacetTable;
    expect(expandFacets(table, engine.manifest).map((item) => item.repeat)).toEqual(views.map((view) => view.repeat));
  });

  it('follow each other in a ranking, so a page of results shows each answer once with its number', async () => {
    const items = corpusItems(ANSWERS);
    const { engine } = await openEngine(items);
    const hits = await hitsOf(engine, 'hopital');
    expect(hits).toHaveLength(ANSWERS.length);
    const views = new Map((await engine.documents(hits)).map((view) => [view.doc, view]));
    const entries = entriesOf(hits, (doc) => views.get(doc)?.repeat ?? 0);
    const lines = entries.map((entry) => `${views.get(entry.doc)?.text} ×${entry.count}`);
    expect(lines).toContain('Hôpital ×4');
    expect(lines).toContain('l’hôpital ×2');
    expect(lines).toHaveLength(ANSWERS.length - 4);
    // No answer is lost: the lines stand for every hit.
    expect(entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(hits.length);
    // The same one word under another tag or region has the same score: the answer given four times comes
    // before them, though its facets (needs) come after broken in document order.
    expect(lines.filter((line) => line.startsWith('Hôpital '))).toEqual(['Hôpital ×4', 'Hôpital ×1', 'Hôpital ×1']);
    const broken = [...views.values()].find((view) => view.text === 'Hôpital' && view.tag.value === 'broken');
    const four = [...views.values()].find((view) => view.text === 'Hôpital' && view.repeat === 3);
    expect((broken?.doc ?? 0) < (four?.doc ?? 0)).toBe(true);
  });

  it('know, for any document, how many give its answer', () => {
    // First occurrences at 2 (3 repeats follow) and 10 (1 repeat follows).
    const size = answerSizes([2, 3, 8, 1]);
    expect([0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12].map(size)).toEqual([1, 1, 4, 4, 4, 4, 1, 1, 2, 2, 1]);
    expect(answerSizes([])(5)).toBe(1);
    // Equal scores only: by number of identical answers, then document order; other scores keep their place.
    const hits = [{ doc: 7, score: 3 }, { doc: 1, score: 2 }, { doc: 10, score: 2 }, { doc: 11, score: 2 }, { doc: 2, score: 2 }, { doc: 3, score: 2 }, { doc: 4, score: 2 }, { doc: 5, score: 2 }, { doc: 0, score: 1 }];
    hits.sort((a, b) => b.score - a.score || a.doc - b.doc);
    expect(preferRepeated(hits, size).map((hit) => hit.doc)).toEqual([7, 2, 3, 4, 5, 10, 11, 1, 0]);
  });

  it('stay together in a filtered list, and each line counts every answer it stands for', () => {
    const items = generateItems(4000, { seed: 12 });
    // Real consultations repeat short answers: a tenth of the items get one of three texts (and no theme, like « RAS »).
    const repeated = items.map((item, i) =>
      i % 10 === 0 ? { ...item, text: ['Rien', 'RAS.', 'Plus de temps'][i % 3] ?? '', themes: ['autres'], profile: null, weight: 1 } : item,
    );
    const { files, manifest } = buildSearchIndex(repeated, testContext(repeated));
    const facets = expandFacets(JSON.parse(files.get(FACETS_FILE) ?? '{}') as FacetTable, manifest);
    const repeats = facets.filter((item) => item.repeat !== 0);
    expect(repeats.length).toBeGreaterThan(300);
    const regions = [...new Set(facets.map((item) => item.region))];
    expect(regions.length).toBeGreaterThan(5);
    let lines = 0;
    for (const region of regions) {
      const docs = facets.filter((item) => item.region === region).map((item) => item.doc);
      const entries = entriesOf(docs, (doc) => facets[doc]?.repeat ?? 0);
      lines += entries.length;
      expect(entries.reduce((sum, entry) => sum + entry.count, 0)).toBe(docs.length);
      // A line never starts on a repeat: its first occurrence always comes before it in the list.
      for (const entry of entries) expect(facets[entry.doc]?.repeat).toBeGreaterThanOrEqual(0);
    }
    expect(lines).toBe(facets.filter((item) => item.repeat >= 0).length);
    expect(lines).toBeLessThan(facets.length - 300);
  });

  it('a repeat whose first occurrence is not in the list stands alone', () => {
    expect(entryAt([4, 5, 6, 9], 0, 2)).toEqual({ doc: 4, count: 3, next: 3 });
    expect(entryAt([5, 6, 9], 0, -1)).toEqual({ doc: 5, count: 1, next: 1 });
    expect(entriesOf([5, 6, 9], (doc) => (doc === 9 ? 0 : -1))).toEqual([
      { doc: 5, count: 1 },
      { doc: 6, count: 1 },
      { doc: 9, count: 1 },
    ]);
  });

  it('are counted on every item for the exports, with the first the site shows', () => {
    const items = corpusItems(ANSWERS);
    const { count, first } = identicalAnswers(items);
    // « Hôpital », « hopital. », « HOPITAL - », « Hôpital ! » (needs, same region): four, the earliest line first.
    expect([3, 5, 7, 10].map((line) => count[items.findIndex((item) => item.source.line === line)])).toEqual([4, 4, 4, 4]);
    const head = items.findIndex((item) => item.source.line === 3);
    for (const line of [3, 5, 7, 10]) expect(first[items.findIndex((item) => item.source.line === line)]).toBe(head);
    // « l'hôpital » and « L'HÔPITAL »: two; another region, another tag, a longer text: alone.
    expect(count[items.findIndex((item) => item.source.line === 11)]).toBe(2);
    for (const line of [2, 4, 8, 9]) expect(count[items.findIndex((item) => item.source.line === line)]).toBe(1);
  });

  it('answer the same question: a bare « Non » to two questions is two answers, on the site and in the exports', async () => {
    const specs: ItemSpec[] = [
      { text: 'Non', tag: 'needs', themes: ['sante'], line: 2 },
      { text: 'non.', tag: 'needs', themes: ['sante'], line: 3 },
      { text: 'Non', tag: 'needs', themes: ['sante'], line: 4 },
    ];
    const questions = ['Faut-il fusionner les régions ?', 'Faut-il fusionner les régions ?', 'Faut-il un référendum ?'];
    const items = corpusItems(specs).map((item, i) => ({ ...item, question: questions[i] ?? null }));
    expect(Array.from(identicalAnswers(items).count)).toEqual([2, 2, 1]);
    const { docs } = orderDocuments(items, testContext(items));
    expect(docs.map((doc) => [doc.item.source.line, doc.repeat])).toEqual([[2, 1], [3, -1], [4, 0]]);
    // A part's title is no question (the badge says it): items under « Irritants » and « Difficultés » stay one answer.
    const parts = corpusItems(specs.slice(0, 2)).map((item, i) => ({ ...item, tag: 'broken' as const, question: ['Irritants', 'Difficultés'][i] ?? null }));
    expect(Array.from(identicalAnswers(parts).count)).toEqual([2, 2]);
  });

  it('are the same groups on the site and in the exports, on a generated consultation', () => {
    // A tenth of the items share three short texts written two ways, half of them with the facets of the
    // first item (so that they are identical), the other half with their own; in any order of the items.
    const generated = generateItems(3000, { seed: 11 });
    const facets = generated[0] as FeedbackItem;
    const items = generated.map((item, i) => {
      if (i % 10 !== 0) return item;
      const text = ['Rien.', 'rien', 'Pas grand-chose', 'pas grand chose !', 'RAS', 'R.A.S'][i % 6] as string;
      const { tag, region, profile, format, weight, themes } = facets;
      return i % 20 === 0 ? { ...item, text, tag, region, profile, format, weight, themes } : { ...item, text };
    });
    const shuffled = [...items].reverse();
    const { count, first } = identicalAnswers(shuffled);
    const { docs } = orderDocuments(shuffled, testContext(shuffled));
    const index = new Map(shuffled.map((item, i) => [item, i]));
    let repeated = 0;
    docs.forEach((doc, position) => {
      const head = doc.repeat < 0 ? (docs[position + doc.repeat] as (typeof docs)[number]) : doc;
      const i = index.get(doc.item) as number;
      expect(count[i]).toBe(head.repeat + 1);
      expect(shuffled[first[i] as number]).toBe(head.item);
      if (head.repeat > 0) repeated++; // every item of a group of two or more
    });
    expect(repeated).toBeGreaterThan(150);
  });
});
