/**
 * What a bench child process measures, alone in its process so that its peak memory is its own:
 * the pipeline on a consultation root (time per stage, from `synthesize`'s progress events), or
 * papaparse alone on the same CSV bytes (the reference of the ratio budget).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { readConsultation } from '../../src/pipeline/io/read-consultation.ts';
import { synthesize } from '../../src/pipeline/synthesize.ts';

/** Stages in pipeline order: the progress event that ends each one (`synthesize.ts`). */
export const STAGES = [
  { key: 'ingest', event: 'lecture', label: 'ingestion' },
  { key: 'validate', event: 'validation', label: 'validation' },
  { key: 'anonymise', event: 'anonymisation', label: 'anonymisation' },
  { key: 'tag', event: 'étiquetage', label: 'étiquetage' },
  { key: 'theme', event: 'thèmes', label: 'thèmes' },
  { key: 'analyse', event: 'analyse', label: 'analyse' },
] as const;
export type StageKey = (typeof STAGES)[number]['key'];

export interface PipelineFigures {
  kind: 'pipeline';
  /** Reading the files from disk (`readConsultation`), outside the synthesis time. */
  readMs: number;
  /** Milliseconds per stage; `assemble` is what follows the last event (building the Synthesis). */
  stages: Record<StageKey | 'assemble', number>;
  /** The whole `synthesize()` call. */
  synthesisMs: number;
  notes: number;
  surveys: number;
  csvBytes: number;
  items: number;
  diagnostics: number;
  blocking: number;
  maxRssMb: number;
  /** Passes run (the fastest is reported, with the highest peak memory of all); set by the bench. */
  passes?: number;
  /**
   * A second synthesis of the files read again, in the same process, when asked: code already
   * optimised and heap already grown. A diagnostic, not the budget (a command is one process).
   */
  secondPassMs?: number;
}

export interface PapaFigures {
  kind: 'papaparse';
  ms: number;
  rows: number;
  csvBytes: number;
  maxRssMb: number;
  /** The same files parsed a second time in the same process, when asked (see PipelineFigures). */
  secondPassMs?: number;
}

export async function measurePipeline(root: string, secondPass = false): Promise<PipelineFigures> {
  const readStart = performance.now();
  const input = await readConsultation(root);
  const readMs = performance.now() - readStart;
  const ends = new Map<string, number>();
  const start = performance.now();
  const { synthesis, diagnostics } = synthesize(input, (stage, done, total) => {
    if (done === total) ends.set(stage, performance.now());
  });
  const end = performance.now();
  const stages = {} as Record<StageKey | 'assemble', number>;
  let previous = start;
  for (const { key, event } of STAGES) {
    const at = ends.get(event) ?? previous; // a stage with no event (no input file) took no time
    stages[key] = at - previous;
    previous = at;
  }
  stages.assemble = end - previous;
  const peak = maxRssMb(); // before a second pass, which may grow the process further
  const secondPassMs = secondPass ? await timeSecondSynthesis(root) : undefined;
  return {
    kind: 'pipeline',
    readMs,
    stages,
    synthesisMs: end - start,
    notes: input.notes.length,
    surveys: input.surveys.length,
    csvBytes: input.surveys.reduce((n, s) => n + s.bytes.length, 0),
    items: synthesis.items.length,
    diagnostics: diagnostics.length,
    blocking: diagnostics.filter((d) => d.severity === 'blocking').length,
    maxRssMb: peak,
    ...(secondPassMs === undefined ? {} : { secondPassMs }),
  };
}

async function timeSecondSynthesis(root: string): Promise<number> {
  const input = await readConsultation(root);
  const start = performance.now();
  synthesize(input);
  return performance.now() - start;
}

/**
 * papaparse alone on the consultation's CSV files: bytes → text (UTF-8, BOM dropped, or
 * Windows-1252 when the bytes are not UTF-8) → rows, with the delimiter given (`;` unless the
 * header line has more commas). Files are read first, outside the time, as for the pipeline.
 */
export function measurePapaparse(root: string, secondPass = false): PapaFigures {
  const dir = path.join(root, 'data/enquetes');
  const files = readdirSync(dir)
    .filter((name) => /\.(csv|tsv|txt)$/i.test(name))
    .sort()
    .map((name) => new Uint8Array(readFileSync(path.join(dir, name))));
  const start = performance.now();
  const rows = parseAll(files);
  const ms = performance.now() - start;
  const peak = maxRssMb();
  let secondPassMs: number | undefined;
  if (secondPass) {
    const again = performance.now();
    parseAll(files);
    secondPassMs = performance.now() - again;
  }
  return { kind: 'papaparse', ms, rows, csvBytes: files.reduce((n, b) => n + b.length, 0), maxRssMb: peak, ...(secondPassMs === undefined ? {} : { secondPassMs }) };
}

/** Rows of every file: decoded, delimiter guessed from the header line, parsed. */
function parseAll(files: readonly Uint8Array[]): number {
  let rows = 0;
  for (const bytes of files) {
    const text = decode(bytes);
    const header = text.slice(0, text.indexOf('\n'));
    const delimiter = count(header, ',') > count(header, ';') ? ',' : ';';
    rows += Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true }).data.length;
  }
  return rows;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Peak resident memory of this process, in MB (`maxRSS` is in kilobytes). */
export function maxRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
