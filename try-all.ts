import { readdirSync } from 'node:fs';
import path from 'node:path';
import { readConsultation } from './src/pipeline/io/read-consultation.ts';
import { synthesize } from './src/pipeline/synthesize.ts';
const dir = 'tests/fixtures/broken';
for (const name of readdirSync(dir).sort()) {
  if (!name.startsWith('note-')) continue;
  const { synthesis, diagnostics } = synthesize(await readConsultation(path.join(dir, name)));
  const r = synthesis.reconciliation;
  console.log(`\n## ${name}  read=${r.read} kept=${r.kept} rej=${r.rejected} items=${synthesis.items.length}`);
  for (const d of diagnostics) if (d.code !== 'themes-absents') console.log(`  ${d.severity[0]} ${d.code} ${d.file.split('/').pop()}:${d.line}:${d.column} ${d.message} | ${d.hint}`);
}
