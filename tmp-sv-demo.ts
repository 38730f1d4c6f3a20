import { readConsultation } from './src/pipeline/io/read-consultation.ts';
import { parseSurvey } from './src/pipeline/ingest/surveys/index.ts';
import { createReferentiels } from './src/pipeline/referentiels/index.ts';
const { referentiels } = createReferentiels(null);
const input = await readConsultation('.');
for (const s of input.surveys) {
  const r = parseSurvey(s, referentiels);
  console.log(s.file, 'items', r.items.length, 'rows', r.sessions[0]?.participants, JSON.stringify(r.sessions[0]?.profiles), 'noregion', r.items.filter(i => !i.region).length);
  for (const d of r.diagnostics) console.log('  ', d.severity, d.code, d.line, d.message);
  for (const sc of r.scales) console.log('  ', sc.question, JSON.stringify(sc.counts), sc.blank);
  console.log('  ', JSON.stringify(r.items[3]));
}
