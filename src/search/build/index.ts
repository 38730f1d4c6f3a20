/**
 * Builds the published search index from the Synthesis' items: a pure function, run at build time
 * and emitted as static files (`src/pages/index-recherche/[fichier].json.ts`). Same items → same bytes.
 */
import type { FeedbackItem } from '../../pipeline/model.ts';
import { hashText } from '../../pipeline/ids.ts';
import {
  FACETS_FILE,
  FORMAT_VERSION,
  MANIFEST_FILE,
  chunkFile,
  endingShardFile,
  shardFile,
  wholeTextsFile,
  wordShardFile,
  type Manifest,
} from '../format.ts';
import { chunkOf, facetTable, orderDocuments, type SearchContext } from './documents.ts';
import { buildPostings } from './postings.ts';
import { readPairs } from './joinable.ts';
import { usualFormsOf, writtenWords } from './forms.ts';
import { splitEndingShards, splitShards, splitWordShards } from './shards.ts';
import { repeatRuns } from './repeats.ts';
import { splitWholeTexts } from './whole-texts.ts';

export type { SearchContext } from './documents.ts';

export interface SearchIndexOptions {
  /** Bytes of JSON per shard before a new one starts (a single huge term may exceed it). */
  shardBudget?: number;
  /** Bytes of JSON per ending shard (terms as words, no postings: read by a query that found nothing). */
  endingShardBudget?: number;
  /** Bytes of JSON per word shard (words as written with their terms: read by every word of 3 letters or more). */
  wordShardBudget?: number;
  /**
   * Documents per display chunk: small, since a page of results touches ~20 scattered documents;
   * by default 8, more beyond 100,000 documents (see `chunkSize`).
   */
  docsPerChunk?: number;
  /** Longest text kept for display; a longer one is cut, and kept whole for its citation (whole-texts.ts). */
  maxText?: number;
  /** Bytes of JSON per whole-texts file (read only to copy the citation of a text cut for display). */
  wholeTextBudget?: number;
}

export const DEFAULT_OPTIONS: Required<Omit<SearchIndexOptions, 'docsPerChunk'>> = {
  shardBudget: 16_000,
  endingShardBudget: 16_000,
  wordShardBudget: 16_000,
  maxText: 600,
  wholeTextBudget: 16_000,
};

/** Display chunks at most, whatever the consultation's size: some static hosts refuse sites of more than ~20,000 files. */
export const MAX_CHUNK_FILES = 12_500;

/**
 * 8 documents per chunk up to 100,000 documents (the measured search budget), then as many as keep
 * the chunks to `MAX_CHUNK_FILES`: 80 at a million, where 125,000 files in one folder would not deploy everywhere.
 */
export function chunkSize(docs: number): number {
  return Math.max(8, Math.ceil(docs / MAX_CHUNK_FILES));
}

export interface SearchIndex {
  manifest: Manifest;
  /** File name → JSON text, the manifest included. Names are `[a-z0-9-]+.json`. */
  files: Map<string, string>;
}

export function buildSearchIndex(
  items: readonly FeedbackItem[],
  context: SearchContext,
  options: SearchIndexOptions = {},
): SearchIndex {
  const { shardBudget, endingShardBudget, wordShardBudget, maxText, wholeTextBudget } = { ...DEFAULT_OPTIONS, ...options };
  const documents = orderDocuments(items, context);
  const docsPerChunk = options.docsPerChunk ?? chunkSize(documents.docs.length);
  const texts = documents.docs.map((doc) => doc.item.text);
  const { joined, verbal } = readPairs(texts);
  const postings = buildPostings(texts, joined);
  const { bounds, shards } = splitShards(postings, shardBudget, joined, verbal);
  const written = writtenWords(texts, joined);
  const endings = splitEndingShards(postings, usualFormsOf(written), endingShardBudget);
  const words = splitWordShards(written, wordShardBudget);
  const whole = splitWholeTexts(texts, maxText, wholeTextBudget);

  const files = new Map<string, string>();
  shards.forEach((shard, index) => files.set(shardFile(index), JSON.stringify(shard)));
  endings.shards.forEach((shard, index) => files.set(endingShardFile(index), JSON.stringify(shard)));
  words.shards.forEach((shard, index) => files.set(wordShardFile(index), JSON.stringify(shard)));
  whole.files.forEach((file, index) => files.set(wholeTextsFile(index), JSON.stringify(file)));
  for (let start = 0, index = 0; start < documents.docs.length; start += docsPerChunk, index++) {
    const chunk = chunkOf(documents.docs.slice(start, start + docsPerChunk), context, maxText, (i) => whole.fileOf.get(start + i));
    files.set(chunkFile(index), JSON.stringify(chunk));
  }
  files.set(FACETS_FILE, JSON.stringify(facetTable(documents)));

  const manifest: Manifest = {
    version: FORMAT_VERSION,
    hash: hashText([...files.entries()].map(([name, text]) => `${name}:${hashText(text)}`).join('\n')),
    docs: documents.docs.length,
    docsPerChunk,
    bounds,
    facets: documents.facets,
    repeats: repeatRuns(documents.docs),
    endingBounds: endings.bounds,
    wordBounds: words.bounds,
  };
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
  return { manifest, files };
}
