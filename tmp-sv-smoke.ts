import { readFileSync } from 'node:fs';
import { parseSurvey } from './src/pipeline/ingest/surveys/index.ts';
import { createReferentiels } from './src/pipeline/referentiels/index.ts';
const { referentiels } = createReferentiels(null);
const base = '/work/shared/real-data/';
for (const f of ['decidim-mel-granddebat/propositions_libres.csv','decidim-mel-granddebat/propositions_libres_travaillee_cp1252.csv','decidim-mel-granddebat/commentaires_debats.csv','decidim-mel-granddebat/commentaires_debats_organisation_etat.csv','decidim-mel-granddebat/debats.csv','decidim-mel-granddebat/commentaires_propositions_libres.csv','cahiers-doleances-sample/dataset.csv','granddebat-region-aggregates/organisation_21mars.csv','granddebat-services-publics/answers.csv','granddebat-services-publics/questions.csv']) {
  const t = performance.now();
  const r = parseSurvey({ file: f, bytes: new Uint8Array(readFileSync(base + f)), sidecar: null }, referentiels);
  const ms = performance.now() - t;
  console.log(f, Math.round(ms) + 'ms', 'items', r.items.length, 'participants', r.sessions[0]?.participants, 'scales', r.scales.length);
  for (const d of r.diagnostics.slice(0, 5)) console.log('   ', d.severity, d.code, d.line, d.message.slice(0, 150));
  const i = r.items[1]; if (i) console.log('   ', JSON.stringify({ ...i, text: i.text.slice(0, 80) }));
}
console.log(Math.round(process.memoryUsage().rss / 1e6), 'MB');
