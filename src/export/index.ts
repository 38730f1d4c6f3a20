/** Writes every export of a Synthesis into a folder; the PDF is optional (it needs Chromium and a built site). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Synthesis } from '../pipeline/synthesis-model.ts';
import { stableStringify } from '../pipeline/stable-json.ts';
import { toCsv, type CsvDelimiter } from './csv.ts';
import { exportTables } from './tables.ts';
import { toXlsx } from './xlsx.ts';
import { iramuteqCorpus, polisComments } from './interop.ts';

export interface ExportedFile {
  file: string;
  /** French description for the downloads page and the command's report. */
  description: string;
  bytes: number;
}

export const XLSX_NAME = 'livre-blanc.xlsx';
export const PDF_NAME = 'livre-blanc.pdf';

export async function writeExports(synthesis: Synthesis, outDir: string, delimiter: CsvDelimiter = ';'): Promise<ExportedFile[]> {
  await mkdir(outDir, { recursive: true });
  const tables = exportTables(synthesis);
  const files: Array<[string, string | Uint8Array, string]> = [
    [XLSX_NAME, await toXlsx(tables, synthesis.title), 'Classeur Excel : une feuille par vue (thèmes, régions, verbatims, idées fortes, convergence, qualité)'],
    ['synthese.json', stableStringify(synthesis), 'Synthèse complète au format JSON (modèle documenté)'],
    ...tables.map((t): [string, string, string] => [`${t.name}.csv`, toCsv(t, delimiter), `CSV pour Excel : ${t.sheet}`]),
    ['comments.csv', polisComments(synthesis), 'Commentaires au format Pol.is / Talk to the City'],
    ['corpus-iramuteq.txt', iramuteqCorpus(synthesis), 'Corpus IRaMuTeQ pour l’analyse lexicale'],
  ];
  const written: ExportedFile[] = [];
  for (const [file, content, description] of files) {
    await writeFile(path.join(outDir, file), content);
    written.push({ file, description, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength });
  }
  return written;
}
