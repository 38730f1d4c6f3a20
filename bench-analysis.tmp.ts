import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { loadThemes } from './src/pipeline/referentiels/themes.ts';
import { assignThemes, themedShare } from './src/pipeline/themes/index.ts';
import { buildCounts } from './src/pipeline/analysis/counts.ts';
import { convergence } from './src/pipeline/analysis/convergence.ts';
import { distinctiveThemes } from './src/pipeline/analysis/distinctive.ts';
import { strongIdeas } from './src/pipeline/analysis/ideas/index.ts';
import { emergingTerms } from './src/pipeline/analysis/emerging.ts';
import { tokenizeCorpus } from './src/pipeline/analysis/corpus.ts';
import { analyse } from './src/pipeline/analysis/index.ts';
import type { TaggedItem } from './src/pipeline/tag/index.ts';
import type { Tag } from './src/pipeline/model.ts';

const { themes } = loadThemes({ file: 'data/themes.yml', content: readFileSync('data/themes.yml', 'utf8') });
const rows = Papa.parse<{ comment: string; question_key: string; source_row: string }>(
  readFileSync('/work/shared/real-data/granddebat-services-publics/answers.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
const regions = ['01','02','03','04','06','11','24','27','28','32','44','52','53','75','76','84','93','94'];
const tags: Tag[] = ['working', 'broken', 'needs'];
function items(n: number): TaggedItem[] {
  return Array.from({ length: n }, (_, i) => {
    const row = rows[i % rows.length]!;
    const id = `i${String(i).padStart(8, '0')}`;
    return { id, sessionId: `s${i % 300}`, text: row.comment, declaredTag: 'auto', explicitThemes: [], weight: 1,
      region: regions[(i * 7919) % regions.length]!, department: null, profile: i % 3 ? 'conseiller' : 'jeune', format: 'enquete',
      question: row.question_key, source: { file: 'answers.csv', line: i + 2, column: 4, row: i + 1 },
      tag: tags[(i * 31) % 3]!, tagSource: 'inferred', confidence: 0.5 };
  });
}
const time = <T,>(label: string, f: () => T): T => { const t = performance.now(); const c = process.cpuUsage(); const r = f(); const u = process.cpuUsage(c); console.log(`  ${label.padEnd(12)} wall ${(performance.now() - t).toFixed(0).padStart(6)} ms  cpu ${((u.user + u.system) / 1000).toFixed(0).padStart(6)} ms`); return r; };
for (const n of process.argv.slice(2).map(Number)) {
  const input = items(n);
  console.log(`n = ${n}`);
  const t0 = performance.now();
  const themed = time('themes', () => assignThemes(input, themes));
  time('counts', () => buildCounts(themed));
  time('convergence', () => convergence(themed, themes.map((t) => t.id)));
  time('distinctive', () => distinctiveThemes(themed));
  const corpus = time('corpus', () => tokenizeCorpus(themed.map((i) => i.text)));
  const ideas = time('ideas', () => strongIdeas(themed, undefined, undefined, corpus));
  time("emerging", () => emergingTerms(themed, corpus));
  time('analyse()', () => analyse(themed, { themes } as never));
  console.log(`  total ${(performance.now() - t0).toFixed(0)} ms; themedShare ${themedShare(themed).toFixed(3)}; ideas ${ideas.length}; top idea: ${ideas[0]?.members.length} members « ${ideas[0]?.label.slice(0, 60)} »; rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
}
