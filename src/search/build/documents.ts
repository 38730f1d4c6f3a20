/**
 * Numbers the documents of the index in facet order (tag, region, profile, format, weight, theme
 * set, then source order), so that the facet values of all documents compress into a few runs and
 * the verbatim explorer lists items grouped the way readers expect.
 */
import type { FeedbackItem } from '../../pipeline/model.ts';
import { compareValues, dimensionValues } from '../../pipeline/analysis/count-by.ts';
import type { Chunk, ChunkDoc, ChunkQuestion, FacetDimension, FacetTable, FacetValue } from '../format.ts';
import { FACET_DIMENSIONS } from '../format.ts';
import { groupRepeats } from './repeats.ts';
import { compareSource } from '../same-answer.ts';
import { verbatimQuestion, verbatimSource } from '../../site/verbatim-question.ts';

export interface SearchContext {
  /** Item id → permalink (`permalinkIndex`). */
  permalinks: ReadonlyMap<string, string>;
  /** Session id → title and kind, for the « source » line of a result. */
  sessions: ReadonlyMap<string, { title: string; kind: 'workshop' | 'survey' }>;
  /** French label of each facet value (`''` is a missing value). */
  labels: Readonly<Record<FacetDimension, (value: string) => string>>;
  /**
   * Values listed even when no item has them (the consultation's regions, the taxonomy's themes): a
   * link filtering on one — a region whose only workshop had everything set aside — opens an empty
   * list that names it, where a value missing from the manifest would be dropped and every item shown.
   */
  knownValues?: Readonly<Partial<Record<FacetDimension, readonly string[]>>>;
}

/** One document: an item with its facet positions and its place among identical answers. */
export interface OrderedDoc {
  item: FeedbackItem;
  tag: number;
  region: number;
  profile: number;
  format: number;
  themes: number[];
  set: number;
  /** See `groupRepeats`: > 0 heads that many repeats, < 0 repeats the document that many places before. */
  repeat: number;
}

export interface Documents {
  docs: OrderedDoc[];
  facets: Record<FacetDimension, FacetValue[]>;
  sets: number[][];
}

export function orderDocuments(items: readonly FeedbackItem[], context: SearchContext): Documents {
  const values = collectValues(items, context.knownValues ?? {});
  const position = mapPositions(values);
  const setKeys = new Map<string, number[]>();
  const docs = items.map((item) => {
    const themes = dimensionValues(item, 'theme').map((theme) => lookup(position.theme, theme)).sort((a, b) => a - b);
    setKeys.set(themes.join(','), themes);
    return {
      item,
      tag: lookup(position.tag, item.tag),
      region: lookup(position.region, item.region ?? ''),
      profile: lookup(position.profile, item.profile ?? ''),
      format: lookup(position.format, item.format),
      themes,
      set: 0,
      repeat: 0,
    };
  });
  // Most frequent theme sets get the smallest numbers: the facet table's gaps stay small.
  const frequency = new Map<string, number>();
  for (const doc of docs) {
    const key = doc.themes.join(',');
    frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const sets = [...setKeys.values()].sort(
    (a, b) => (frequency.get(b.join(',')) ?? 0) - (frequency.get(a.join(',')) ?? 0) || compareNumberLists(a, b),
  );
  const setIndex = new Map(sets.map((set, index) => [set.join(','), index]));
  for (const doc of docs) doc.set = setIndex.get(doc.themes.join(',')) ?? 0;
  docs.sort(compareDocs);
  const grouped = groupRepeats(docs);
  const facets = Object.fromEntries(
    FACET_DIMENSIONS.map((dimension) => [
      dimension,
      values[dimension].map((value): FacetValue => [value, context.labels[dimension](value)]),
    ]),
  ) as Record<FacetDimension, FacetValue[]>;
  return { docs: grouped, facets, sets };
}

/** Facet values of every document as runs (see `FacetTable`). Linear. */
export function facetTable(documents: Documents): FacetTable {
  const groups: FacetTable['groups'] = [];
  let current: FacetTable['groups'][number] | undefined;
  let previousSet = 0;
  for (const doc of documents.docs) {
    const head = [doc.tag, doc.region, doc.profile, doc.format, doc.item.weight] as const;
    if (!current || head.some((value, i) => current?.[i] !== value)) {
      current = [...head, []];
      groups.push(current);
    }
    const runs = current[5];
    if (runs.length > 0 && previousSet === doc.set) runs[runs.length - 1] = (runs[runs.length - 1] ?? 0) + 1;
    else runs.push(runs.length === 0 ? doc.set : doc.set - previousSet, 1);
    previousSet = doc.set;
  }
  return { sets: documents.sets, groups };
}

/** Longest question kept for display: a survey header may be a paragraph; its start says what it asks. */
const MAX_QUESTION = 300;

/** Display data of consecutive documents, each question they answer written once (see `Chunk`). */
export function chunkOf(docs: readonly OrderedDoc[], context: SearchContext, maxText: number): Chunk {
  const questions: ChunkQuestion[] = [];
  const positions = new Map<string, number>();
  const questionOf = (item: FeedbackItem): number => {
    const question = verbatimQuestion(item, context.sessions.get(item.sessionId)?.kind ?? 'workshop');
    if (!question) return -1;
    const entry: ChunkQuestion = [truncate(question.text, MAX_QUESTION), question.kind === 'heading' ? 1 : 0];
    const key = `${entry[1]}${entry[0]}`;
    let position = positions.get(key);
    if (position === undefined) {
      position = questions.push(entry) - 1;
      positions.set(key, position);
    }
    return position;
  };
  return { questions, docs: docs.map((doc) => chunkDoc(doc, context, maxText, questionOf(doc.item))) };
}

/** Display data of a document; `question` is its position in the chunk's table (-1: none shown). */
function chunkDoc(doc: OrderedDoc, context: SearchContext, maxText: number, question: number): ChunkDoc {
  const { item } = doc;
  return [
    truncate(item.text, maxText),
    sourceLabel(item, context),
    context.permalinks.get(item.id) ?? '',
    doc.tag,
    doc.themes,
    doc.region,
    doc.profile,
    doc.format,
    item.weight,
    doc.repeat,
    question,
  ];
}

/**
 * « Atelier … — ligne 12 » or « Questionnaire … — ligne 315 (réponse n° 240), colonne « Vos attentes » »:
 * the file's real line, as on the site's verbatims and in the exports; the column named only when the
 * question line above the result does not already say it (`verbatimSource`).
 */
export function sourceLabel(item: FeedbackItem, context: SearchContext): string {
  const session = context.sessions.get(item.sessionId);
  return `${session?.title ?? item.source.file} — ${verbatimSource(item.source, verbatimQuestion(item, session?.kind ?? 'workshop'))}`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max * 0.6 ? cut : max).trimEnd()} …`;
}

function collectValues(
  items: readonly FeedbackItem[],
  known: Readonly<Partial<Record<FacetDimension, readonly string[]>>>,
): Record<FacetDimension, string[]> {
  const seen = Object.fromEntries(FACET_DIMENSIONS.map((d) => [d, new Set<string>(known[d])])) as Record<FacetDimension, Set<string>>;
  for (const item of items) {
    for (const dimension of FACET_DIMENSIONS) for (const value of dimensionValues(item, dimension)) seen[dimension].add(value);
  }
  return Object.fromEntries(
    FACET_DIMENSIONS.map((d) => [d, [...seen[d]].sort((a, b) => compareValues(d, a, b))]),
  ) as Record<FacetDimension, string[]>;
}

function mapPositions(values: Record<FacetDimension, string[]>): Record<FacetDimension, Map<string, number>> {
  return Object.fromEntries(
    FACET_DIMENSIONS.map((d) => [d, new Map(values[d].map((value, index) => [value, index]))]),
  ) as Record<FacetDimension, Map<string, number>>;
}

function lookup(positions: Map<string, number>, value: string): number {
  return positions.get(value) ?? 0;
}

function compareNumberLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

function compareDocs(a: OrderedDoc, b: OrderedDoc): number {
  return (
    a.tag - b.tag ||
    a.region - b.region ||
    a.profile - b.profile ||
    a.format - b.format ||
    b.item.weight - a.item.weight ||
    a.set - b.set ||
    compareSource(a.item, b.item)
  );
}
