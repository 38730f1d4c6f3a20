import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { decodeSurvey } from './src/pipeline/ingest/surveys/encoding.ts';
import { normalizeNewlines, countNewlines } from './src/pipeline/ingest/surveys/line-index.ts';
import { readTable } from './src/pipeline/ingest/surveys/csv.ts';
import { parseSurvey } from './src/pipeline/ingest/surveys/index.ts';
import { createReferentiels } from './src/pipeline/referentiels/index.ts';
const { referentiels } = createReferentiels(null);
const bytes = new Uint8Array(readFileSync('/work/shared/real-data/granddebat-services-publics/answers.csv'));
const T: Record<string, number[]> = {};
const time = <R>(k: string, f: () => R): R => { const t = performance.now(); const r = f(); (T[k] ??= []).push(Math.round(performance.now() - t)); return r; };
for (let k = 0; k < 5; k++) {
  time('papa-only', () => Papa.parse(new TextDecoder().decode(bytes), {}));
  const d = time('decode', () => decodeSurvey(bytes, 'auto', 'x'));
  const n = time('normalize', () => normalizeNewlines(d.text!));
  time('table-step', () => readTable(n, ',', 'x'));
  time('papa-nostep-norm', () => { const r = Papa.parse<string[]>(n, { delimiter: ',', newline: '\n' }); let l = 1; for (const row of r.data) { for (const f of row) if (f.includes('\n')) l += countNewlines(f); l++; } return l; });
  time('full', () => parseSurvey({ file: 'a.csv', bytes, sidecar: null }, referentiels));
}
for (const [k, v] of Object.entries(T)) console.log(k.padEnd(20), v.join(' '));
