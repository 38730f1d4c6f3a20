/** Writes every export of a Synthesis into a folder; the PDF is optional (it needs Chromium and a built site). */
import { createWriteStream } from 'node:fs';
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
export const PDF_NAME = 'livre-blanc.pdf';
/** The PDF's line in the listing of `export`, written apart from the others (it needs the built site). */
export const PDF_DESCRIPTION = 'Le livre blanc imprimable';

export async function writeExports(
  synthesis: Synthesis,
  outDir: string,
  delimiter: CsvDelimiter = ';',
  reuse: ReusableFiles | null = null,
): Promise<ExportedFile[]> {
  await mkdir(outDir, { recursive: true });
  const tables = exportTables(synthesis);
  // Texts are produced in pieces and streamed to disk: at a million items, synthese.json or the
  // verbatims CSV would be longer than one V8 string can be. Each is made only when it is written.
  const delimited = new Set(tables.map((t) => `${t.name}.csv`));
  const reusable = new Map((reuse?.files ?? []).map((f) => [f.file, f.bytes]));
  const files: Array<[string, () => Promise<Uint8Array> | Iterable<string>, string]> = [
    [XLSX_NAME, () => toXlsx(tables, synthesis.title), 'Classeur Excel : une feuille par vue (thèmes, régions, sessions et leurs dates, verbatims, idées fortes et leurs membres, convergence, qualité, écartés)'],
    ['synthese.json', () => stableJsonChunks(synthesis), 'La synthèse complète au format JSON (éléments, comptages, convergence, idées fortes, bilan, diagnostics), identique à la sortie de « livre-blanc synthesize »'],
    ...tables.map((t): [string, () => Iterable<string>, string] => [`${t.name}.csv`, () => csvChunks(t, delimiter), csvDescription(t)]),
    ['comments.csv', () => polisComments(synthesis), 'Commentaires au format Pol.is / Talk to the City'],
    ['corpus-iramuteq.txt', () => iramuteqCorpus(synthesis), 'Corpus IRaMuTeQ pour l’analyse lexicale'],
  ];
  const written: ExportedFile[] = [];
  for (const [file, make, description] of files) {
    const target = path.join(outDir, file);
    const byDelimiter = delimited.has(file);
    if (!byDelimiter && reuse && (await copied(path.join(reuse.dir, file), target, reusable.get(file)))) {
      written.push({ file, description, bytes: reusable.get(file) as number, delimited: false });
      continue;
    }
    const content = make();
    if (content instanceof Promise) {
      const bytes = await content;
      await writeFile(target, bytes);
      written.push({ file, description, bytes: bytes.byteLength, delimited: byDelimiter });
    } else {
      await writeChunks(createWriteStream(target), content);
      written.push({ file, description, bytes: (await stat(target)).size, delimited: byDelimiter });
    }
  }
  return written;
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
