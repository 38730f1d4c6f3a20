/**
 * A result and a row of the explorer give a verbatim's source as its pages do (`readableSource`, VerbatimItem.astro):
 * the same words, the file's place in the same title. Over the demo consultation, whose surveys have profiles and regions.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';
import type { FeedbackItem } from '../../src/pipeline/model.ts';
import { createSite, type Site } from '../../src/site/site.ts';
import { itemPlace, itemRank, readableSource, sourceHead } from '../../src/site/item-place.ts';
import { verbatimQuestion, verbatimSource } from '../../src/site/verbatim-question.ts';
import { frenchTypography } from '../../src/site/typography/french-typography.ts';
import { siteSearchContext } from '../../src/search/site-index.ts';
import { buildSearchIndex } from '../../src/search/build/index.ts';
import { chunkFile, type Chunk, type ChunkDoc, type Manifest, MANIFEST_FILE } from '../../src/search/format.ts';
import { IndexStore, type DocView } from '../../src/search/store.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('a verbatim’s source in the search index', () => {
  let site: Site;
  let store: IndexStore;
  /** Item id → its document's number, its source as the index stores it, and its whole stored display data. */
  const indexed = new Map<string, { doc: number; source: string; stored: ChunkDoc }>();
  let chunkTexts: string[] = [];

  beforeAll(async () => {
    site = createSite(synthesize(await readConsultation(repoRoot)).synthesis);
    const { files } = buildSearchIndex(site.synthesis.items, siteSearchContext(site));
    chunkTexts = [];
    const manifest = JSON.parse(files.get(MANIFEST_FILE) ?? '{}') as Manifest;
    const byPermalink = new Map(site.synthesis.items.map((item) => [site.permalinks.get(item.id), item.id]));
    for (let chunk = 0; chunk * manifest.docsPerChunk < manifest.docs; chunk++) {
      const { docs } = JSON.parse(files.get(chunkFile(chunk)) ?? '{}') as Chunk;
      docs.forEach((stored, i) => indexed.set(byPermalink.get(stored[2]) ?? '', { doc: chunk * manifest.docsPerChunk + i, source: stored[1], stored }));
      chunkTexts.push(files.get(chunkFile(chunk)) ?? '');
    }
    store = new IndexStore(manifest, async (file) => JSON.parse(files.get(file) ?? 'null') as unknown);
  }, 60_000);

  const pageSource = (item: FeedbackItem): string =>
    readableSource(item, site.sessionById.get(item.sessionId), (code) => site.regionByCode.get(code)?.name);

  async function shown(item: FeedbackItem): Promise<DocView> {
    const [doc] = await store.documents([indexed.get(item.id)?.doc ?? -1]);
    if (!doc) throw new Error(`absent de l’index : ${item.id}`);
    return doc;
  }

  /** The title of the item's source line on its pages (VerbatimItem.astro), with the pages' typography. */
  function pageTitle(item: FeedbackItem): string {
    const question = verbatimQuestion(item, site.sessionById.get(item.sessionId)?.kind ?? 'workshop');
    return frenchTypography(`Fichier : ${item.source.file}, ${verbatimSource(item.source, question)}`);
  }

  it('is readableSource’s for a survey answer, with who answered and from where, the file in the title', async () => {
    const answer = site.synthesis.items.find((item) => item.source.row !== undefined && item.profile && item.region && item.source.field);
    if (!answer) throw new Error('aucune réponse d’enquête avec profil et région');
    const expected = pageSource(answer);
    expect(expected).toMatch(/^Questionnaire .+ · réponse n° \d+ · .+ · .+$/);
    const doc = await shown(answer);
    expect(doc.source).toBe(frenchTypography(expected));
    expect(doc.file).toBe(pageTitle(answer));
    expect(doc.place).toEqual({ session: frenchTypography(site.sessionById.get(answer.sessionId)?.title ?? ''), line: answer.source.line, answer: answer.source.row, element: expect.any(String) });
  });

  it('is readableSource’s for a note’s item, with its workshop’s date and its line', async () => {
    const note = site.synthesis.items.find((item) => item.source.row === undefined && site.sessionById.get(item.sessionId)?.date);
    if (!note) throw new Error('aucune note d’atelier datée');
    const expected = pageSource(note);
    expect(expected).toMatch(/^Atelier .+, \d+(er)? [a-zéû]+ \d{4} · ligne \d+$/);
    const doc = await shown(note);
    expect(doc.source).toBe(frenchTypography(expected));
    expect(doc.file).toBe(pageTitle(note));
    const session = site.sessionById.get(note.sessionId);
    expect(doc.place).toEqual({ session: frenchTypography(session ? sourceHead(session) : ''), line: note.source.line, answer: null, element: expect.any(String) });
  });

  it('is readableSource’s for every item, and every title the page’s, put together in the browser from parts', async () => {
    const docs = await store.documents(site.synthesis.items.map((item) => indexed.get(item.id)?.doc ?? -1));
    expect(docs.map((doc) => doc.source)).toEqual(site.synthesis.items.map((item) => frenchTypography(pageSource(item))));
    expect(docs.map((doc) => doc.file)).toEqual(site.synthesis.items.map(pageTitle));
    // The items of one answer told apart as their pages' links are (« réponse n° 57, élément 2 sur 3 »).
    const named = (doc: DocView) => `${doc.place.answer === null ? `ligne ${doc.place.line}` : `réponse n° ${doc.place.answer}`}${doc.place.element && `, ${doc.place.element}`}`;
    expect(docs.map(named)).toEqual(site.synthesis.items.map((item) => itemPlace(site.synthesis.items, item)));
    expect(docs.some((doc) => doc.place.element !== '')).toBe(true);
    // Not one whole line stored: each chunk writes its sessions once.
    expect([...indexed.values()].filter((doc) => doc.source !== '')).toEqual([]);
  });

  it('stores an item’s rank among its answer’s items and their number, the browser writing « élément N sur M »', () => {
    const items = site.synthesis.items;
    expect(items.map((item) => indexed.get(item.id)?.stored.slice(15))).toEqual(items.map((item) => {
      const { rank, of } = itemRank(items, item);
      return [rank, of];
    }));
    expect(items.some((item) => itemRank(items, item).of > 1)).toBe(true);
    // The phrase is written by the browser only: no chunk holds it.
    expect(chunkTexts.filter((text) => /élément \d+ sur \d+/.test(text))).toEqual([]);
  });

  it('stores the whole line when the parts would not give it (a region the site does not name)', () => {
    const [item] = site.synthesis.items.filter((each) => site.sessionById.get(each.sessionId)?.kind === 'survey' && each.region);
    if (!item) throw new Error('aucune réponse d’enquête avec région');
    const context = { ...siteSearchContext(site), regionName: () => undefined };
    const { files } = buildSearchIndex([item], context);
    const [doc] = (JSON.parse(files.get(chunkFile(0)) ?? '{}') as Chunk).docs;
    expect(doc?.[1]).toBe(readableSource(item, site.sessionById.get(item.sessionId), () => undefined));
    expect(doc?.[1]).not.toContain(site.regionName(item.region));
  });

  it('names facets with the pages’ typography (« Côte d’Azur »), the browser showing the labels as stored', async () => {
    const item = site.synthesis.items.find((candidate) => candidate.region === '93');
    if (!item) throw new Error('la démo n’a plus d’élément en Provence-Alpes-Côte d’Azur');
    const doc = await shown(item);
    expect(doc.region.label).toBe('Provence-Alpes-Côte d’Azur');
    expect(doc.region.label).toBe(frenchTypography(site.regionName(item.region)));
  });
});
