/** Writes every export of a Synthesis into a folder; the PDF is optional (it needs Chromium and a built site). */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { writeChunks } from '../pipeline/io/synthesis-file.ts';
import { stableJsonChunks } from '../pipeline/stable-json.ts';
import { csvChunks, type CsvDelimiter } from './csv.ts';
import { exportTables, type NamedTable } from './tables.ts';
import { SET_ASIDE_NAME } from './set-aside-table.ts';
import { toXlsx } from './xlsx.ts';
import { iramuteqCorpus, polisComments } from './interop.ts';
import { ABOUT_TEXT_NAME, aboutTable, aboutText, FINGERPRINT_LENGTH, packageVersion, type AboutContext } from './about.ts';
import { exportDate } from './export-date.ts';

export interface ExportedFile {
  file: string;
  /** French description for the downloads page and the command's report. */
  description: string;
  bytes: number;
  /** Written with the CSV separator (the tables' CSVs); the other files are the same whatever the separator. */
  delimited: boolean;
}

/**
 * Files already written for the same Synthesis and export code with the other CSV separator (a
 * downloads cache entry): the separator-independent ones are copied rather than made again — the
 * workbook alone takes a minute at a million items.
 */
export interface ReusableFiles {
  dir: string;
  files: ReadonlyArray<{ file: string; bytes: number }>;
}

export const XLSX_NAME = 'livre-blanc.xlsx';
const JSON_NAME = 'synthese.json';

export interface ExportOptions {
  /** The reproducible-builds date (seconds), `SOURCE_DATE_EPOCH` of the environment unless given (`export-date.ts`). */
  sourceDateEpoch?: string | undefined;
}
export const PDF_NAME = 'livre-blanc.pdf';
/** The PDF's line in the listing of `export`, written apart from the others (it needs the built site). */
export const PDF_DESCRIPTION = 'Le livre blanc imprimable';

export async function writeExports(
  synthesis: Synthesis,
  outDir: string,
  delimiter: CsvDelimiter = ';',
  reuse: ReusableFiles | null = null,
  options: ExportOptions = {},
): Promise<ExportedFile[]> {
  await mkdir(outDir, { recursive: true });
  const tables = exportTables(synthesis);
  // « À propos » names synthese.json by its digest: taken as the JSON is written (or, copied, read back),
  // and only when the workbook or a-propos.txt is made.
  let jsonDigest: string | null = null;
  const about = async (): Promise<AboutContext> => ({
    version: packageVersion(),
    fingerprint: (jsonDigest ??= await sha256(path.join(outDir, JSON_NAME))).slice(0, FINGERPRINT_LENGTH),
    date: exportDate(synthesis, 'sourceDateEpoch' in options ? options.sourceDateEpoch : process.env.SOURCE_DATE_EPOCH),
  });
  const workbook = async () => {
    const context = await about();
    return toXlsx([aboutTable(synthesis, context), ...tables], synthesis.title, undefined, {
      date: context.date?.instant ?? null,
      description: `livre-blanc ${context.version}, ${JSON_NAME} ${context.fingerprint}`,
    });
  };
  // Texts are produced in pieces and streamed to disk: at a million items, synthese.json or the
  // verbatims CSV would be longer than one V8 string can be. Each is made only when it is written.
  const delimited = new Set(tables.map((t) => `${t.name}.csv`));
  const reusable = new Map((reuse?.files ?? []).map((f) => [f.file, f.bytes]));
  const files: Array<[string, () => Promise<Uint8Array | string> | Iterable<string>, string]> = [
    [XLSX_NAME, workbook, 'Classeur Excel : « À propos » (consultation, chiffres clés, version, date, méthodologie), puis une feuille par vue (thèmes, régions, régions × thèmes, sessions et leurs dates, réponses aux questions fermées des enquêtes, verbatims, idées fortes et leurs membres, convergence, qualité, écartés)'],
    [ABOUT_TEXT_NAME, async () => aboutText(synthesis, await about()), 'À propos : consultation, chiffres clés, version de livre-blanc, empreinte de la synthèse, date et méthodologie, à citer dans une note'],
    [JSON_NAME, () => digested(stableJsonChunks(synthesis), (digest) => (jsonDigest = digest)), 'La synthèse complète au format JSON (éléments, comptages, convergence, idées fortes, bilan, diagnostics), identique à la sortie de « livre-blanc synthesize »'],
    ...tables.map((t): [string, () => Iterable<string>, string] => [`${t.name}.csv`, () => csvChunks(t, delimiter), csvDescription(t)]),
    ['comments.csv', () => polisComments(synthesis), 'Commentaires au format Pol.is / Talk to the City'],
    ['corpus-iramuteq.txt', () => iramuteqCorpus(synthesis), 'Corpus IRaMuTeQ pour l’analyse lexicale'],
  ];
  // synthese.json first: the workbook and a-propos.txt name its digest. Listed in the order above.
  const order = [JSON_NAME, ...files.map(([file]) => file).filter((file) => file !== JSON_NAME)];
  const byName = new Map(files.map((entry) => [entry[0], entry]));
  const written: ExportedFile[] = [];
  for (const [file, make, description] of order.map((name) => byName.get(name) as (typeof files)[number])) {
    const target = path.join(outDir, file);
    const byDelimiter = delimited.has(file);
    if (!byDelimiter && reuse && (await copied(path.join(reuse.dir, file), target, reusable.get(file)))) {
      written.push({ file, description, bytes: reusable.get(file) as number, delimited: false });
      continue;
    }
    const content = make();
    if (content instanceof Promise) {
      const made = await content;
      const bytes = typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
      await writeFile(target, bytes);
      written.push({ file, description, bytes: bytes.byteLength, delimited: byDelimiter });
    } else {
      await writeChunks(createWriteStream(target), content);
      written.push({ file, description, bytes: (await stat(target)).size, delimited: byDelimiter });
    }
  }
  const rank = new Map(files.map(([file], index) => [file, index]));
  return written.sort((a, b) => (rank.get(a.file) ?? 0) - (rank.get(b.file) ?? 0));
}

/** The chunks as they are, the SHA-256 of their UTF-8 bytes handed to `done` after the last. */
function* digested(chunks: Iterable<string>, done: (hex: string) => void): Generator<string> {
  const hash = createHash('sha256');
  for (const chunk of chunks) {
    hash.update(chunk, 'utf8');
    yield chunk;
  }
  done(hash.digest('hex'));
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The downloads page's line for a table's CSV; the list of entries set aside says what it is for. */
function csvDescription(table: NamedTable): string {
  return table.name === SET_ASIDE_NAME
    ? `CSV pour Excel : ${table.sheet}, chaque entrée écartée du bilan (fichier, ligne, colonne, motif, texte lu masqué), pour la vérifier`
    : `CSV pour Excel : ${table.sheet}`;
}

/** Copies a reusable file of the expected size; false (the file is then written anew) when it is gone or different. */
async function copied(from: string, to: string, bytes: number | undefined): Promise<boolean> {
  if (bytes === undefined) return false;
  try {
    await copyFile(from, to);
    return (await stat(to)).size === bytes;
  } catch {
    return false;
  }
}
