/**
 * Numbers the documents of the index in facet order (tag, region, profile, format, weight, theme
 * set, then source order), so that the facet values of all documents compress into a few runs and
 * the verbatim explorer lists items grouped the way readers expect.
 */
import type { FeedbackItem, Session } from '../../pipeline/model.ts';
import { compareValues, dimensionValues } from '../../pipeline/analysis/count-by.ts';
import type { Chunk, ChunkDoc, ChunkFile, ChunkQuestion, FacetDimension, FacetTable, FacetValue } from '../format.ts';
import { FACET_DIMENSIONS } from '../format.ts';
import { groupRepeats } from './repeats.ts';
import { compareSource } from '../same-answer.ts';
import { verbatimQuestion, verbatimSource, type VerbatimQuestion } from '../../site/verbatim-question.ts';
import { itemRank, readableSource, sourceHead } from '../../site/item-place.ts';
import { assembledSource } from '../doc-source.ts';
import { sourcePlace } from '../../pipeline/source-place.ts';
import { cutText } from './whole-texts.ts';
import { frenchTypography } from '../../site/typography/french-typography.ts';

export interface SearchContext {
  /** Item id → permalink (`permalinkIndex`). */
  permalinks: ReadonlyMap<string, string>;
  /** Session id → title, kind and date, for the « source » line of a result (`readableSource`). */
  sessions: ReadonlyMap<string, Pick<Session, 'title' | 'kind'> & Partial<Pick<Session, 'date'>>>;
  /** French label of each facet value (`''` is a missing value). */
  labels: Readonly<Record<FacetDimension, (value: string) => string>>;
  /**
   * A region's name as the site's verbatims give it in their source (undefined: not said); by default
   * its facet label.
   */
  regionName?: (code: string) => string | undefined;
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
  /** Its rank among the items its answer (or line) gave and their number (`itemRank`): 1 and 1 alone. */
  element: number;
  elements: number;
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
    const { rank, of } = itemRank(items, item);
    return {
      item,
      tag: lookup(position.tag, item.tag),
      region: lookup(position.region, item.region ?? ''),
      profile: lookup(position.profile, item.profile ?? ''),
      format: lookup(position.format, item.format),
      themes,
      set: 0,
      repeat: 0,
      element: rank,
      elements: of,
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
      // With the pages' typography (« Provence-Alpes-Côte d’Azur »): the browser shows these labels as they are, in facets and result lines.
      values[dimension].map((value): FacetValue => [value, frenchTypography(context.labels[dimension](value))]),
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

/**
 * A question cut for display, the cut marked « […] », as French marks a cut inside a quotation: a
 * citation quotes it so (its session page shows it whole).
 */
function cutQuestion(text: string): string {
  const cut = cutText(text, MAX_QUESTION);
  return cut === text ? text : `${cut} […]`;
}

/**
 * Display data of consecutive documents, each question they answer written once (see `Chunk`). `wholeOf(i)`: the
 * whole-texts file of `docs[i]` when its text is longer than `maxText` (whole-texts.ts).
 */
export function chunkOf(docs: readonly OrderedDoc[], context: SearchContext, maxText: number, wholeOf: (i: number) => number | undefined): Chunk {
  const questions: ChunkQuestion[] = [];
  const files: ChunkFile[] = [];
  const positions = new Map<string, number>();
  const positionOf = <T extends unknown[]>(table: T[], entry: T, key: string): number => {
    let position = positions.get(key);
    if (position === undefined) {
      position = table.push(entry) - 1;
      positions.set(key, position);
    }
    return position;
  };
  const questionOf = (question: VerbatimQuestion | null): number => {
    if (!question) return -1;
    const entry: ChunkQuestion = [cutQuestion(question.text), question.kind === 'heading' ? 1 : 0];
    return positionOf(questions, entry, `q${entry[1]}${entry[0]}`);
  };
  const fileOf = (item: FeedbackItem): number => {
    const entry = fileEntry(item, context);
    return positionOf(files, entry, `f${entry[2]}${entry[0]}\u0000${entry[1]}`);
  };
  return {
    questions,
    files,
    docs: docs.map((doc, i) => {
      const question = verbatimQuestion(doc.item, context.sessions.get(doc.item.sessionId)?.kind ?? 'workshop');
      const data = chunkDoc(doc, context, maxText, questionOf(question), fileOf(doc.item), columnSaid(doc.item, question));
      const whole = wholeOf(i);
      // Only on a cut text: the others' data keep their length.
      if (whole !== undefined) data[17] = whole;
      return data;
    }),
  };
}

/** Display data of a document; `question` and `file` are its positions in the chunk's tables (-1: no question shown). */
function chunkDoc(doc: OrderedDoc, context: SearchContext, maxText: number, question: number, file: number, column: string): ChunkDoc {
  const { item } = doc;
  return [
    cutText(item.text, maxText),
    storedSource(item, context),
    context.permalinks.get(item.id) ?? '',
    doc.tag,
    doc.themes,
    doc.region,
    doc.profile,
    doc.format,
    item.weight,
    doc.repeat,
    question,
    file,
    item.source.line,
    item.source.row ?? 0,
    column,
    doc.element,
    doc.elements,
  ];
}

function sessionOf(item: FeedbackItem, context: SearchContext): Pick<Session, 'title' | 'kind' | 'date'> | undefined {
  const session = context.sessions.get(item.sessionId);
  return session && { ...session, date: session.date ?? null };
}

function fileEntry(item: FeedbackItem, context: SearchContext): ChunkFile {
  const session = sessionOf(item, context);
  return [item.source.file, session ? sourceHead(session) : item.source.file, session?.kind === 'survey' ? 1 : 0];
}

/**
 * « Questionnaire … · réponse n° 240 · Partenaires · Auvergne-Rhône-Alpes » or « Atelier …, 29 septembre 2026 · ligne 12 »:
 * a verbatim's source as its pages write it (`readableSource`), so that a result or a row of the explorer is quoted alike.
 */
export function documentSource(item: FeedbackItem, context: SearchContext): string {
  const regionName = context.regionName ?? ((code: string) => context.labels.region(code));
  return readableSource(item, sessionOf(item, context), regionName);
}

/** `''` when the browser puts the document's source line together from its parts (doc-source.ts) as its pages write it; else that line. */
function storedSource(item: FeedbackItem, context: SearchContext): string {
  const [, head, survey] = fileEntry(item, context);
  const written = documentSource(item, context);
  const assembled = assembledSource({
    head,
    survey: survey === 1,
    line: item.source.line,
    answer: item.source.row ?? null,
    profile: item.profile ? context.labels.profile(item.profile) : '',
    region: item.region ? context.labels.region(item.region) : '',
  });
  return assembled === written ? '' : written;
}

/**
 * What the site's verbatims say of the column after the file's line (`verbatimSource`): « , colonne de la question »
 * when it is the question shown, « , colonne « Commentaire » » for another, `''` for a note's line. The browser writes
 * the line and the answer's number before it (`sourcePlace`), as the pages' title of the source line.
 */
function columnSaid(item: FeedbackItem, question: VerbatimQuestion | null): string {
  const { field: _column, ...line } = item.source;
  return verbatimSource(item.source, question).slice(sourcePlace(line).length);
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
