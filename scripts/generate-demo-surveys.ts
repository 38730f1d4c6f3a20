/**
 * Generates the demo consultation's survey files (committed in `data/enquetes/`), deterministically:
 * a seeded PRNG, no clock, so the same command always writes the same bytes.
 *
 *   npx node scripts/generate-demo-surveys.ts [DOSSIER]     (default: data/enquetes)
 *
 * The sidecar `.yml` files beside them are hand-written and are not touched.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { counsellorsCsv } from './demo-surveys/conseillers.ts';
import { youngCsv } from './demo-surveys/jeunes.ts';
import { encodeUtf8WithBom, encodeWindows1252 } from './demo-surveys/toolkit.ts';

export const COUNSELLORS_FILE = 'questionnaire-conseillers.csv';
export const YOUNG_FILE = 'questionnaire-jeunes.csv';
const COUNSELLORS_ROWS = 342;
const YOUNG_ROWS = 236;

/** File name → bytes, exactly as committed. */
export function generateDemoSurveys(): Map<string, Uint8Array> {
  return new Map([
    // Older French Excel « CSV (séparateur : point-virgule) »: Windows-1252.
    [COUNSELLORS_FILE, encodeWindows1252(counsellorsCsv(COUNSELLORS_ROWS, 20260915))],
    // « CSV UTF-8 (délimité par des virgules) » in a French locale: `;` and a BOM.
    [YOUNG_FILE, encodeUtf8WithBom(youngCsv(YOUNG_ROWS, 20261020))],
  ]);
}

export function writeDemoSurveys(directory: string): string[] {
  mkdirSync(directory, { recursive: true });
  const written: string[] = [];
  for (const [name, bytes] of generateDemoSurveys()) {
    const target = path.join(directory, name);
    writeFileSync(target, bytes);
    written.push(target);
  }
  return written;
}

if (import.meta.main) {
  const directory = process.argv[2] ?? path.join(import.meta.dirname, '..', 'data', 'enquetes');
  for (const file of writeDemoSurveys(directory)) console.log(`écrit : ${file}`);
}
