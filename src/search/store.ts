/**
 * The published index files a page reads, without the search part (no lunr): the manifest,
 * display chunks and the facet table. The verbatim explorer uses only this; the search engine
 * builds on it. Every file is fetched once and cached; a failed download is retried next time.
 */
import type { CountableItem } from '../pipeline/analysis/count-by.ts';
import {
  FACETS_FILE,
  FORMAT_VERSION,
  MANIFEST_FILE,
  chunkFile,
  type Chunk,
  type FacetDimension,
  type FacetTable,
  type Manifest,
} from './format.ts';
import { frenchTypography } from '../site/typography/french-typography.ts';
import { QUESTION_LABELS } from '../site/question-label.ts';
import { assembledSource, elementPlace, fileTitle } from './doc-source.ts';
import { CUT_MARK, wholeTextOf } from './whole-text.ts';

/** Fetches one index file and parses its JSON; `version` is the manifest's hash (null for the manifest). */
export type FetchJson = (file: string, version: string | null) => Promise<unknown>;

export interface FacetLabel {
  value: string;
  label: string;
}

/** Where a document comes from, in its file: what tells a result from an identical answer's (result-place.ts). */
export interface DocPlace {
  /** Its session's title, a workshop's with its date. */
  session: string;
  /** The file's real line. */
  line: number;
  /** A survey's answer number; null for a note's line. */
  answer: number | null;
  /** « élément 2 sur 3 » when its answer (or line) gave several items, as its pages say; else `''`. */
  element: string;
}

/** A document as a result or an explorer row shows it. */
export interface DocView {
  doc: number;
  /** With the pages' typography; when `cut`, its beginning and « […] ». */
  text: string;
  /** Its text is too long to be shown whole: `IndexStore.wholeText` gives it (for its citation). */
  cut: boolean;
  /** As its pages write it (`readableSource`): « Questionnaire … · réponse n° 98 · Partenaires · Bretagne ». */
  source: string;
  /** The file and the place in it, the source line's title as on its pages: « Fichier : data/…csv, ligne 99 (réponse n° 98), colonne de la question ». */
  file: string;
  place: DocPlace;
  /** From a survey: its citation says the question it answers, as its pages' « Copier la citation » does. */
  survey: boolean;
  permalink: string;
  tag: FacetLabel;
  themes: FacetLabel[];
  region: FacetLabel;
  profile: FacetLabel;
  format: FacetLabel;
  weight: number;
  /** Identical answers: see `ChunkDoc` (> 0 on the first of them: how many follow; < 0 on the others). */
  repeat: number;
  /** What the verbatim answers (« Question », « Ce qui vous gêne au quotidien »), or null when none is shown. */
  question: { label: string; text: string } | null;
}

/**
 * What the shared `filterItems`/`countBy` read, plus the document number. The facet table does not
 * publish departments or sessions (no facet uses them): they are `null` and `''` here.
 */
export type FacetItem = CountableItem & {
  doc: number;
  /** As `DocView.repeat`: lists of verbatims show identical answers once. */
  repeat: number;
};

export class IndexStore {
  readonly manifest: Manifest;
  readonly #fetchJson: FetchJson;
  readonly #files = new Map<string, Promise<unknown>>();
  #facets: Promise<FacetItem[]> | undefined;

  constructor(manifest: Manifest, fetchJson: FetchJson) {
    this.manifest = manifest;
    this.#fetchJson = fetchJson;
  }

  static async open(fetchJson: FetchJson): Promise<IndexStore> {
    return new IndexStore(await readManifest(fetchJson), fetchJson);
  }

  /** One index file (cached; keyed by the manifest's hash so two builds never mix). */
  file(name: string): Promise<unknown> {
    let promise = this.#files.get(name);
    if (!promise) {
      promise = this.#fetchJson(name, this.manifest.hash);
      promise.catch(() => this.#files.delete(name));
      this.#files.set(name, promise);
    }
    return promise;
  }

  /** Display data of some documents, in the order asked (their chunks fetched in parallel). */
  async documents(docs: readonly number[]): Promise<DocView[]> {
    const size = this.manifest.docsPerChunk;
    const indexes = [...new Set(docs.map((doc) => Math.floor(doc / size)))];
    const chunks = new Map(await Promise.all(indexes.map(async (i) => [i, (await this.file(chunkFile(i))) as Chunk] as const)));
    return docs.flatMap((doc) => {
      const chunk = chunks.get(Math.floor(doc / size));
      const data = chunk?.docs[doc % size];
      if (!data) return [];
      const [text, source, permalink, tag, themes, region, profile, format, weight, repeat, questionAt, fileAt, line, row, column, rank, of, whole] = data;
      const cut = whole !== undefined;
      const question = chunk.questions[questionAt];
      const [path, head, survey] = chunk.files[fileAt] ?? ['', '', 0];
      const answer = row > 0 ? row : null;
      const [profileLabel, regionLabel] = [this.label('profile', profile), this.label('region', region)];
      const parts = { head, survey: survey === 1, line, answer, profile: profileLabel.value ? profileLabel.label : '', region: regionLabel.value ? regionLabel.label : '' };
      return [
        {
          doc,
          // The pages' typography (src/middleware.ts), here for the text the browser builds: a result reads like its page.
          text: cut ? `${frenchTypography(text)}${CUT_MARK}` : frenchTypography(text),
          cut,
          source: frenchTypography(source || assembledSource(parts)),
          // The title the site's source line has (VerbatimItem.astro), with the same typography (titles are shown).
          file: frenchTypography(fileTitle(path, line, answer, column)),
          place: { session: frenchTypography(head), line, answer, element: elementPlace(rank, of) },
          survey: survey === 1,
          permalink,
          tag: this.label('tag', tag),
          themes: themes.map((theme) => this.label('theme', theme)),
          region: regionLabel,
          profile: profileLabel,
          format: this.label('format', format),
          weight,
          repeat,
          question: question ? { label: QUESTION_LABELS[question[1] === 1 ? 'heading' : 'question'], text: frenchTypography(question[0]) } : null,
        },
      ];
    });
  }

  /** The whole text of a document (whole-text.ts): its `DocView.text` unless cut, fetched then. */
  wholeText(doc: number): Promise<string | undefined> {
    return wholeTextOf((name) => this.file(name), this.manifest, doc);
  }

  /** Facet values of every document, in document order (`items[doc]`), for `filterItems`/`countBy`. */
  facetItems(): Promise<FacetItem[]> {
    this.#facets ??= this.file(FACETS_FILE).then((table) => expandFacets(table as FacetTable, this.manifest));
    return this.#facets;
  }

  label(dimension: FacetDimension, position: number): FacetLabel {
    const [value, label] = this.manifest.facets[dimension][position] ?? ['', ''];
    return { value, label };
  }
}

export async function readManifest(fetchJson: FetchJson): Promise<Manifest> {
  const manifest = (await fetchJson(MANIFEST_FILE, null)) as Manifest | null;
  if (manifest?.version !== FORMAT_VERSION) throw new Error('Index de recherche illisible (version inattendue).');
  return manifest;
}

/** Expands the run-length facet table into one item per document (theme lists shared per set). */
export function expandFacets(table: FacetTable, manifest: Manifest): FacetItem[] {
  const value = (dimension: FacetDimension, position: number): string => manifest.facets[dimension][position]?.[0] ?? '';
  const sets = table.sets.map((set) => set.map((position) => value('theme', position)));
  const items: FacetItem[] = [];
  for (const [tag, region, profile, format, weight, runs] of table.groups) {
    const base = {
      tag: value('tag', tag) as FacetItem['tag'],
      region: value('region', region) || null,
      department: null,
      profile: value('profile', profile) || null,
      format: value('format', format) as FacetItem['format'],
      sessionId: '',
      weight,
    };
    let set = 0;
    for (let k = 0; k < runs.length; k += 2) {
      set += runs[k] ?? 0;
      const themes = sets[set] ?? [];
      for (let n = runs[k + 1] ?? 0; n > 0; n--) items.push({ ...base, themes, doc: items.length, repeat: 0 });
    }
  }
  let head = 0;
  for (let k = 0; k < manifest.repeats.length; k += 2) {
    head += manifest.repeats[k] ?? 0;
    const repeats = manifest.repeats[k + 1] ?? 0;
    const first = items[head];
    if (first) first.repeat = repeats;
    for (let offset = 1; offset <= repeats; offset++) {
      const item = items[head + offset];
      if (item) item.repeat = -offset;
    }
  }
  return items;
}
