import { describe, expect, it } from 'vitest';
import type { FacetOffer } from '../../src/search/facet-offers.ts';
import type { Manifest } from '../../src/search/format.ts';
import type { QueryWord } from '../../src/search/french.ts';
import {
  addressOf,
  asked,
  cleared,
  facetToggled,
  filtered,
  filtersRemoved,
  found,
  fromAddress,
  INITIAL_STATE,
  listedItems,
  offered,
  PageStore,
  queryOf,
  typed,
  wantsSuggestion,
  type PageState,
} from '../../src/search/page-state.ts';
import { MAX_QUERY_LENGTH, readState } from '../../src/search/selection.ts';
import type { FacetItem } from '../../src/search/store.ts';

/** A facet table row: document `doc`, in `region`, with `tag`. */
const item = (doc: number, region: string, tag: FacetItem['tag'] = 'broken'): FacetItem => ({
  doc,
  repeat: 0,
  tag,
  themes: ['saisie'],
  region,
  department: null,
  profile: 'conseiller',
  format: 'presentiel',
  sessionId: '',
  weight: 1,
});

// Indexed by document, as the engine's facet table is.
const items = [item(0, '53'), item(1, '11'), item(2, '53', 'working'), item(3, '04')];

const manifest = {
  facets: { tag: [['broken', 'Ce qui dysfonctionne']], theme: [], region: [['53', 'Bretagne'], ['11', 'Île-de-France']], profile: [], format: [] },
} as unknown as Manifest;

const offer = (misspelt: boolean): FacetOffer => ({ dimension: 'theme', value: 'saisie', label: 'Saisie', count: 3, ...(misspelt ? { misspelt: true as const } : {}) });

/** The query's words as the engine gives them back (`n` of them). */
const words = (n: number): QueryWord[] => Array.from({ length: n }, (_, w) => ({ word: `mot${w}`, stem: `mot${w}`, written: `mot${w}` }));
const hitsOf = (docs: readonly number[]) => docs.map((doc) => ({ doc, score: 1 }));
const withHits = (hits: number[], state: PageState = INITIAL_STATE) => found(state, { words: words(1), hits: hitsOf(hits) }, () => true);
/** No text with both words; `some` hold one of them (most words first). */
const withSome = (some: number[], state: PageState = INITIAL_STATE) =>
  found(state, { words: words(2), hits: [], partial: { hits: some.map((doc) => ({ doc, score: 1, mask: 1, words: 1 })), counts: [some.length, 0] } }, () => true);

describe('search page state', () => {
  it('reads a query as the address keeps it: trimmed, cut at MAX_QUERY_LENGTH', () => {
    expect(queryOf('  saisie  ')).toBe('saisie');
    expect(queryOf(` ${'a'.repeat(MAX_QUERY_LENGTH + 5)}`)).toHaveLength(MAX_QUERY_LENGTH);
    expect(asked(INITIAL_STATE, ' agenda ').query).toBe('agenda');
  });

  it('forgets what the address got wrong once the reader types or ticks a filter, keeping the filters', () => {
    const opened = fromAddress(INITIAL_STATE, { selection: { region: ['53'] }, unknown: [{ dimension: 'region', value: 'atlantide' }] });
    expect(opened.selection).toEqual({ region: ['53'] });
    expect(opened.ignored).toEqual([{ dimension: 'region', value: 'atlantide' }]);
    expect(typed(opened)).toMatchObject({ selection: { region: ['53'] }, ignored: [] });
    const ticked = facetToggled(opened, 'tag', 'broken', true);
    expect(ticked).toMatchObject({ selection: { region: ['53'], tag: ['broken'] }, ignored: [] });
    expect(facetToggled(ticked, 'region', '53', false).selection).toEqual({ tag: ['broken'] });
    // An address without unknown values leaves none from the previous one (Back to a clean address).
    expect(fromAddress(opened, { selection: {} }).ignored).toEqual([]);
  });

  it('clears the answer, never the question', () => {
    const answered = offered({ ...withHits([2, 0], asked(facetToggled(INITIAL_STATE, 'region', '53', true), 'saisie')), shown: [2] }, [offer(false)]);
    const empty = cleared(answered);
    expect(empty).toMatchObject({ hits: [], shown: [], offers: [], query: 'saisie', selection: { region: ['53'] } });
    expect(filtersRemoved(answered)).toMatchObject({ selection: {}, hits: [2, 0], query: 'saisie' });
  });

  it('keeps the hits the filters match, in the hits’ order; all of them before the facet values are loaded', () => {
    const hits = withHits([3, 2, 1, 0]);
    expect(filtered(hits, undefined).shown).toEqual([3, 2, 1, 0]);
    expect(filtered(hits, items).shown).toEqual([3, 2, 1, 0]);
    const breton = facetToggled(hits, 'region', '53', true);
    expect(filtered(breton, undefined).shown).toEqual([3, 2, 1, 0]);
    expect(filtered(breton, items).shown).toEqual([2, 0]);
    expect(filtered(facetToggled(breton, 'tag', 'working', true), items).shown).toEqual([2]);
    expect(filtered(facetToggled(hits, 'region', '75', true), items).shown).toEqual([]);
    expect(listedItems(withHits([1, 9]), items)?.map((row) => row.doc)).toEqual([1]);
    expect(listedItems(hits, undefined)).toBeUndefined();
  });

  it('lists, when no text holds every word, the texts holding some of them, the hits staying none', () => {
    const some = withSome([3, 0, 1]);
    expect(some).toMatchObject({ hits: [], listed: [3, 0, 1], searchedWords: 2 });
    expect(some.partial?.words.map((word) => word.word)).toEqual(['mot0', 'mot1']);
    expect(some.partial?.outcome.counts).toEqual([3, 0]);
    // The filters count and narrow them as they do the hits.
    expect(listedItems(some, items)?.map((row) => row.doc)).toEqual([3, 0, 1]);
    expect(filtered(some, undefined).shown).toEqual([3, 0, 1]);
    expect(filtered(facetToggled(some, 'region', '53', true), items).shown).toEqual([0]);
    // The next answer with results, or none at all, forgets them.
    expect(withHits([2], some)).toMatchObject({ hits: [2], listed: [2], partial: undefined });
    expect(found(some, { words: words(2), hits: [] }, () => true)).toMatchObject({ listed: [], partial: undefined });
    expect(cleared(some)).toMatchObject({ hits: [], listed: [], shown: [], partial: undefined });
    // Texts with some words still ask for a spelling suggestion: a word may be misspelt.
    expect(wantsSuggestion(some)).toBe(true);
  });

  it('asks for the spelling suggestion only when nothing is found and no theme is named without a typo', () => {
    expect(wantsSuggestion(INITIAL_STATE)).toBe(true);
    expect(wantsSuggestion(offered(INITIAL_STATE, [offer(true)]))).toBe(true);
    expect(wantsSuggestion(offered(INITIAL_STATE, [offer(true), offer(false)]))).toBe(false);
    expect(wantsSuggestion(withHits([0]))).toBe(false);
  });

  it('writes the address the page reads back', () => {
    const state = facetToggled(asked(INITIAL_STATE, 'agenda partagé'), 'region', '11', true);
    const address = addressOf(state);
    expect(address).toMatch(/^\?/);
    expect(readState(address, manifest)).toMatchObject({ query: 'agenda partagé', selection: { region: ['11'] } });
    expect(addressOf(INITIAL_STATE)).toBe('');
  });

  it('holds one state, replaced by each transition, the previous one untouched', () => {
    const page = new PageStore();
    expect(page.state).toBe(INITIAL_STATE);
    const before = page.state;
    page.apply(asked, 'saisie');
    page.apply(facetToggled, 'region', '53', true);
    expect(page.state).toMatchObject({ query: 'saisie', selection: { region: ['53'] } });
    expect(before).toMatchObject({ query: '', selection: {} });
    expect(page.apply(found, { words: words(2), hits: hitsOf([4]) }, () => false)).toBe(page.state);
    expect(page.state.hits).toEqual([4]);
  });
});
