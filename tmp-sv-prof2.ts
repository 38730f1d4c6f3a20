import { readFileSync } from 'node:fs';
import { parseSurvey } from './src/pipeline/ingest/surveys/index.ts';
import { createReferentiels } from './src/pipeline/referentiels/index.ts';
const { referentiels } = createReferentiels(null);
const bytes = new Uint8Array(readFileSync('/work/shared/real-data/granddebat-services-publics/answers.csv'));
for (let k = 0; k < 5; k++) { const t = performance.now(); parseSurvey({ file: 'a.csv', bytes, sidecar: null }, referentiels); console.log(Math.round(performance.now() - t)); }
