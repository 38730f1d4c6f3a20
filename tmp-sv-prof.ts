import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseSurvey } from './src/pipeline/ingest/surveys/index.ts';
import { createReferentiels } from './src/pipeline/referentiels/index.ts';
import { decodeSurvey } from './src/pipeline/ingest/surveys/encoding.ts';
import { normalizeNewlines } from './src/pipeline/ingest/surveys/line-index.ts';
import { readTable } from './src/pipeline/ingest/surveys/csv.ts';
const { referentiels } = createReferentiels(null);
const bytes = new Uint8Array(readFileSync('/work/shared/real-data/granddebat-services-publics/answers.csv'));
const base = process.memoryUsage().heapUsed;
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  const txt = new TextDecoder().decode(bytes);
  Papa.parse(txt, {});
  const papa = performance.now() - t;
  t = performance.now();
  const d = decodeSurvey(bytes, 'auto', 'x');
  const t1 = performance.now();
  const n = normalizeNewlines(d.text!);
  const t2 = performance.now();
  const table = readTable(n, ',', 'x');
  const t3 = performance.now();
  const r = parseSurvey({ file: 'a.csv', bytes, sidecar: null }, referentiels);
  const t4 = performance.now();
  console.log({ papaOnly: Math.round(papa), decode: Math.round(t1 - t), norm: Math.round(t2 - t1), table: Math.round(t3 - t2), full: Math.round(t4 - t3), items: r.items.length, heapMB: Math.round((process.memoryUsage().heapUsed - base) / 1e6) , rss: Math.round(process.memoryUsage().rss/1e6), recs: table.records.length});
}
